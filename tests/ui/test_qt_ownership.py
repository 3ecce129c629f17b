"""Every Qt object of a learner's window belongs to the window's tree, so Qt deletes it
with the window on the GUI thread. An object owned by Python alone is deleted wherever
Python frees it: a garbage-collector pass that happens to run in a background thread (a
sync, an offline save) would destroy a media player there, and the app can crash."""

from __future__ import annotations

import gc
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator
from PySide6.QtTest import QTest

from app.ui.main_window import MainWindow
from app.ui.pages.lesson import LessonPage
from tests.speech_fakes import ToneEngine

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
