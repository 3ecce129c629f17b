"""The real platform client against the reference server, one test per server switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.errors import ApiDataError, PlatformUnavailable, SignInNeeded
from app.core.models import BlockKind
from app.services.platform.http_cache import HttpLimits
from tests.platform_helpers import Client
from tests.reference_server import TOKEN, Catalog, ReferenceServer, running_server


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    with running_server(Catalog(n_courses=6, lessons_per_course=2, parts=2)) as srv:
        yield srv


@pytest.fixture
def client(server: ReferenceServer, tmp_path: Path) -> Iterator[Client]:
    c = Client(server.base, tmp_path)
    yield c
    c.close()


def sync(client: Client):  # type: ignore[no-untyped-def]
    return client.sync.run()


def titles(client: Client) -> dict[str, str]:
    return {c.id: c.title["zh_CN"] for c in client.cache.courses()}


# ------------------------------------------------------------------ the normal day
def test_sync_fills_the_catalog_from_tags_index_parts_and_details(client: Client) -> None:
    report = sync(client)
    assert (report.topics, report.courses, report.lessons, report.skipped) == (5, 6, 12, ())
    courses = list(client.cache.courses())
    assert [c.id for c in courses] == [f"c{i:05d}" for i in range(6)]
    first = courses[0]
    assert first.title["zh_CN"] == "书法入门 第0课 & 练习"  # the entity is decoded
    assert first.topics == ("smart_living",)
    assert [lesson.title_in("zh_CN") for lesson in first.lessons] == ["书法 第1讲", "书法 第2讲"]


def test_second_sync_asks_changed_since_and_reuses_the_cache(
    client: Client, server: ReferenceServer
) -> None:
    sync(client)
    before = titles(client)
    server.not_modified = 0
    sync(client)
    assert server.not_modified == 1 + 1 + 2 + 6  # tags, index, two parts, six details
    assert titles(client) == before


def test_gzip_answers_are_understood(client: Client, server: ReferenceServer) -> None:
    sync(client)
    assert server.gzipped > 0
    assert len(titles(client)) == 6


def test_a_resync_keeps_the_catalogs_unchanged_courses_and_takes_the_changed_one(
    client: Client, server: ReferenceServer
) -> None:
    """Issue 17: the courses a sync did not change stay the very objects the window holds,
    so their fresh copies die young instead of filling the collector's old generation."""
    sync(client)
    catalog = client.sync.catalog
    catalog.refresh()
    before = dict(catalog.catalog.courses)
    assert len(before) == 6
    server.catalog.items[0]["title"] = "书法（新版）"
    sync(client)
    catalog.refresh()
    after = catalog.catalog.courses
    assert after["c00000"].title["zh_CN"] == "书法（新版）"
    assert after["c00000"] is not before["c00000"]
    kept = [cid for cid in before if cid != "c00000" and after[cid] is before[cid]]
    assert kept == [f"c{i:05d}" for i in range(1, 6)]
    # courses and lessons are read side by side: each course has its own two, in order
    for course in after.values():
        assert [(lesson.course_id, lesson.order) for lesson in course.lessons] == [
            (course.id, 1),
            (course.id, 2),
        ]


def test_a_later_part_wins_and_offline_items_are_hidden(
    server: ReferenceServer, tmp_path: Path
) -> None:
    renamed = dict(server.catalog.items[0], title="书法（新版）")
    hidden = dict(server.catalog.items[1], status="OFFLINE")
    server.catalog.extra[2] = [renamed, hidden]
    c = Client(server.base, tmp_path)
    sync(c)
    found = titles(c)
    assert found["c00000"] == "书法（新版）"
    assert "c00001" not in found
    c.close()


def test_one_bad_item_is_skipped_and_reported_not_the_whole_part(
    server: ReferenceServer, tmp_path: Path
) -> None:
    server.catalog.extra[1] = [{"id": "bad1", "title": 42}, "not an item", {"title": "no id"}]
    c = Client(server.base, tmp_path)
    report = sync(c)
    assert report.courses == 6
    assert len(report.skipped) == 3
    assert "part_1.json[3].title" in report.skipped[0]
    c.close()


def test_details_missing_for_one_course_skips_only_that_course(
    server: ReferenceServer, tmp_path: Path
) -> None:
    del server.catalog.details["c00002"]
    c = Client(server.base, tmp_path)
    report = sync(c)
    assert report.courses == 6 and report.lessons == 10
    assert any("c00002" in note for note in report.skipped)
    c.close()


# ------------------------------------------------------------------ switches
def test_latency_within_the_deadline_is_fine(server: ReferenceServer, client: Client) -> None:
    server.faults.latency_s = 0.05
    assert sync(client).courses == 6


def test_latency_past_the_deadline_gives_a_plain_failure(
    server: ReferenceServer, tmp_path: Path
) -> None:
    server.faults.latency_s = 1.0
    c = Client(server.base, tmp_path, HttpLimits(read_s=0.2, deadline_s=0.5, backoff_s=0.01))
    with pytest.raises(PlatformUnavailable) as caught:
        sync(c)
    assert "cannot be reached" in str(caught.value)
    c.close()


