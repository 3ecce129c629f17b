"""A learner opens platform lessons that are videos, recordings and handouts: the materials
strip, the player with subtitles and transcript, the handout, and the place kept across a
restart. Real window, real reference server, real QMediaPlayer and QtPdf."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.ui.lesson_media import HandoutHolder, MediaView
from app.ui.pages.lesson import LessonPage
from tests.media_course import COURSE_ID, MediaCourse
from tests.platform_helpers import point_at_server
from tests.reference_server import Catalog, ReferenceServer, running_server
from tests.ui.human import human_click

pytestmark = pytest.mark.no_qt_log  # FFmpeg threads log while the GUI thread stops them


@pytest.fixture
def server(data_dir: Path) -> Iterator[ReferenceServer]:
    with running_server(Catalog(n_courses=1, lessons_per_course=1, media=MediaCourse())) as srv:
        point_at_server(data_dir, srv.base, sync=True, lessons=(f"{COURSE_ID}-l0",))
        yield srv


def lesson(built: Any, n: int) -> LessonPage:
    """Open a lesson and let its text arrive (the page is rebuilt when it does)."""
    built.window.open(f"lesson:{COURSE_ID}-l{n}")
    QTest.qWait(50)
    deadline = time.monotonic() + 20
    while not built.platform.work.idle and time.monotonic() < deadline:
        QTest.qWait(20)
    QTest.qWait(50)
    page = built.window.page
    assert isinstance(page, LessonPage) and page.materials is not None
    return page


def labels(page: LessonPage) -> list[str]:
    assert page.materials is not None
    return [b.accessibleName() for b in page.materials.buttons]


def media(page: LessonPage) -> MediaView:
    assert page.materials is not None
    view = page.materials.stack.currentWidget()
    assert isinstance(view, MediaView)
    return view


def test_the_strip_offers_each_material_and_opens_the_first(
    qtbot: QtBot, server: ReferenceServer, learner_window_factory: Any
) -> None:
    built = learner_window_factory("en")
    page = lesson(built, 0)
    assert labels(page) == ["Video 1 min", "Handout", "Text"]
    panel = page.materials
    assert panel is not None and panel.current == 0
    assert panel.buttons[0].isChecked() and panel.buttons[0].text().startswith("✓")
    view = media(page)
    qtbot.waitUntil(view.player.isVisible)
    assert not view.player.is_playing  # opened, not playing
    assert page.first_focus() is panel.buttons[0]
    human_click(panel.buttons[2])  # the text, with everything it had
    assert page.reader.isVisible() and page.bookmarks is not None and page.read_aloud_bar
    human_click(panel.buttons[1])
    holder = panel.stack.currentWidget()
    assert isinstance(holder, HandoutHolder)
    qtbot.waitUntil(lambda: holder.handout is not None, timeout=10_000)
    assert holder.handout is not None and holder.handout.page_label.text() == "Page 1 of 3"
    assert not page.reader.isVisible()
    assert labels(lesson(built, 2)) == ["Listen 1 min"]  # a recording only


def test_subtitles_arrive_and_the_transcript_follows_and_seeks(
    qtbot: QtBot, server: ReferenceServer, learner_window_factory: Any
) -> None:
    built = learner_window_factory("zh_CN")
    view = media(lesson(built, 0))
    player = view.player
    qtbot.waitUntil(lambda: player.subtitle.text() != "", timeout=10_000)
    assert player.subtitle.text() == "大家好，今天学用手机打视频电话。"  # Chinese subtitles
    human_click(player.transcript_button)
    transcript = view.transcript
    assert transcript is not None and transcript.isVisible()
    assert transcript.current == 0
    player.seek(3200)
    assert transcript.current == 2  # the highlighted line follows the media
    start, end = transcript.spans[2]
    assert transcript.reader.spoken_range == (start, end)
    transcript.reader.setFocus()
    cursor = transcript.reader.textCursor()
    cursor.setPosition(transcript.spans[1][0] + 1)
    transcript.reader.setTextCursor(cursor)
    QTest.keyClick(transcript.reader, Qt.Key.Key_Return)  # Enter on a line seeks there
    assert player.player.position() == 1500 and transcript.current == 1


def test_a_404_subtitle_is_said_plainly_and_the_video_still_plays(
    qtbot: QtBot, server: ReferenceServer, learner_window_factory: Any
) -> None:
    built = learner_window_factory("en")
    player = media(lesson(built, 1)).player
    qtbot.waitUntil(lambda: "subtitles" in player.banner.label.text(), timeout=10_000)
    human_click(player.play_button)
    qtbot.waitUntil(lambda: player.player.position() > 500, timeout=10_000)


def test_the_place_in_a_video_survives_a_restart(
    qtbot: QtBot, server: ReferenceServer, learner_window_factory: Any
) -> None:
    built = learner_window_factory("en")
    player = media(lesson(built, 1)).player
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10_000)
    player.seek(2000)
    built.window.open("home")  # leaving the lesson keeps the place
    built.window.close()
    again = learner_window_factory("en")
    player = media(lesson(again, 1)).player
    qtbot.waitUntil(lambda: player.player.position() >= 2000, timeout=10_000)
    assert player.time_label.text().startswith("0:02 of 0:04")


@pytest.mark.parametrize("scale", [100, 200, 300])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_media_lessons_meet_the_accessibility_numbers(
    qtbot: QtBot, server: ReferenceServer, window_factory: Any, qapp: Any, lang: str, scale: int
) -> None:
    """The registry offers a video, a recording and a handout lesson once a media course is
    here; each passes the same walk as every page."""
    from tests.ui.test_pages import walk_problems

    window = window_factory(lang=lang, text_scale=scale)
    keys = [k for k in window.registry.example_keys() if k.startswith("lesson:")]
    assert len(keys) >= 3  # a video, a recording (with text), a handout
    problems: list[str] = []
    for key in keys:
        problems += walk_problems(window, qapp, key)
    assert problems == [], "\n".join(problems)
