"""Save for offline of lesson media (issue 15 item 4), against the reference server.

Real parts only: the reference server on 127.0.0.1 serving PyAV-made media, the app's
HTTP client, SQLite, and PyAV (FFmpeg) to decode what was saved with the server stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import av
import pytest

from app.core.errors import NotEnoughSpace, PlatformUnavailable
from app.core.platform_contract import TiItem
from app.services.catalog_service import CatalogService
from app.services.lesson_files import LessonFiles
from app.services.offline_media import hls_folder
from app.services.platform.platform_cache import media_name
from app.services.platform_sync import PlatformSync, SaveReport
from tests.media_course import COURSE_ID, HLS_SECONDS, MediaCourse
from tests.platform_helpers import Client
from tests.reference_server import Catalog, Faults, ReferenceServer, running_server

MB = 1024 * 1024
PLENTY = 10_000 * MB


def media_catalog() -> Catalog:
    return Catalog(n_courses=1, lessons_per_course=1, media=MediaCourse())


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    with running_server(media_catalog()) as srv:
        yield srv


def make_client(base: str, data: Path) -> Client:
    client = Client(base, data)
    client.sync.run()
    return client


def saver(client: Client, free: int = PLENTY) -> PlatformSync:
    return PlatformSync(client.kit, CatalogService([client.cache]), free_space=lambda _p: free)


def item(client: Client, lesson: int, fmt: str) -> TiItem:
    found = client.cache.lesson(f"{COURSE_ID}-l{lesson}")
    assert found is not None
    return next(i for i in found.items if i.format == fmt)


def half_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def problems(report: SaveReport) -> set[tuple[str, str, str]]:
    return {(p.kind, p.reason, str(p.params["lesson"])) for p in report.problems}


def decoded_seconds(path: Path) -> float:
    """Decode every video frame of a local file or playlist; the last frame's time."""
    with av.open(str(path)) as container:
        last = 0.0
        for frame in container.decode(video=0):
            if frame.time is not None:
                last = frame.time
    return last


