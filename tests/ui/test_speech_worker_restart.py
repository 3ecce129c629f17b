"""A crash of the speech worker process restarts the worker, never the window: a sentence
caught by one crash is rendered again on the fresh worker, and only a sentence that crashes
the worker every time is skipped, with a message, so the next one is still spoken."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from app.services.speech.voice_speaker import VoiceSpeaker
from app.services.speech.window_voice import WindowVoice
from tests.speech_fakes import ToneEngine

pytestmark = pytest.mark.no_qt_log  # see tests/ui/test_window_voice.py

SETTINGS = {"speech_rate": "slow", "volume": 80}


def _kill(pid: int | None) -> None:
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    status = Path(f"/proc/{pid}/status")
    while time.monotonic() < deadline:  # dead: gone, or a zombie its parent has to reap
        try:
            if "State:\tZ" in status.read_text():
                return
        except FileNotFoundError:
            return
        time.sleep(0.02)


def test_a_killed_speech_worker_is_started_again_and_no_sentence_is_lost(
    qtbot: Any, tmp_path: Path
) -> None:
    voice = WindowVoice(tmp_path / "c", tmp_path / "p", ToneEngine(delay_s=0.3))
    speaker = VoiceSpeaker(voice, lambda: SETTINGS)
    said: list[str] = []
    speaker.ready.connect(said.append)
    try:
        speaker.speak("第一句。", "zh_CN")
        qtbot.waitUntil(lambda: len(said) == 1, timeout=30_000)
        worker = voice.kit.worker
        assert worker is not None
        first_pid = worker.pid

        _kill(first_pid)  # the worker dies while idle
        speaker.speak("第二句。", "zh_CN")
        qtbot.waitUntil(lambda: len(said) == 2, timeout=30_000)
        assert Path(said[1]).is_file() and said[1] != said[0]
        second_pid = worker.pid
        assert second_pid != first_pid

        speaker.speak("第三句，说到一半。", "zh_CN")  # the worker dies while rendering
        qtbot.waitUntil(lambda: worker.busy, timeout=5_000)
        _kill(second_pid)
        qtbot.waitUntil(lambda: len(said) == 3, timeout=30_000)
        assert Path(said[2]).is_file()
        assert worker.pid not in (first_pid, second_pid)
        assert not speaker.problem
    finally:
        speaker.close()
        voice.close()


def test_a_sentence_that_crashes_the_worker_every_time_is_skipped_and_the_next_is_spoken(
    qtbot: Any, tmp_path: Path
) -> None:
    voice = WindowVoice(tmp_path / "c", tmp_path / "p", ToneEngine())
    speaker = VoiceSpeaker(voice, lambda: SETTINGS)
    said: list[str] = []
    speaker.ready.connect(said.append)
    try:
        speaker.speak("这句让它崩溃。", "zh_CN")
        qtbot.waitUntil(lambda: bool(speaker.problem), timeout=30_000)
        assert said == []
        worker = voice.kit.worker
        assert worker is not None and worker.restarts == 2  # tried twice, then given up
        speaker.speak("下一句。", "zh_CN")
        qtbot.waitUntil(lambda: len(said) == 1, timeout=30_000)
        assert Path(said[0]).is_file()
    finally:
        speaker.close()
        voice.close()
