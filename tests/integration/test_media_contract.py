"""Contract v1.1 against the reference server: a course with video, audio, PDF and subtitles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.core.materials import MaterialKind, lesson_materials
from tests.media_course import COURSE_ID, HLS_SECONDS, MediaCourse
from tests.platform_helpers import Client
from tests.reference_server import Catalog, ReferenceServer, running_server


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    with running_server(Catalog(n_courses=1, lessons_per_course=1, media=MediaCourse())) as srv:
        yield srv


@pytest.fixture
def client(server: ReferenceServer, tmp_path: Path) -> Iterator[Client]:
    c = Client(server.base, tmp_path)
    yield c
    c.close()


def test_a_media_course_syncs_with_every_kind_and_notes_the_unknown_format(
    client: Client,
) -> None:
    report = client.sync.run()
    assert report.courses == 2
    assert any("'flv'" in note for note in report.skipped)
    lesson = client.cache.lesson(f"{COURSE_ID}-l0")
    assert lesson is not None
    assert [i.format for i in lesson.items] == ["m3u8", "vtt", "srt", "pdf", "html"]
    assert lesson.items[0].duration == HLS_SECONDS
    assert [m.kind for m in lesson_materials(lesson.items, has_text=True)] == [
        MaterialKind.VIDEO,
        MaterialKind.HANDOUT,
        MaterialKind.TEXT,
    ]
    course = next(c for c in client.cache.courses() if c.id == COURSE_ID)
    assert [ref.minutes for ref in course.lessons][:3] == [1, 1, 1]  # from the durations


def test_the_server_serves_each_file_with_ranges_and_the_planned_faults(
    client: Client, server: ReferenceServer
) -> None:
    client.sync.run()
    lesson = client.cache.lesson(f"{COURSE_ID}-l0")
    assert lesson is not None
    master = httpx.get(lesson.items[0].storages[0]).text
    assert "#EXT-X-STREAM-INF" in master
    files = f"{server.base}/files"
    assert httpx.get(f"{files}/hls/v0/index.m3u8").text.count("#EXTINF") == HLS_SECONDS // 4
    part = httpx.get(f"{files}/clip.mp4", headers={"Range": "bytes=0-99"})
    assert part.status_code == 206 and len(part.content) == 100
    assert httpx.get(f"{files}/handout.pdf").content.startswith(b"%PDF")
    assert httpx.get(f"{files}/l1.srt").status_code == 404  # the missing subtitles
    assert httpx.get(f"{files}/nokey/v0/gone.bin").status_code == 404  # the missing key
    assert httpx.get(f"{files}/enc/v0/key.bin").content == bytes(range(16))
    assert not httpx.get(f"{files}/broken/v0/index1.ts").content.startswith(b"G")
