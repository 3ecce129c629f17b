"""One voice per window: the lesson reader and short texts share one engine without
taking each other's work (the fake engine writes real WAVs, no espeak-ng needed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services.speech.read_aloud import PAUSED, PLAYING, STOPPED, build_read_aloud
from app.services.speech.voice_speaker import VoiceSpeaker
from app.services.speech.window_voice import Rendered, VoiceState, WindowVoice
from tests.speech_fakes import ToneEngine

# Qt's FFmpeg player logs from its own threads ("No audio device detected"); with
# pytest-qt's Python log handler installed, a player call made while such a thread logs
# waits for a thread that waits for the GIL. The app installs no handler; tests of the
# player turn pytest-qt's off.
pytestmark = pytest.mark.no_qt_log

LESSON = "一。二。三。四。"
REMINDER = "您的课程还有五分钟开始。"
SETTINGS = {"speech_rate": "slow", "volume": 80}


@pytest.fixture
def voice(tmp_path: Path) -> Iterator[WindowVoice]:
    # Each sentence takes the engine half a second, so the lesson's next sentences are
    # still waiting in the worker's queue when a short text comes.
    made = WindowVoice(tmp_path / "c", tmp_path / "p", ToneEngine(delay_s=0.5))
    yield made
    made.close()


def test_a_short_text_during_a_lesson_is_said_and_the_lesson_keeps_its_sentences(
    qtbot: Any, voice: WindowVoice
) -> None:
    reader = build_read_aloud(voice, LESSON, "zh_CN", audio_outputs=lambda: 1)
    speaker = VoiceSpeaker(voice, lambda: SETTINGS)
    said: list[str] = []
    speaker.ready.connect(said.append)
    try:
        reader.play()
        qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=10_000)
        speaker.speak(REMINDER, "zh_CN")  # a class reminder, while the lesson is read
        reader.stop()  # the learner stops the lesson: the reminder's job is not theirs
        qtbot.waitUntil(lambda: len(said) == 1, timeout=5_000)
        assert Path(said[0]).is_file()
        qtbot.waitUntil(lambda: not speaker.is_speaking, timeout=10_000)

        # A short text that cannot be said is reported to the one who asked for it,
        # while the reader is waiting for its own sentences.
        heard: list[int] = []
        reader.sentence_changed.connect(heard.append)
        reader.start_at(0)
        reader.play()
        speaker.speak("这句坏了。", "zh_CN")
        qtbot.waitUntil(lambda: bool(speaker.problem), timeout=5_000)

        # The lesson still gets every sentence, to the end.
        reader.play()
        qtbot.waitUntil(lambda: reader.state == STOPPED and heard[-1:] == [3], timeout=20_000)
        assert set(heard) >= {0, 1, 2, 3}
    finally:
        speaker.close()
        reader.close()


def test_a_short_text_pauses_the_lesson_which_goes_on_from_its_sentence(
    qtbot: Any, voice: WindowVoice
) -> None:
    states: list[VoiceState] = []
    voice.state_changed.connect(states.append)
    reader = build_read_aloud(voice, LESSON, "zh_CN", audio_outputs=lambda: 1)
    speaker = VoiceSpeaker(voice, lambda: SETTINGS)
    try:
        reader.play()
        qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=10_000)
        reader.next()
        qtbot.waitUntil(lambda: reader.index == 1 and reader.state == PLAYING, timeout=10_000)
        with qtbot.waitSignal(speaker.ready, timeout=10_000):
            speaker.speak("请稍等。", "zh_CN")  # F1: the screen's help
            assert reader.state == PAUSED and reader.index == 1  # at once: no two voices
        assert states[-1] == VoiceState.PLAYING and voice.holder is not None
        assert not reader.is_playing  # the classroom's idle clock may run meanwhile
        qtbot.waitUntil(lambda: voice.state == VoiceState.STOPPED, timeout=10_000)
        assert reader.state == PAUSED and reader.index == 1  # nothing starts by itself

        reader.play()  # Continue: the sentence again, from its start
        qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=10_000)
        assert reader.index == 1 and states[-1] == VoiceState.PLAYING
        assert VoiceState.LOADING in states and VoiceState.PLAYING in states

        # Play on the lesson while a short text is said: the lesson wins, the text stops.
        speaker.speak("再见。", "zh_CN")
        reader.play()
        qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=10_000)
        assert not speaker.is_speaking
    finally:
        speaker.close()
        reader.close()
    assert voice.state == VoiceState.STOPPED


def test_each_requester_hears_only_its_own_tickets(qtbot: Any, voice: WindowVoice) -> None:
    class Requester:
        def __init__(self) -> None:
            self.got: list[int] = []

        def on_rendered(self, done: Rendered) -> None:
            self.got.append(done.ticket)

        def on_position(self, ms: int) -> None: ...

        def on_ended(self) -> None: ...

        def on_interrupted(self) -> None: ...

    a, b = Requester(), Requester()
    first = voice.render(a, voice.job("一。", "zh_CN", "slow"))
    same = voice.render(b, voice.job("一。", "zh_CN", "slow"))  # the same sentence: once
    other = voice.render(b, voice.job("二。", "zh_CN", "slow"))
    dropped = voice.render(a, voice.job("三。", "zh_CN", "slow"))
    voice.clear(a)  # only a's queued "三" goes; b's work stays
    qtbot.waitUntil(lambda: b.got == [same, other], timeout=10_000)
    assert a.got == [] and first != same and dropped not in b.got
    assert not Path(voice.job("三。", "zh_CN", "slow").out_path).exists()
    again = voice.render(a, voice.job("一。", "zh_CN", "slow"))  # on disk: answered at once
    qtbot.waitUntil(lambda: a.got == [again], timeout=1_000)


@pytest.mark.parametrize("used_before", [True, False])
def test_a_closed_voice_starts_no_worker_when_a_page_asks_after_the_window_closed(
    qtbot: Any, tmp_path: Path, used_before: bool
) -> None:
    """Pages close after the window's voice: a late Play, prepare or text must not start a
    speech process that nobody will ever stop."""
    import multiprocessing

    before = set(multiprocessing.active_children())
    voice = WindowVoice(tmp_path / "c", tmp_path / "p", ToneEngine())
    if used_before:
        voice.start()
        qtbot.waitUntil(lambda: set(multiprocessing.active_children()) - before != set())
    voice.close()
    qtbot.waitUntil(lambda: set(multiprocessing.active_children()) <= before, timeout=10_000)
    voice.prepare()
    speaker = VoiceSpeaker(voice, lambda: {"speech_rate": "slow", "volume": 80})
    speaker.speak("窗口已经关了。", "zh_CN")
    qtbot.wait(300)
    assert set(multiprocessing.active_children()) <= before
    speaker.close()
