"""``admin save-offline COURSE_ID``: a platform course with its videos, from the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.__main__ import main
from tests.media_course import COURSE_ID, MediaCourse
from tests.reference_server import Catalog, ReferenceServer, running_server


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    with running_server(Catalog(n_courses=1, lessons_per_course=1, media=MediaCourse())) as srv:
        yield srv


def admin(capsys: Any, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["admin", *args, "--data-dir", str(data_dir), "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def test_save_offline_prints_progress_and_saves_the_videos(
    capsys: Any, data_dir: Path, server: ReferenceServer
) -> None:
    assert admin(capsys, data_dir, "sync", "--api-base", server.base)[0] == 0
    code, out, err = admin(capsys, data_dir, "save-offline", COURSE_ID)
    assert code == 0, err
    assert out.splitlines() == ["Lessons saved: 1", "Files left out: 2"]
    lines = err.splitlines()
    assert "Getting ready to save the course…" in lines
    parts = [line for line in lines if line.startswith("Saving videos and handouts: part ")]
    assert 2 <= len(parts) <= 12 and parts[-1].endswith(" of " + parts[-1].split()[-1])
    assert any("subtitles of “短片” are not on the lesson service" in line for line in lines)
    assert any("its key is not on the lesson service" in line for line in lines)
    assert "Traceback" not in err
    media = data_dir / "platform-media"
    playlists = [p for p in media.glob("*.m3u8")]
    assert len(playlists) == 3  # three playable videos, each one local playlist
    assert all("http" not in p.read_text() for p in playlists)
    assert len(list(media.glob("*.pdf"))) == 1 and len(list(media.glob("*.mp4"))) == 1
    hits = dict(server.hits)
    code, out, _ = admin(capsys, data_dir, "save-offline", COURSE_ID)  # again: nothing new
    assert code == 0
    assert {p: n for p, n in server.hits.items() if p.endswith(".ts")} == {
        p: n for p, n in hits.items() if p.endswith(".ts")
    }


def test_save_offline_of_an_unknown_course_or_with_the_server_down_fails_plainly(
    capsys: Any, data_dir: Path, server: ReferenceServer
) -> None:
    assert admin(capsys, data_dir, "sync", "--api-base", server.base)[0] == 0
    code, out, err = admin(capsys, data_dir, "save-offline", "no-such-course")
    assert code == 1 and out == "" and "There is no platform course “no-such-course”" in err
    server.faults.down = True
    code, out, err = admin(capsys, data_dir, "save-offline", COURSE_ID)
    assert code == 1 and "cannot be reached" in err and "Traceback" not in err


def test_a_classroom_script_sets_the_video_height_and_saving_keeps_it(
    capsys: Any, data_dir: Path
) -> None:
    """``admin video-height`` is the caregiver's setting, for a room set up by script."""
    media = MediaCourse(ladder=(240, 360, 480, 720, 1080))
    code, out, _ = admin(capsys, data_dir, "video-height")
    assert (code, out) == (
        0,
        "Videos saved for offline: 480p (choices: 360p, 480p, 720p, 1080p).\n",
    )
    code, out, err = admin(capsys, data_dir, "video-height", "500")
    assert code == 2 and "500 is not one of them" in err and out == ""
    code, out, _ = admin(capsys, data_dir, "video-height", "360", "--json")
    assert code == 0 and json.loads(out)["video_height"] == 360
    with running_server(Catalog(n_courses=1, lessons_per_course=1, media=media)) as srv:
        assert admin(capsys, data_dir, "sync", "--api-base", srv.base)[0] == 0
        code, _, err = admin(capsys, data_dir, "save-offline", COURSE_ID)
        assert code == 0, err
        fetched = {p.split("/")[3] for p in srv.hits if p.startswith("/files/hls/v")}
    assert fetched == {"v360"}  # not the 480 rendition the rule picks by itself
