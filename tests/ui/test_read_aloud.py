"""A learner listens to a lesson: Play, the sentence lights up, it moves on, Esc stops.

The player and cursor run on the fake engine (``ToneEngine``: real WAV files with word
timings, no espeak-ng needed); the ``espeak-ng`` cases hear the real engine too.
"""

from __future__ import annotations

import multiprocessing
import shutil
import struct
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import soundfile
from PySide6.QtCore import Qt

from app.core.errors import SpeechUnavailable
from app.core.speech import (
    NoSpeakers,
    NoSpeechEngine,
    NoVoiceForLanguage,
    SpeechDiskFull,
    SpeechEngine,
    SynthesisFailed,
)
from app.services.speech.discovery import find_engine
from app.services.speech.read_aloud import PAUSED, PLAYING, STOPPED, build_read_aloud
from app.services.speech.window_voice import WindowVoice, message
from app.ui.read_aloud_bar import ReadAloudBar
from tests.speech_fakes import ToneEngine

# Qt's FFmpeg player logs from its own threads ("No audio device detected"); with
# pytest-qt's Python log handler installed, a player call made while such a thread logs
# waits for a thread that waits for the GIL. The app installs no handler; tests of the
# player turn pytest-qt's off.
pytestmark = pytest.mark.no_qt_log

needs_espeak = pytest.mark.skipif(not shutil.which("espeak-ng"), reason="needs espeak-ng")
ENGINES = [
    pytest.param("fake", id="fake"),
    pytest.param("espeak-ng", id="espeak-ng", marks=needs_espeak),
]


@pytest.fixture(params=ENGINES)
def engine(request: Any) -> SpeechEngine:
    """The fake engine everywhere; the real one where espeak-ng is installed."""
    return ToneEngine() if request.param == "fake" else find_engine()


@pytest.fixture
def fake_voice(tmp_path: Path) -> Iterator[WindowVoice]:
    made = WindowVoice(tmp_path / "c", tmp_path / "p", ToneEngine())
    yield made
    made.close()


def highlighted(page: Any) -> str:
    selections = page.reader.extraSelections()
    return selections[0].cursor.selectedText() if selections else ""


def open_lesson(qtbot: Any, window_factory: Any, lang: str = "zh_CN", engine: Any = None) -> Any:
    window = window_factory(lang=lang, speech_engine=engine or ToneEngine())
    page = window.open("lesson:mini.tea.water")
    window.activateWindow()
    with qtbot.waitActive(window, timeout=3000):
        pass  # keyboard shortcuts work only in the active window
    page.reader.setFocus()
    return window, page


def test_play_lights_up_the_first_sentence_reads_on_and_esc_stops(
    qtbot: Any, window_factory: Any, data_dir_with_mini: Path, engine: SpeechEngine
) -> None:
    window, page = open_lesson(qtbot, window_factory, engine=engine)
    reader = page.read_aloud
    heard: list[int] = []
    page.sentence_changed.connect(heard.append)

    qtbot.keyClick(page.reader, Qt.Key.Key_Space)  # Space in the lesson text plays
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=5000)
    assert highlighted(page) == "准备"
    assert "Pause" in page.read_aloud_bar.play_button.accessibleName() or (
        "暂停" in page.read_aloud_bar.play_button.accessibleName()
    )
    qtbot.waitUntil(lambda: reader.index == 1, timeout=8000)  # goes on by itself
    assert highlighted(page) == "先把水壶洗干净。"
    # the word being spoken is marked too (a timing per Chinese character)
    qtbot.waitUntil(lambda: len(page.reader.extraSelections()) == 2, timeout=3000)
    selections = page.reader.extraSelections()
    word = selections[1].cursor.selectedText()
    assert len(word) == 1 and word in "先把水壶洗干净"

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert reader.state == STOPPED
    frozen = reader.player.position()
    qtbot.wait(300)
    assert reader.player.position() == frozen
    assert heard[:2] == [0, 1]
    assert lesson_progress(data_dir_with_mini).read_aloud  # remembered for the resume offer


def lesson_progress(data_dir: Path) -> Any:
    """The lesson's progress row, read back from the learner's real database."""
    import sqlite3

    from app.services.store.progress_repo import ProgressRepo

    db = next(data_dir.glob("profiles/*/learner.sqlite3"))
    conn = sqlite3.connect(db)
    try:
        return ProgressRepo(conn).get("mini.tea.water")
    finally:
        conn.close()


