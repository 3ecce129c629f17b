"""Reopening a lesson offers to continue where the learner stopped, aloud if they listened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import soundfile
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services.speech.read_aloud import PLAYING, STOPPED
from app.ui.pages.lesson import LessonPage
from tests.speech_fakes import ToneEngine

# Qt's FFmpeg player logs from its own threads ("No audio device detected"); with
# pytest-qt's Python log handler installed, a player call made while such a thread logs
# waits for a thread that waits for the GIL. The app installs no handler; tests of the
# player turn pytest-qt's off.
pytestmark = pytest.mark.no_qt_log

WATER = "lesson:mini.tea.water"


def wav_seconds(path: str) -> float:
    """Length of a rendered clip (the cache keeps Ogg Vorbis; WAV files read too)."""
    return float(soundfile.info(path).duration)


def highlighted(page: LessonPage) -> str:
    selections = page.reader.extraSelections()
    return selections[0].cursor.selectedText() if selections else ""


def open_lesson(window: Any, qtbot: Any) -> LessonPage:
    page = window.open(WATER)
    assert isinstance(page, LessonPage) and page.read_aloud is not None
    window.activateWindow()
    with qtbot.waitActive(window, timeout=3000):
        pass
    qtbot.waitUntil(page.isVisible, timeout=3000)  # shown once the window's events run
    page.reader.setFocus()
    return page


def test_lesson_read_aloud_then_reopened_offers_and_speaks_continue(
    qtbot: Any, window_factory: Any, data_dir_with_mini: Path
) -> None:
    window = window_factory(lang="en", speech_engine=ToneEngine())
    page = open_lesson(window, qtbot)
    assert not page.resume_banner.isVisible()  # first visit: nothing to continue
    reader = page.read_aloud
    assert reader is not None
    qtbot.keyClick(page.reader, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: reader.index == 1, timeout=10_000)  # listened past the start
    stopped_at = reader.sentences[1].text
    window.open("home")  # closed while listening: the spoken sentence is remembered

    page = open_lesson(window, qtbot)
    offer = page.resume_banner.label.text()
    assert page.resume_banner.isVisible()
    assert offer.startswith("Welcome back! Continue from where you stopped")
    assert stopped_at[:20] in offer
    again = page.read_aloud
    assert again is not None and again.spoken_text == offer  # the offer itself is said
    qtbot.waitUntil(lambda: again.state == PLAYING, timeout=10_000)
    assert wav_seconds(again.player.source().toLocalFile()) > 2.0  # a sentence, not a click
    # Play gives way to the lesson, from where the learner stopped.
    qtbot.keyClick(page.reader, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: highlighted(page) == stopped_at, timeout=5000)
    assert again.state == PLAYING and again.index == 1
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert again.state == STOPPED


def test_reopened_lesson_never_read_aloud_shows_the_offer_silently(
    qtbot: Any, qapp: Any, window_factory: Any, data_dir_with_mini: Path
) -> None:
    window = window_factory(lang="en", speech_engine=ToneEngine())
    page = open_lesson(window, qtbot)
    for _ in range(3):  # read on with the keyboard: the cursor moves down the lesson
        QTest.keyClick(page.reader, Qt.Key.Key_Down)
    qapp.processEvents()
    assert page.bookmarks is not None
    reading = page.bookmarks.current_sentence()
    assert reading is not None and reading.index > 0
    window.open("home")

    page = open_lesson(window, qtbot)
    qapp.processEvents()
    assert page.resume_banner.isVisible() and reading.text[:20] in page.resume_banner.label.text()
    assert page.read_aloud is not None
    assert page.read_aloud.spoken_text == "" and page.read_aloud.state == STOPPED


def test_classroom_idle_timeout_waits_while_the_lesson_is_read_aloud(
    qtbot: Any, window_factory: Any, data_dir_with_mini: Path
) -> None:
    window = window_factory(lang="en", speech_engine=ToneEngine())
    page = open_lesson(window, qtbot)
    assert not page.is_busy()  # just reading: the idle timeout may run
    reader = page.read_aloud
    assert reader is not None
    qtbot.keyClick(page.reader, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=10_000)
    assert page.is_busy()
    qtbot.keyClick(page.reader, Qt.Key.Key_Space)  # pause: nobody is listening any more
    assert not page.is_busy()