def test_a_saved_course_plays_its_video_and_opens_its_handout_with_the_server_stopped(
    tmp_path: Path,
) -> None:
    with running_server(media_catalog()) as server:
        client = make_client(server.base, tmp_path)
        report = saver(client).save_course(COURSE_ID)
        assert report.lessons == 1
        # the 404 subtitles and the missing key are said plainly; nothing else failed
        assert problems(report) == {("subtitles", "missing", "短片"), ("video", "key", "缺钥匙")}
        assert "短片" in str(report.problems[0]) or "短片" in str(report.problems[1])
        assert client.cache.is_saved(COURSE_ID)
        segment_hits = sum(n for p, n in server.hits.items() if p.endswith(".ts"))
    files = LessonFiles(client.kit)
    # server stopped: the HLS video plays from the local rewritten playlist
    video = Path(files.where(item(client, 0, "m3u8")))
    assert video.is_file() and video.parent == client.cache.media_dir
    text = video.read_text()
    assert "http" not in text and f"{hls_folder(video).name}/" in text
    assert decoded_seconds(video) >= HLS_SECONDS - 1
    # the encrypted one too: its key was saved beside it and the playlist names it
    locked = Path(files.where(item(client, 6, "m3u8")))
    assert "METHOD=AES-128" in locked.read_text() and "http" not in locked.read_text()
    assert decoded_seconds(locked) >= HLS_SECONDS - 1
    # the MP4, the recording, the handout and the subtitles
    assert decoded_seconds(Path(files.where(item(client, 1, "mp4")))) > 2
    assert Path(files.where(item(client, 2, "mp3"))).is_file()
    handout = files.fetch(item(client, 3, "pdf"))
    assert handout is not None and handout.read_bytes().startswith(b"%PDF")
    subtitles = files.fetch(item(client, 0, "vtt"))
    assert subtitles is not None and "WEBVTT" in subtitles.read_text()
    assert files.saved(item(client, 5, "m3u8")) is None  # the keyless video was not kept
    assert half_files(client.cache.media_dir) == []
    # one rendition of each playable video, every segment once
    assert segment_hits == 3 * (HLS_SECONDS // 4)  # the keyless one's are never fetched
    client.close()


def test_a_cut_mid_download_resumes_without_fetching_finished_segments_again(
    tmp_path: Path,
) -> None:
    faults = Faults(cut_segments_after=3)
    with running_server(media_catalog(), faults) as server:
        client = make_client(server.base, tmp_path)
        with pytest.raises(PlatformUnavailable):
            saver(client).save_course(COURSE_ID)
        playlist = client.cache.media_dir / media_name(item(client, 0, "m3u8").storages[0])
        assert not client.cache.is_saved(COURSE_ID)
        assert not playlist.is_file()  # not saved until all of it is
        kept = sorted(p.name for p in hls_folder(playlist).iterdir())
        assert len(kept) == 3 and half_files(client.cache.media_dir) == []
        assert server.hits["/files/hls/v0/index3.ts"] > 1  # cut, retried, cut again
        faults.cut_segments_after = None
        report = saver(client).save_course(COURSE_ID)
        assert client.cache.is_saved(COURSE_ID) and playlist.is_file()
        for n in range(3):
            assert server.hits[f"/files/hls/v0/index{n}.ts"] == 1  # never fetched again
        assert server.hits["/files/hls/v0/index4.ts"] == 1
        assert ("video", "key", "缺钥匙") in problems(report)
    assert decoded_seconds(playlist) >= HLS_SECONDS - 1
    client.close()


def test_wrong_md5_is_said_plainly_and_everything_else_is_kept(
    server: ReferenceServer, tmp_path: Path
) -> None:
    client = make_client(server.base, tmp_path)
    media = server.catalog.media
    assert media is not None
    media.files["handout.pdf"] += b"%% changed after the details were written\n"
    media.files["hls/master.m3u8"] += b"# changed\n"
    report = saver(client).save_course(COURSE_ID)
    assert {("handout", "damaged", "视频通话"), ("handout", "damaged", "讲义")} <= problems(report)
    assert ("video", "damaged", "视频通话") in problems(report)
    assert "arrived damaged" in " ".join(str(p) for p in report.problems)
    files = LessonFiles(client.kit)
    assert files.saved(item(client, 3, "pdf")) is None  # the damaged file is not kept
    assert files.saved(item(client, 0, "m3u8")) is None
    assert files.saved(item(client, 1, "mp4")) is not None  # the rest is
    assert files.saved(item(client, 6, "m3u8")) is not None
    assert client.cache.is_saved(COURSE_ID)
    assert half_files(client.cache.media_dir) == []
    client.close()


def test_not_enough_free_space_is_refused_before_any_download(
    server: ReferenceServer, tmp_path: Path
) -> None:
    client = make_client(server.base, tmp_path)
    with pytest.raises(NotEnoughSpace) as caught:
        saver(client, free=100_000).save_course(COURSE_ID)
    message = str(caught.value)
    assert "not enough free space" in message and "0 MB are free" in message
    need = int(message.split("about ")[1].split(" MB")[0])
    assert need >= 2  # three 24 s videos at 200 kbit/s, an MP4, a recording, handouts
    fetched = [p for p in server.hits if p.rsplit(".", 1)[-1] in ("ts", "mp4", "mp3", "pdf")]
    assert fetched == []
    assert not client.cache.is_saved(COURSE_ID)
    assert not any(client.cache.media_dir.rglob("*.pdf"))
    client.close()


class Stop(Exception):
    pass


def test_cancel_leaves_no_half_files_and_a_new_save_goes_on(
    server: ReferenceServer, tmp_path: Path
) -> None:
    client = make_client(server.base, tmp_path)
    steps: list[tuple[str, int, int]] = []

    def progress(step: str, done: int, total: int) -> None:
        steps.append((step, done, total))
        if step == "media" and done == 4:
            raise Stop()

    with pytest.raises(Stop):
        saver(client).save_course(COURSE_ID, progress)
    assert half_files(client.cache.media_dir) == []
    assert not client.cache.is_saved(COURSE_ID)
    assert LessonFiles(client.kit).saved(item(client, 0, "m3u8")) is None
    total = steps[-1][2]
    assert total >= 20  # every segment, key and file is a step
    before = sum(n for p, n in server.hits.items() if p.endswith(".ts"))
    assert before == 4
    saver(client).save_course(COURSE_ID)
    assert client.cache.is_saved(COURSE_ID)
    assert server.hits["/files/hls/v0/index0.ts"] == 1
    client.close()
