"""A learner listens to a lesson: Play, the sentence lights up, it moves on, Esc stops."""

from __future__ import annotations

import multiprocessing
import shutil
import struct
import wave
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.speech import NoSpeakers, NoSpeechEngine, NoVoiceForLanguage, SynthesisFailed
from app.services.speech.espeak import EspeakEngine
from app.services.speech.kit import SpeechKit
from app.services.speech.player import PLAYING, STOPPED, build_read_aloud, message
from app.ui.read_aloud_bar import ReadAloudBar
from tests.speech_fakes import HangingEngine, NoVoicesEngine

needs_espeak = pytest.mark.skipif(not shutil.which("espeak-ng"), reason="needs espeak-ng")


def highlighted(page: Any) -> str:
    selections = page.reader.extraSelections()
    return selections[0].cursor.selectedText() if selections else ""


def open_lesson(qtbot: Any, window_factory: Any, lang: str = "zh_CN") -> Any:
    window = window_factory(lang=lang)
    page = window.open("lesson:mini.tea.water")
    window.activateWindow()
    with qtbot.waitActive(window, timeout=3000):
        pass  # keyboard shortcuts work only in the active window
    page.reader.setFocus()
    return window, page


@needs_espeak
def test_play_lights_up_the_first_sentence_reads_on_and_esc_stops(
    qtbot: Any, window_factory: Any, data_dir_with_mini: Path
) -> None:
    window, page = open_lesson(qtbot, window_factory)
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
    # the word being spoken is marked too (espeak-ng gives a timing per Chinese character)
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


@needs_espeak
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
    assert reader.state == "paused"
    qtbot.keyClick(window, Qt.Key.Key_Escape)


@needs_espeak
@pytest.mark.slow
def test_hundred_play_stop_next_cycles_leave_no_hang_and_no_worker(
    qtbot: Any, window_factory: Any, data_dir_with_mini: Path
) -> None:
    window, page = open_lesson(qtbot, window_factory)
    reader = page.read_aloud
    last = len(reader.sentences) - 1
    for cycle in range(100):
        reader.play()
        qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=5000)
        reader.next()
        if reader.index == last:
            reader.start_at(0)
        reader.stop()
        assert reader.state == STOPPED, cycle
    reader.play()
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=5000)
    window.close()
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=5000)


def test_without_a_speech_program_the_lesson_still_reads_and_says_what_to_install(
    qtbot: Any, tmp_path: Path
) -> None:
    def none() -> Any:
        raise NoSpeechEngine()

    kit = SpeechKit(tmp_path / "c", tmp_path / "p", find=none)
    reader = build_read_aloud(kit, "先把水壶洗干净。水要装到一半。", "zh_CN")
    bar = ReadAloudBar(reader)
    qtbot.addWidget(bar)
    assert "espeak-ng" in bar.banner.label.text()
    assert not bar.play_button.isEnabled() and not bar.test_button.isEnabled()
    reader.play()
    assert reader.state == STOPPED


@needs_espeak
def test_no_voice_and_no_speakers_are_explained(qtbot: Any, tmp_path: Path) -> None:
    kit = SpeechKit(tmp_path / "c", tmp_path / "p", NoVoicesEngine())
    bar = ReadAloudBar(build_read_aloud(kit, "你好。", "zh_CN"))
    qtbot.addWidget(bar)
    assert bar.banner.label.text() == message(NoVoiceForLanguage())
    assert "espeak-ng" in bar.banner.label.text() and not bar.play_button.isEnabled()

    kit2 = SpeechKit(tmp_path / "c", tmp_path / "p", EspeakEngine())
    bar2 = ReadAloudBar(build_read_aloud(kit2, "你好。", "zh_CN", audio_outputs=lambda: 0))
    qtbot.addWidget(bar2)
    assert bar2.banner.label.text() == message(NoSpeakers())
    assert bar2.play_button.isEnabled()  # reading along with the highlight still works
    bar2.test_sound()
    qtbot.waitUntil(lambda: bar2.controller.state == PLAYING, timeout=5000)
    bar2.controller.stop()
    kit.close()
    kit2.close()


def test_recorded_narration_plays_with_its_sentence_timings(qtbot: Any, tmp_path: Path) -> None:
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
        None,
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


@needs_espeak
def test_a_hung_speech_engine_skips_the_sentence_with_a_message_and_reads_on(
    qtbot: Any, tmp_path: Path
) -> None:
    kit = SpeechKit(tmp_path / "c", tmp_path / "p", HangingEngine(), hang_timeout_s=1.0)
    reader = build_read_aloud(kit, "这句会卡住。这句正常。", "zh_CN", audio_outputs=lambda: 1)
    problems: list[str] = []
    reader.problem.connect(problems.append)
    reader.play()
    qtbot.waitUntil(lambda: reader.index == 1 and reader.state == PLAYING, timeout=10000)
    assert problems == [message(SynthesisFailed())]
    assert kit.worker is not None and kit.worker.restarts == 1
    reader.close()
    kit.close()
    assert not multiprocessing.active_children()


@needs_espeak
def test_resume_offer_is_spoken_without_moving_the_reading_position(
    qtbot: Any, tmp_path: Path
) -> None:
    kit = SpeechKit(tmp_path / "c", tmp_path / "p", EspeakEngine())
    reader = build_read_aloud(kit, "一。二。三。", "zh_CN", audio_outputs=lambda: 1)
    reader.start_at(2)
    reader.speak_text("要从上次停下的地方继续吗？")
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=5000)
    assert reader.index == 2
    assert reader.player.source().toLocalFile().startswith(str(tmp_path / "c"))
    qtbot.waitUntil(lambda: reader.state == STOPPED, timeout=15000)  # says it once, then stops
    assert reader.index == 2
    reader.close()
    kit.close()
