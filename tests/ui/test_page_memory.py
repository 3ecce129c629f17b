"""A window left running all day keeps only the page it shows (issue 17, item 4).

Fifty lessons are opened, read aloud for a moment and left for the home page; after
Qt's deferred deletes and a garbage-collector pass, nothing of a left page may still
be alive: not the page, not a button on it, not a sentence of its text.
"""

from __future__ import annotations

import gc
import weakref
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.core.sentences import Sentence
from app.ui.pages.lesson import LessonPage
from app.ui.widgets import BigButton
from tests.speech_fakes import ToneEngine

pytestmark = pytest.mark.no_qt_log  # the media player logs from its own threads

CYCLES = 50


def settle(*, collect: bool = True) -> None:
    """Run what leaving a page queued (deferred deletes), then collect cycles (unless
    ``collect`` is False: what only reference counting frees)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QCoreApplication.processEvents()
        if collect:
            gc.collect()


def census(kind: type) -> int:
    return sum(1 for thing in gc.get_objects() if isinstance(thing, kind))


def lesson_keys(built: Any) -> list[str]:
    courses = built.services.catalog.catalog.courses.values()
    return [f"lesson:{lesson.id}" for course in courses for lesson in course.lessons]


def test_leaving_fifty_lessons_keeps_nothing_of_them(learner_window_factory: Any) -> None:
    built = learner_window_factory(lang="en", speech_engine=ToneEngine())
    window = built.window
    keys = lesson_keys(built)
    assert keys, "the bundled pack has lessons"
    settle()
    before = census(Sentence)  # of windows other tests left for the collector, if any
    pages: list[weakref.ref[Any]] = []
    buttons: list[weakref.ref[Any]] = []
    settle()
    before = census(Sentence)  # other tests in this process may keep sentences of their own
    for n in range(CYCLES):
        page = window.open(keys[n % len(keys)])
        assert isinstance(page, LessonPage)
        pages.append(weakref.ref(page))
        buttons.extend(weakref.ref(b) for b in page.findChildren(BigButton))
        if page.read_aloud is not None:
            page.read_aloud.play()  # the voice holds this reader while it renders
            QCoreApplication.processEvents()
            page.read_aloud.stop()
        del page
        window.open("home")
        settle()
    alive_pages = sum(1 for ref in pages if ref() is not None)
    alive_buttons = sum(1 for ref in buttons if ref() is not None)
    sentences = max(0, census(Sentence) - before)
    assert (alive_pages, alive_buttons, sentences) == (0, 0, 0)


def test_every_page_is_let_go_when_left_without_a_collector_pass(
    learner_window_factory: Any,
) -> None:
    """A left page is freed as soon as Qt deletes it, by reference counting alone: no page
    may sit in a reference cycle that only the collector's full pass would find (those
    passes are what pause the window, docs/performance.md §2), as the schedule page did
    through its Print action's closure over it."""
    built = learner_window_factory(lang="en")
    window = built.window
    keys = built.registry.example_keys()
    # Each page once first: what a library sets up once per run (keyring's backend search)
    # leaves cycles of its own, holding the frames it ran in.
    for key in keys:
        window.open(key)
    window.open("home")
    settle()
    kept: list[str] = []
    was_on = gc.isenabled()
    gc.disable()  # so that only reference counting can free what is left
    try:
        for key in keys:
            page = window.open(key)
            ref = weakref.ref(page)
            del page
            window.open("home")
            settle(collect=False)
            if ref() is not None:
                kept.append(key)
    finally:
        if was_on:
            gc.enable()
    assert kept == []
