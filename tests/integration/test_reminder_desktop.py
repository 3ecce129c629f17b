"""Desktop side of reminders: the spoken WAV is real, and no tray means closing still quits."""

from __future__ import annotations

import shutil
import wave
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.services.reminders.espeak_speaker import EspeakSpeaker
from app.ui.tray import keep_running_in_tray


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Your Calligraphy class starts in 30 minutes, in room 203."),
        ("zh_CN", "您的课程“书法”还有 30 分钟开始，地点：203教室。"),
    ],
)
def test_reminder_is_rendered_to_audible_speech(qapp: Any, lang: str, text: str) -> None:
    speaker = EspeakSpeaker(lang)
    speaker.speak(text)
    assert speaker.last_wav is not None
    with wave.open(str(speaker.last_wav)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
    assert seconds > 2.0  # a whole sentence, not a click


def test_without_a_tray_closing_the_window_still_quits(qapp: QApplication) -> None:
    # The offscreen platform has no system tray, like some minimal desktops.
    window = QWidget()
    assert keep_running_in_tray(qapp, window, wanted=True) is None
    assert qapp.quitOnLastWindowClosed()


def test_lesson_reader_offers_large_print(window_factory: Any) -> None:
    window = window_factory(lang="en")
    key = next(k for k in window.registry.example_keys() if k.startswith("lesson:"))
    page = window.open(key)
    assert page.print_button.accessibleName() == "Print"
