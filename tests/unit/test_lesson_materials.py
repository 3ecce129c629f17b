"""Contract v1.1 lesson items and the materials a learner is offered from them."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.errors import ApiDataError
from app.core.materials import MaterialKind, first_to_open, lesson_materials
from app.core.platform_parse import parse_details

DETAILS = "https://cdn.example/resources/details/c1.json"


def details(*items: dict[str, Any]) -> dict[str, Any]:
    return {"id": "c1", "lessons": [{"id": "l1", "title": "视频通话", "ti_items": list(items)}]}


def ti(fmt: str, url: str, **more: Any) -> dict[str, Any]:
    return {"ti_format": fmt, "ti_storages": [url], **more}


EVERY_KIND = details(
    ti("m3u8", "../media/l1/master.m3u8", duration=725, ti_md5="A" * 32, ti_size=210),
    ti("mp4", "https://cdn.example/l1.mp4", duration=725.4),
    ti("mp3", "../media/l1.mp3", duration=480, language="zh-CN"),
    ti("pdf", "../media/l1.pdf", ti_size=9000),
    ti("jpg", "../media/l1.jpg"),
    ti("vtt", "../media/l1.zh.vtt", language="zh_CN"),
    ti("srt", "../media/l1.en.srt", language="en"),
    ti("html", "../lessons/l1.html"),
    ti("flv", "../media/l1.flv"),
)


def test_every_v1_1_format_is_read_with_its_fields_and_unknown_ones_skipped_with_a_note() -> None:
    parsed = parse_details(EVERY_KIND, DETAILS)
    items = parsed.lessons[0].items
    assert [i.format for i in items] == ["m3u8", "mp4", "mp3", "pdf", "jpg", "vtt", "srt", "html"]
    hls = items[0]
    assert hls.storages == ("https://cdn.example/resources/media/l1/master.m3u8",)
    assert (hls.duration, hls.md5, hls.size) == (725, "a" * 32, 210)
    assert items[1].duration == 725  # seconds with a fraction are rounded
    assert [i.language for i in items[2:7]] == ["zh_CN", "", "", "zh_CN", "en"]
    assert len(parsed.skipped) == 1 and "'flv'" in parsed.skipped[0]


@pytest.mark.parametrize(
    "bad",
    [
        ti("mp4", "x.mp4", duration="long"),
        ti("mp4", "x.mp4", duration=float("inf")),
        ti("mp4", "x.mp4", language=5),
        ti("mp4", "ftp://x/x.mp4"),
    ],
)
def test_a_wrong_media_field_is_one_plain_error(bad: dict[str, Any]) -> None:
    with pytest.raises(ApiDataError):
        parse_details(details(bad), DETAILS)


def test_the_strip_offers_video_handout_listening_text_and_opens_the_video() -> None:
    items = parse_details(EVERY_KIND, DETAILS).lessons[0].items
    materials = lesson_materials(items, has_text=True)
    assert [m.kind for m in materials] == [
        MaterialKind.VIDEO,
        MaterialKind.HANDOUT,
        MaterialKind.AUDIO,
        MaterialKind.TEXT,
    ]
    assert first_to_open(materials) == 0  # the video
    assert first_to_open(materials[1:]) == 2  # no video: the text, as a text lesson opens
    assert first_to_open(materials[1:3]) == 0  # no text: the handout
    video = materials[0]
    assert video.item is not None and video.item.format == "m3u8"  # one video, the first
    assert video.minutes == 13  # 725 s, rounded up
    english, chinese = video.subtitles_for("en"), video.subtitles_for("zh_CN")
    assert english is not None and english.format == "srt"
    assert chinese is not None and chinese.format == "vtt"
    assert materials[1].subtitles == ()  # a handout has no subtitles


def test_a_text_only_lesson_is_just_its_text_and_nothing_is_an_empty_strip() -> None:
    assert [m.kind for m in lesson_materials((), has_text=True)] == [MaterialKind.TEXT]
    assert lesson_materials((), has_text=False) == ()
