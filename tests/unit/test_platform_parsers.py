"""Contract-v1 parsers: typed models from good data, one plain ApiDataError from anything else."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import ApiDataError
from app.core.platform_classes import PlatformClasses, classes_from_platform
from app.core.platform_contract import PartResult, merge_parts
from app.core.platform_parse import (
    parse_details,
    parse_part,
    parse_tag_tree,
    parse_version_index,
)

INDEX = "https://cdn.example/resources/silver_age/version/data_version.json"
PART = "https://cdn.example/resources/silver_age/version/part_1.json"
DETAILS = "https://cdn.example/resources/details/c1.json"


def item(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "c1",
        "title": "太极 &amp; 健康",
        "description": None,
        "status": "ONLINE",
        "custom_properties": {"thumbnails": ["../thumbs/c1.png"], "lesson_count": 4},
        "tag_list": [{"tag_dimension_id": "t", "tag_id": "exercise", "tag_name": "运动"}],
        "brand_new_field": [1, 2, 3],
    }
    base.update(changes)
    return base


def test_tag_tree_first_level_children_are_the_topics() -> None:
    data = {
        "hierarchies": [
            {"children": [
                {"tag_id": "b", "tag_name": "Health", "order_num": 2, "children": []},
                {"tag_id": "a", "tag_name": "Smart &lt;living&gt;", "order_num": 1},
            ]}
        ]
    }  # fmt: skip
    topics = parse_tag_tree(data)
    assert [(t.id, t.name) for t in topics] == [("a", "Smart"), ("b", "Health")]


def test_version_index_takes_a_comma_string_or_a_list_resolving_relative_urls() -> None:
    from_string = parse_version_index(
        {"module_version": 7, "urls": "part_1.json, part_2.json"}, INDEX
    )
    from_list = parse_version_index(
        {"urls": ["part_1.json", "https://other.example/p2.json"]}, INDEX
    )
    assert from_string.module_version == 7
    assert from_string.part_urls == (
        "https://cdn.example/resources/silver_age/version/part_1.json",
        "https://cdn.example/resources/silver_age/version/part_2.json",
    )
    assert from_list.part_urls[1] == "https://other.example/p2.json"
    assert from_list.module_version == 0  # missing → default


def test_part_items_ignore_unknown_fields_and_default_nulls() -> None:
    part = parse_part([item()], PART)
    course = part.items[0]
    assert course.title == "太极 & 健康"
    assert course.description == ""
    assert course.thumbnails == ("https://cdn.example/resources/silver_age/thumbs/c1.png",)
    assert course.lesson_count == 4 and course.tags[0].tag_id == "exercise"


def test_a_bad_item_is_skipped_with_a_note_and_the_rest_kept() -> None:
    part = parse_part([item(id="ok"), item(id="bad", title=["no"]), 5, item(id="ok2")], PART)
    assert [c.id for c in part.items] == ["ok", "ok2"]
    assert len(part.skipped) == 2 and "part_1.json[1].title" in part.skipped[0]


def test_a_part_that_is_not_a_list_is_one_error() -> None:
    with pytest.raises(ApiDataError) as caught:
        parse_part({"items": []}, PART)
    assert str(caught.value) == "The lesson service sent something we could not read (part_1.json)."


def test_later_parts_win_and_only_online_items_show() -> None:
    first = parse_part([item(id="a", title="Old"), item(id="b")], PART)
    second = parse_part([item(id="a", title="New"), item(id="b", status="OFFLINE")], PART)
    merged, _ = merge_parts([first, second])
    assert [(c.id, c.title) for c in merged] == [("a", "New")]


def test_details_lessons_in_order_with_text_item_and_checked_md5() -> None:
    data = {
        "id": "c1",
        "title": "T",
        "lessons": [
            {"id": "l2", "title": "Two", "order_num": 2, "ti_items": None},
            {"id": "l1", "title": "One", "order_num": 1, "ti_items": [
                {"ti_format": "mp3", "ti_storages": ["a.mp3"]},
                {"ti_format": "HTML", "ti_storages": ["../lessons/l1.html"],
                 "ti_md5": "0123456789abcdef0123456789ABCDEF", "ti_size": 10},
            ]},
        ],
    }  # fmt: skip
    details = parse_details(data, DETAILS)
    assert [lesson.id for lesson in details.lessons] == ["l1", "l2"]
    text = details.lessons[0].text_item()
    assert text is not None and text.storages == ("https://cdn.example/resources/lessons/l1.html",)
    assert text.md5 == "0123456789abcdef0123456789abcdef"
    assert details.lessons[1].text_item() is None


@pytest.mark.parametrize(
    "bad",
    [
        {"id": "c1", "lessons": [{"id": "l1", "title": "x", "ti_items": [{"ti_format": "html",
            "ti_storages": ["javascript:alert(1)"]}]}]},
        {"id": "c1", "lessons": [{"id": "l1", "title": "x", "ti_items": [{"ti_format": "html",
            "ti_storages": ["file:///etc/passwd"]}]}]},
        {"id": "c1", "lessons": [{"id": "l1", "title": "x", "ti_items": [{"ti_format": "html",
            "ti_md5": "nothex"}]}]},
        {"id": "../../etc", "lessons": []},
        {"id": "c1", "lessons": [{"id": "l1", "title": "x"}, {"id": "l1", "title": "y"}]},
        {"id": "c1", "lessons": "many"},
    ],
)  # fmt: skip
def test_details_with_wrong_types_or_unsafe_urls_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ApiDataError):
        parse_details(bad, DETAILS)


def test_enrolled_classes() -> None:
    item = {"Id": 7, "Name": "书法班", "Teacher": None, "Extra": 1, "Start": "2026-03-03T09:00"}
    (entry,) = classes_from_platform([item]).entries
    assert (entry.platform_id, entry.title, entry.teacher) == ("7", "书法班", "")
    assert entry.zone == "Asia/Shanghai"


# ------------------------------------------------------------------ fuzzing
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)
KEYS = ["id", "title", "urls", "hierarchies", "children", "tag_id", "tag_name", "lessons",
        "ti_items", "ti_storages", "ti_md5", "ti_format", "custom_properties", "thumbnails",
        "tag_list", "status", "Data", "Id", "Name", "order_num", "Start", "End", "TimeZone",
        "RRule"]  # fmt: skip
shaped = st.recursive(
    json_values,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS), children, max_size=6)
    ),
    max_leaves=40,
)
PARSERS: list[Callable[[Any], object]] = [
    parse_tag_tree,
    lambda d: parse_version_index(d, INDEX),
    lambda d: parse_part(d, PART),
    lambda d: parse_details(d, DETAILS),
    lambda d: classes_from_platform(d if isinstance(d, list) else [d]),
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=shaped, which=st.integers(0, len(PARSERS) - 1))
def test_any_json_gives_a_model_or_api_data_error(data: Any, which: int) -> None:
    try:
        result = PARSERS[which](data)
    except ApiDataError as exc:
        assert str(exc)  # a plain sentence, never empty
        return
    assert result is not None
    if isinstance(result, PartResult):
        assert all(item.id and item.title for item in result.items)
    if isinstance(result, PlatformClasses):  # never an error: bad items are skipped
        assert all(entry.platform_id and entry.title for entry in result.entries)
