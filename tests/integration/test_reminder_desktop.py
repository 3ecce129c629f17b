"""Desktop side of reminders: the spoken WAV is real, and no tray means closing still quits."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import soundfile
from PySide6.QtWidgets import QApplication, QWidget

from app.services.speech.voice_speaker import VoiceSpeaker
from app.services.speech.window_voice import WindowVoice
from app.ui.tray import keep_running_in_tray


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Your Calligraphy class starts in 30 minutes, in room 203."),
        ("zh_CN", "您的课程“书法”还有 30 分钟开始，地点：203教室。"),
    ],
)
def test_reminder_is_rendered_to_audible_speech_in_the_learners_own_folder(
    qapp: Any, qtbot: Any, tmp_path: Path, lang: str, text: str
) -> None:
    voice = WindowVoice(tmp_path / "shared", tmp_path / "personal")
    speaker = VoiceSpeaker(voice, lambda: {"speech_rate": "slow", "volume": 80})
    try:
        with qtbot.waitSignal(speaker.ready, timeout=15_000) as spoken:
            speaker.personal.speak(text, lang)  # what the reminder scheduler calls
        wav_path = Path(spoken.args[0])
        assert wav_path.is_relative_to(tmp_path / "personal")  # leaves with the learner
        assert not (tmp_path / "shared").exists()
        seconds = soundfile.info(str(wav_path)).duration  # the cache keeps Ogg Vorbis
        assert seconds > 2.0  # a whole sentence, not a click
    finally:
        speaker.close()
        voice.close()


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