def test_500s_are_retried_then_succeed(server: ReferenceServer, client: Client) -> None:
    server.faults.fail_500["/tags/"] = 2
    assert sync(client).topics == 5
    assert server.hits["/tags/silver_age.json"] == 3


def test_500s_that_do_not_stop_give_up_after_three_retries(
    server: ReferenceServer, client: Client
) -> None:
    server.faults.fail_500["/tags/"] = 100
    with pytest.raises(PlatformUnavailable):
        sync(client)
    assert server.hits["/tags/silver_age.json"] == 4  # the first try + 3 retries


def test_429_waits_as_long_as_retry_after_says(server: ReferenceServer, client: Client) -> None:
    server.faults.rate_limit["data_version"] = 1
    server.faults.retry_after = "2"
    assert sync(client).courses == 6
    assert client.sleeps.waits == [2.0]


def test_a_truncated_part_fails_the_sync_and_keeps_the_cache(
    server: ReferenceServer, client: Client
) -> None:
    sync(client)
    before = titles(client)
    server.faults.truncate.add("part_1")
    server.catalog.items[0]["title"] = "改过的标题"  # so a 304 cannot hide the truncation
    with pytest.raises(PlatformUnavailable):
        sync(client)
    assert titles(client) == before


def test_invalid_json_is_one_plain_error_and_the_cache_stays(
    server: ReferenceServer, client: Client
) -> None:
    sync(client)
    before = titles(client)
    server.faults.invalid_json.add("part_2")
    with pytest.raises(ApiDataError) as caught:
        sync(client)
    assert "could not read" in str(caught.value)
    assert titles(client) == before


def test_an_oversize_body_is_refused_without_reading_it_all(
    server: ReferenceServer, client: Client
) -> None:
    server.faults.oversize.add("part_1")
    with pytest.raises(ApiDataError) as caught:
        sync(client)
    assert "far too much" in str(caught.value)
    assert titles(client) == {}


def test_a_server_that_is_down_leaves_the_saved_catalog(
    server: ReferenceServer, client: Client
) -> None:
    sync(client)
    server.faults.down = True
    with pytest.raises(PlatformUnavailable):
        sync(client)
    assert len(titles(client)) == 6


def test_lesson_text_comes_from_the_first_mirror_that_answers(client: Client) -> None:
    sync(client)
    assert client.sync.fetch_lesson("c00000-l0")
    content = client.cache.lesson_content("c00000-l0", "zh_CN")
    assert content is not None
    kinds = [b.kind for b in content.blocks]
    assert kinds[0] is BlockKind.HEADING and BlockKind.STEP in kinds
    assert not any("alert" in b.text for b in content.blocks)  # the script was removed


def test_a_wrong_md5_is_refused_and_nothing_is_kept(
    server: ReferenceServer, client: Client
) -> None:
    sync(client)
    server.faults.wrong_md5 = True
    with pytest.raises(ApiDataError) as caught:
        client.sync.fetch_lesson("c00000-l0")
    assert "damaged" in str(caught.value)
    assert not client.cache.has_text("c00000-l0")


def test_an_expired_token_asks_to_sign_in_again(server: ReferenceServer, client: Client) -> None:
    classes = client.sync.enrolled_classes(TOKEN)
    assert classes.enrolled == 1 and classes.skipped == ()
    items = client.online(lambda source: source.class_items(TOKEN))
    assert items[0]["RRule"] == "FREQ=WEEKLY;BYDAY=TU"
    server.faults.token_expired = True
    with pytest.raises(SignInNeeded) as caught:
        client.sync.enrolled_classes(TOKEN)
    assert "sign in again" in str(caught.value)


def test_save_for_offline_keeps_lessons_pictures_and_thumbnail(client: Client) -> None:
    sync(client)
    saved = client.sync.save_course("c00001")
    assert saved.lessons == 2 and saved.problems == () and client.cache.is_saved("c00001")
    content = client.cache.lesson_content("c00001-l1", "zh_CN")
    assert content is not None
    images = [b for b in content.blocks if b.kind is BlockKind.IMAGE]
    assert images and Path(images[0].image).is_file() and images[0].alt == "示意图1"
    cover = next(c for c in client.cache.courses() if c.id == "c00001").cover
    assert cover and Path(cover).is_file()


def test_missing_media_never_fails_saving_a_course(server: ReferenceServer, client: Client) -> None:
    sync(client)
    server.faults.missing_media = True
    report = client.sync.save_course("c00001")
    assert report.lessons == 2
    assert {p.kind for p in report.problems} == {"recording"}  # said plainly, never a failure
    content = client.cache.lesson_content("c00001-l0", "zh_CN")
    assert content is not None
    assert not any(b.kind is BlockKind.IMAGE for b in content.blocks)
    assert any(b.text == "[示意图0]" for b in content.blocks)  # the alt text, as words


def test_a_saved_course_survives_when_the_server_drops_it(
    server: ReferenceServer, client: Client
) -> None:
    sync(client)
    client.sync.save_course("c00003")
    server.catalog.items = [i for i in server.catalog.items if i["id"] not in ("c00003", "c00004")]
    sync(client)
    found = titles(client)
    assert "c00003" in found and "c00004" not in found
