"""The app's one voice for short texts: help, samples, reminders, the idle warning."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import soundfile

from app.core.speech import NoSpeechEngine, SpeechDiskFull, SpeechEngine
from app.services.speech.discovery import find_engine
from app.services.speech.voice_speaker import VoiceSpeaker
from app.services.speech.window_voice import VoiceState, WindowVoice, message
from app.ui.main_window import MainWindow
from app.ui.registry import PageRegistry
from tests.speech_fakes import ToneEngine

# Qt's FFmpeg player logs from its own threads ("No audio device detected"); with
# pytest-qt's Python log handler installed, a player call made while such a thread logs
# waits for a thread that waits for the GIL. The app installs no handler; tests of the
# player turn pytest-qt's off.
pytestmark = pytest.mark.no_qt_log

needs_espeak = pytest.mark.skipif(not shutil.which("espeak-ng"), reason="needs espeak-ng")


def wav_seconds(path: str) -> float:
    """Length of a rendered clip (the cache keeps Ogg Vorbis; WAV files read too)."""
    return float(soundfile.info(path).duration)


@pytest.fixture(
    params=[
        pytest.param("fake", id="fake"),
        pytest.param("espeak-ng", id="espeak-ng", marks=needs_espeak),
    ]
)
def voice(request: Any, tmp_path: Path) -> Iterator[WindowVoice]:
    engine: SpeechEngine = ToneEngine() if request.param == "fake" else find_engine()
    made = WindowVoice(tmp_path / "shared", tmp_path / "personal", engine)
    yield made
    made.close()


def test_a_new_text_replaces_what_is_being_said_at_the_learners_volume(
    qtbot: Any, voice: WindowVoice, tmp_path: Path
) -> None:
    settings = {"speech_rate": "slow", "volume": 30}
    speaker = VoiceSpeaker(voice, lambda: settings)
    heard: list[str] = []
    speaker.ready.connect(heard.append)
    speaker.speak(
        "This is the long help text of the settings screen, which nobody waits for.", "en"
    )
    with qtbot.waitSignal(speaker.ready, timeout=15_000):
        speaker.speak("Hello, this is how I sound.", "en")  # pressed again, another button
    qtbot.wait(300)
    assert len(heard) == 1 and speaker.state == VoiceState.PLAYING
    assert wav_seconds(heard[0]) > 1.0
    assert Path(heard[0]).is_relative_to(tmp_path / "shared")  # public text: shared cache
    assert speaker.volume == 30
    speaker.stop()
    assert not speaker.is_speaking
    speaker.close()


def test_personal_text_is_rendered_in_the_profiles_folder_and_said_to_the_end(
    qtbot: Any, tmp_path: Path
) -> None:
    voice = WindowVoice(tmp_path / "shared", tmp_path / "personal", ToneEngine())
    speaker = VoiceSpeaker(voice, lambda: {})
    states: list[str] = []
    speaker.state_changed.connect(states.append)
    with qtbot.waitSignal(speaker.ready, timeout=10_000) as spoken:
        speaker.personal.speak("Your class starts in 5 minutes.", "en")
    assert Path(spoken.args[0]).is_relative_to(tmp_path / "personal")
    assert not (tmp_path / "shared").exists()
    qtbot.waitUntil(lambda: not speaker.is_speaking, timeout=10_000)
    assert states == ["loading", "playing", "stopped"]
    assert speaker.volume == 80  # the default when the settings have none
    speaker.close()
    voice.close()


def test_without_a_speech_program_it_stays_silent_and_says_why(qtbot: Any, tmp_path: Path) -> None:
    def none() -> Any:
        raise NoSpeechEngine()

    voice = WindowVoice(tmp_path / "c", tmp_path / "p", find=none)
    speaker = VoiceSpeaker(voice, lambda: {})
    window = MainWindow(PageRegistry(), speaker, "en")
    qtbot.addWidget(window)
    speaker.failed.connect(window.show_speech_problem)
    window.banner.show_message("This screen has three buttons.")  # the help just shown
    with qtbot.waitSignal(speaker.failed, timeout=1000):
        speaker.speak("This screen has three buttons.", "en")  # never raises
    speaker.personal.speak("Your class starts in 5 minutes.", "en")
    assert speaker.problem == message(NoSpeechEngine()) and "espeak-ng" in speaker.problem
    assert not speaker.is_speaking
    text = window.banner.label.text()
    assert text.startswith("This screen has three buttons.") and text.count("espeak-ng") == 1


def test_a_full_disk_is_said_plainly_by_the_short_text_speaker(qtbot: Any, tmp_path: Path) -> None:
    voice = WindowVoice(tmp_path / "c", tmp_path / "p", ToneEngine())
    speaker = VoiceSpeaker(voice, lambda: {})
    with qtbot.waitSignal(speaker.failed, timeout=15000):
        speaker.speak("满盘：这句说不出来。", "zh_CN")
    assert speaker.problem == message(SpeechDiskFull()) and not speaker.is_speaking
    voice.close()


def test_a_window_makes_its_voice_when_something_first_speaks(
    learner_window_factory: Any, qtbot: Any
) -> None:
    """Home is painted without the speech code; a class reminder (the personal voice the
    desktop gives the reminders) makes the voice and is rendered in the learner's folder."""
    built = learner_window_factory("en", speech_engine=ToneEngine())
    built.window.open("home")
    reminders = built.window.speaker.personal  # what start_desktop_reminders hands on
    assert not built.voice.made
    reminders.speak("Your class starts in 5 minutes.", "en")
    assert built.voice.made
    with qtbot.waitSignal(built.voice.speaker.ready, timeout=10_000) as spoken:
        pass
    folder = built.services.learner(built.profile).folder / "audio"
    assert Path(spoken.args[0]).is_relative_to(folder)
    assert wav_seconds(spoken.args[0]) > 1.0
