"""The caregiver's video quality for saved courses (issue 15 item 4): a machine setting that
stays put, used by ``admin save-offline`` (``--video-height N`` for one run).

Real parts: the app's composition root and SQLite, the reference server serving a master
playlist with five renditions (``MediaCourse(ladder=…)``), the app's HTTP client.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.__main__ import main
from app.services.video_height import read_video_height, write_video_height
from tests.conftest import make_services
from tests.media_course import COURSE_ID, MediaCourse
from tests.reference_server import Catalog, ReferenceServer, running_server

LADDER = (240, 360, 480, 720, 1080)


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    media = MediaCourse(ladder=LADDER)
    with running_server(Catalog(n_courses=1, lessons_per_course=1, media=media)) as srv:
        yield srv


def admin(capsys: Any, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["admin", *args, "--data-dir", str(data_dir), "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def heights_fetched(server: ReferenceServer) -> set[int]:
    """The renditions of l0's video whose segments were fetched."""
    return {
        int(path.split("/")[3].removeprefix("v"))
        for path in server.hits
        if path.startswith("/files/hls/v") and path.endswith(".ts")
    }


def test_the_choice_is_kept_in_the_machine_database_across_restarts(data_dir: Path) -> None:
    services = make_services(data_dir)
    assert read_video_height(services.machine) == 480  # nothing chosen: the rule's 480
    write_video_height(services.machine, 720)
    with pytest.raises(ValueError):
        write_video_height(services.machine, 500)  # only the choices the page offers
    services.close()
    again = make_services(data_dir)  # the app started anew
    assert read_video_height(again.machine) == 720
    again.close()


def test_without_a_choice_save_offline_keeps_the_480_rendition(
    capsys: Any, data_dir: Path, server: ReferenceServer
) -> None:
    assert admin(capsys, data_dir, "sync", "--api-base", server.base)[0] == 0
    code, _out, err = admin(capsys, data_dir, "save-offline", COURSE_ID)
    assert code == 0, err
    assert heights_fetched(server) == {480}


def test_with_720_chosen_save_offline_keeps_the_720_rendition(
    capsys: Any, data_dir: Path, server: ReferenceServer
) -> None:
    services = make_services(data_dir)
    write_video_height(services.machine, 720)
    services.close()
    assert admin(capsys, data_dir, "sync", "--api-base", server.base)[0] == 0
    code, _out, err = admin(capsys, data_dir, "save-offline", COURSE_ID)
    assert code == 0, err
    assert heights_fetched(server) == {720}
    assert server.hits["/files/hls/v720/index0.ts"] == 1


def test_video_height_overrides_the_choice_for_one_run_only(
    capsys: Any, data_dir: Path, server: ReferenceServer
) -> None:
    services = make_services(data_dir)
    write_video_height(services.machine, 720)
    services.close()
    assert admin(capsys, data_dir, "sync", "--api-base", server.base)[0] == 0
    code, out, err = admin(capsys, data_dir, "save-offline", COURSE_ID, "--video-height", "0")
    assert code == 2 and out == "" and "The video height must be 1 or more." in err
    assert heights_fetched(server) == set()
    code, _out, err = admin(capsys, data_dir, "save-offline", COURSE_ID, "--video-height", "300")
    assert code == 0, err
    assert heights_fetched(server) == {360}  # the lowest at or above 300
    again = make_services(data_dir)
    assert read_video_height(again.machine) == 720  # the caregiver's choice is unchanged
    again.close()