def test_f5_and_arrow_keys_move_through_sentences(
    qtbot: Any, window_factory: Any, data_dir_with_mini: Path
) -> None:
    window, page = open_lesson(qtbot, window_factory, "en")
    reader = page.read_aloud
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: reader.index == 1 and reader.state == PLAYING, timeout=5000)
    assert highlighted(page) == page.read_aloud.sentences[1].text
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: reader.index == 0, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # F5 again pauses
    assert reader.state == PAUSED
    qtbot.keyClick(window, Qt.Key.Key_F5)  # and goes on where it was
    assert reader.state == PLAYING and reader.index == 0
    qtbot.keyClick(window, Qt.Key.Key_Escape)


def test_repeat_slower_faster_and_volume(qtbot: Any, fake_voice: WindowVoice) -> None:
    reader = build_read_aloud(fake_voice, "一。二二二。三。", "zh_CN", audio_outputs=lambda: 1)
    rates: list[str] = []
    reader.rate_changed.connect(rates.append)
    reader.start_at(1)
    reader.play()
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=5000)
    slow_file = reader.player.source().toLocalFile()
    reader.faster()  # the rest of the lesson at the new speed, from this sentence
    qtbot.waitUntil(lambda: reader.player.source().toLocalFile() != slow_file, timeout=5000)
    assert reader.index == 1 and reader.state == PLAYING and rates == ["normal"]
    assert seconds(reader.player.source().toLocalFile()) < seconds(slow_file)
    reader.set_volume(130)
    assert reader.volume == 100
    reader.set_volume(reader.volume - 30)
    assert reader.volume == 70
    reader.repeat()
    assert reader.index == 1
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=5000)
    reader.close()


def seconds(path: str) -> float:
    """Length of a rendered clip (the cache keeps Ogg Vorbis; WAV files read too)."""
    return float(soundfile.info(path).duration)


@pytest.mark.slow
def test_hundred_play_stop_next_cycles_leave_no_hang_and_no_worker(
    qtbot: Any, window_factory: Any, data_dir_with_mini: Path
) -> None:
    before = set(multiprocessing.active_children())
    window, page = open_lesson(qtbot, window_factory)
    reader = page.read_aloud
    last = len(reader.sentences) - 1
    try:
        for cycle in range(100):
            reader.play()
            qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=30_000)  # a loaded CI
            reader.next()
            if reader.index == last:
                reader.start_at(0)
            reader.stop()
            assert reader.state == STOPPED, cycle
        reader.play()
        qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=30_000)
    finally:
        window.close()  # also when a wait failed: no worker is left for the next test
    qtbot.waitUntil(lambda: set(multiprocessing.active_children()) <= before, timeout=10_000)


def test_without_a_speech_program_the_lesson_still_reads_and_says_what_to_install(
    qtbot: Any, tmp_path: Path
) -> None:
    def none() -> Any:
        raise NoSpeechEngine()

    voice = WindowVoice(tmp_path / "c", tmp_path / "p", find=none)
    reader = build_read_aloud(voice, "先把水壶洗干净。水要装到一半。", "zh_CN")
    bar = ReadAloudBar(reader)
    qtbot.addWidget(bar)
    assert "espeak-ng" in bar.banner.label.text()
    assert not bar.play_button.isEnabled() and not bar.test_button.isEnabled()
    reader.play()
    assert reader.state == STOPPED


def test_no_voice_and_no_speakers_are_explained(qtbot: Any, tmp_path: Path) -> None:
    voice = WindowVoice(tmp_path / "c", tmp_path / "p", ToneEngine(languages=()))
    bar = ReadAloudBar(build_read_aloud(voice, "你好。", "zh_CN"))
    qtbot.addWidget(bar)
    assert bar.banner.label.text() == message(NoVoiceForLanguage())
    assert "espeak-ng" in bar.banner.label.text() and not bar.play_button.isEnabled()

    voice2 = WindowVoice(tmp_path / "c", tmp_path / "p", ToneEngine())
    bar2 = ReadAloudBar(build_read_aloud(voice2, "你好。", "zh_CN", audio_outputs=lambda: 0))
    qtbot.addWidget(bar2)
    assert bar2.banner.label.text() == message(NoSpeakers())
    assert bar2.play_button.isEnabled()  # reading along with the highlight still works
    bar2.test_sound()
    qtbot.waitUntil(lambda: bar2.controller.state == PLAYING, timeout=5000)
    bar2.controller.stop()
    voice.close()
    voice2.close()


