"""Every Qt object of a learner's window belongs to the window's tree, so Qt deletes it
with the window on the GUI thread. An object owned by Python alone is deleted wherever
Python frees it: a garbage-collector pass that happens to run in a background thread (a
sync, an offline save) would destroy a media player there, and the app can crash."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator
from PySide6.QtTest import QTest

from app.ui.lesson_media import MediaView
from app.ui.main_window import MainWindow
from app.ui.pages.lesson import LessonPage
from tests.media_course import COURSE_ID, MediaCourse
from tests.platform_helpers import point_at_server
from tests.reference_server import Catalog, running_server
from tests.speech_fakes import ToneEngine
from tests.ui.human import human_click

pytestmark = pytest.mark.no_qt_log  # the media player logs from its own threads


def python_owned() -> list[str]:
    """Live Qt objects no Qt parent owns, other than top-level windows and translators
    (the application's language: installed, kept and removed by start-up)."""
    gc.collect()
    found = []
    for thing in gc.get_objects():
        if (
            isinstance(thing, QObject)
            and not isinstance(thing, (MainWindow, QTranslator))
            and shiboken6.isValid(thing)
            and shiboken6.ownedByPython(thing)
            and thing.parent() is None
        ):
            found.append(type(thing).__name__)
    return sorted(found)


def test_a_used_window_owns_every_qt_object_it_made(learner_window_factory: Any) -> None:
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    before = python_owned()  # what earlier tests in this process left behind, if anything
    built = learner_window_factory("en", speech_engine=ToneEngine())
    window = built.window
    course = next(iter(built.services.catalog.catalog.courses.values()))
    page = window.open(f"lesson:{course.lessons[0].id}")
    assert isinstance(page, LessonPage) and page.read_aloud_bar is not None
    page.read_aloud_bar.play_button.click()
    QTest.qWait(800)
    page.read_aloud_bar.play_button.click()
    for key in ("settings", "bookmarks", "schedule", "home"):
        window.open(key)
        QTest.qWait(50)
    assert python_owned() == before


def test_a_played_video_lesson_leaves_no_qt_object_to_python(
    qtbot: Any, data_dir: Path, learner_window_factory: Any
) -> None:
    """The media player, its audio output and video sink, the materials' background work."""
    with running_server(Catalog(n_courses=1, lessons_per_course=1, media=MediaCourse())) as srv:
        point_at_server(data_dir, srv.base, sync=True, lessons=(f"{COURSE_ID}-l1",))
        before = python_owned()
        built = learner_window_factory("en")
        built.window.open(f"lesson:{COURSE_ID}-l1")
        qtbot.waitUntil(lambda: built.platform.work.idle, timeout=20_000)
        page = built.window.page
        assert isinstance(page, LessonPage) and page.materials is not None
        view = page.materials.stack.currentWidget()
        assert isinstance(view, MediaView)
        human_click(view.player.play_button)
        qtbot.waitUntil(lambda: view.player.player.position() > 500, timeout=15_000)
        human_click(view.player.play_button)
        assert python_owned() == before
        built.window.open("home")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        assert python_owned() == before
