"""A learner saves a video course for offline in the window: progress, "Stop saving", the
plain report of what was left out, and the saved videos playing with the server stopped.
Real window, real reference server, real QMediaPlayer."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.ui.lesson_media import MediaView
from app.ui.pages.course import CoursePage
from app.ui.pages.lesson import LessonPage
from app.ui.platform_widgets import SaveOfflineBar
from tests.media_course import COURSE_ID, MediaCourse
from tests.platform_helpers import point_at_server
from tests.reference_server import Catalog, Faults, running_server
from tests.ui.human import human_click

pytestmark = pytest.mark.no_qt_log  # FFmpeg threads log while the GUI thread stops them


def settle(built: Any) -> None:
    """Until the window's background work is done (a save here takes 10–40 s on a busy
    2-core machine: it fetches every file, then re-indexes in a child process)."""
    deadline = time.monotonic() + 180
    while not built.platform.work.idle and time.monotonic() < deadline:
        QTest.qWait(20)
    assert built.platform.work.idle, "the save did not finish in 3 minutes"
    QTest.qWait(50)


def course_bar(built: Any) -> SaveOfflineBar:
    built.window.open(f"course:{COURSE_ID}")
    page = built.window.page
    assert isinstance(page, CoursePage) and page.save_offline_bar is not None
    bar = page.save_offline_bar
    assert isinstance(bar, SaveOfflineBar)
    return bar


def test_save_stop_save_again_then_watch_offline(
    qtbot: QtBot, data_dir: Path, learner_window_factory: Any
) -> None:
    faults = Faults(latency_s=0.05)  # slow enough to press "Stop saving" half way
    with running_server(
        Catalog(n_courses=1, lessons_per_course=1, media=MediaCourse()), faults
    ) as srv:
        point_at_server(data_dir, srv.base, sync=True)
        built = learner_window_factory("en")
        settle(built)
        bar = course_bar(built)
        assert not bar.stop_button.isVisible() and not bar.bar.isVisible()
        human_click(bar.button)
        qtbot.waitUntil(lambda: "part" in bar.status.text(), timeout=20_000)
        assert bar.stop_button.isVisible() and bar.bar.isVisible()
        assert bar.bar.maximum() > 10  # every segment and file is a step
        human_click(bar.stop_button)
        settle(built)
        assert bar.status.text().startswith("Saving stopped.")
        assert not bar.stop_button.isVisible()
        media = data_dir / "platform-media"
        assert [p for p in media.rglob("*") if p.name.endswith(".tmp")] == []
        assert not built.services.platform.cache.is_saved(COURSE_ID)
        faults.latency_s = 0.0
        human_click(bar.button)
        settle(built)
        bar = course_bar(built)  # the page was built anew with the saved course
        text = bar.status.text()
        assert text.startswith("Saved 1 lesson on this computer.")
        assert "2 files could not be saved; everything else was." in text
        assert "The subtitles of “短片” are not on the lesson service" in text
        assert "its key is not on the lesson service" in text
        assert built.services.platform.cache.is_saved(COURSE_ID)
    # the server is stopped: the locked video plays from what was saved
    built.window.open(f"lesson:{COURSE_ID}-l6")
    settle(built)
    page = built.window.page
    assert isinstance(page, LessonPage) and page.materials is not None
    view = page.materials.stack.currentWidget()
    assert isinstance(view, MediaView)
    assert view.player.player.source().isLocalFile()
    player = view.player
    qtbot.waitUntil(lambda: player.player.duration() > 20_000, timeout=15_000)
    human_click(player.play_button)
    qtbot.waitUntil(lambda: player.player.position() > 1000, timeout=15_000)
    assert player.picture.frames > 0
    human_click(player.play_button)


def test_the_window_saves_the_video_quality_the_caregiver_chose(
    data_dir: Path, learner_window_factory: Any
) -> None:
    media = MediaCourse(ladder=(240, 360, 480, 720, 1080))
    with running_server(Catalog(n_courses=1, lessons_per_course=1, media=media)) as srv:
        point_at_server(data_dir, srv.base, sync=True)
        built = learner_window_factory("en")
        settle(built)
        built.window.open("settings")
        human_click(built.window.page.controls["video_height:720"])  # no caregiver PIN set
        QTest.qWait(50)
        human_click(course_bar(built).button)
        settle(built)
        assert built.services.platform.cache.is_saved(COURSE_ID)
        fetched = {p.split("/")[3] for p in srv.hits if p.startswith("/files/hls/v")}
    assert fetched == {"v720"}  # not the 480 rendition the rule picks by itself