def test_recorded_narration_plays_with_its_sentence_timings(
    qtbot: Any, tmp_path: Path, fake_voice: WindowVoice
) -> None:
    wav_path = tmp_path / "narration.wav"
    # 6 s of a quiet tone, 16-bit mono: the last timed sentence ends at 3 s, so the test
    # stops well before the end of the media (Qt's FFmpeg backend has been seen to hang in
    # stop() when it races the end of a clip on a loaded machine).
    with wave.open(str(wav_path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(b"".join(struct.pack("<h", (i % 40) * 50) for i in range(48000)))
    reader = build_read_aloud(
        fake_voice,
        "一。二。三。",
        "zh_CN",
        narration=str(wav_path),
        narration_timings=((0, 1000), (1000, 2000), (2000, 3000)),
    )
    seen: list[int] = []
    reader.sentence_changed.connect(seen.append)
    assert reader.can_play  # no speech program needed for a recording
    reader.play()
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=5000)
    reader.next()
    qtbot.waitUntil(lambda: reader.player.position() >= 1000, timeout=5000)
    assert reader.index == 1
    qtbot.waitUntil(lambda: reader.index == 2, timeout=5000)  # the timings move it on
    reader.stop()
    assert seen[:3] == [0, 1, 2]
    reader.close()


def test_a_hung_speech_engine_skips_the_sentence_with_a_message_and_reads_on(
    qtbot: Any, tmp_path: Path
) -> None:
    before = set(multiprocessing.active_children())  # this test's worker only
    hang_clock = [0.0]  # moves on only until the stuck sentence is given up
    voice = WindowVoice(
        tmp_path / "c",
        tmp_path / "p",
        ToneEngine(),
        hang_timeout_s=1.0,
        hang_clock=lambda: hang_clock[0],
    )
    reader = build_read_aloud(voice, "这句会卡住。这句正常。", "zh_CN", audio_outputs=lambda: 1)
    problems: list[str] = []
    reader.problem.connect(problems.append)
    reader.play()

    def reading_on() -> bool:
        worker = voice.kit.worker
        if worker is not None and worker.restarts == 0:
            hang_clock[0] += 0.05
        return reader.index == 1 and reader.state == PLAYING

    qtbot.waitUntil(reading_on, timeout=30000)
    assert problems == [message(SynthesisFailed())]
    assert voice.kit.worker is not None and voice.kit.worker.restarts == 1
    reader.close()
    voice.close()
    assert set(multiprocessing.active_children()) <= before


def test_a_sentence_that_fails_three_times_in_a_row_stops_with_a_plain_message(
    qtbot: Any, fake_voice: WindowVoice
) -> None:
    reader = build_read_aloud(
        fake_voice, "坏一。坏二。坏三。好。", "zh_CN", audio_outputs=lambda: 1
    )
    problems: list[str] = []
    reader.problem.connect(problems.append)
    reader.play()
    qtbot.waitUntil(lambda: len(problems) == 3, timeout=10000)
    assert reader.state == STOPPED and reader.index == 2  # a broken engine does not loop
    assert problems == [message(SynthesisFailed())] * 2 + [message(SpeechUnavailable())]
    reader.close()


def test_a_full_disk_stops_reading_and_says_so_once(qtbot: Any, fake_voice: WindowVoice) -> None:
    """The disk has no room for the next sentence's sound: every later sentence would fail
    too, so the reader stops at once and says why, instead of "skipped" after "skipped"."""
    reader = build_read_aloud(
        fake_voice, "第一句。满盘的第二句。第三句。第四句。", "zh_CN", audio_outputs=lambda: 1
    )
    problems: list[str] = []
    reader.problem.connect(problems.append)
    reader.play()
    qtbot.waitUntil(lambda: bool(problems), timeout=15000)
    qtbot.wait(300)  # nothing more is said after it
    assert problems == [message(SpeechDiskFull())]
    assert "disk is full" in problems[0] and "lost" in problems[0]
    assert reader.state == STOPPED and reader.index == 1  # stopped where it could not go on
    reader.close()


def test_resume_offer_is_spoken_without_moving_the_reading_position(
    qtbot: Any, tmp_path: Path, engine: SpeechEngine
) -> None:
    voice = WindowVoice(tmp_path / "c", tmp_path / "p", engine)
    reader = build_read_aloud(voice, "一。二。三。", "zh_CN", audio_outputs=lambda: 1)
    reader.start_at(2)
    reader.speak_text("要从上次停下的地方继续吗？")
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=5000)
    assert reader.index == 2
    assert reader.player.source().toLocalFile().startswith(str(tmp_path / "c"))
    qtbot.waitUntil(lambda: reader.state == STOPPED, timeout=15000)  # says it once, then stops
    assert reader.index == 2
    reader.close()
    voice.close()
