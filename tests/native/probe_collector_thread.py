"""Run in a fresh interpreter by tests/integration/test_collector_thread.py.

A voice (a media player and its audio output) plays a moment of a WAV and is let go
while it sits in a reference cycle; then a background thread allocates, as a sync or an
offline save does, which is when Python's collector runs. Prints, as JSON, the names of
the threads the players were destroyed on (if the process is still alive to print).

``python-owned``: the voice has no Qt parent (how the window voice was made until
2026-12). ``window-owned``: it hangs in a window object that is deleted with
``deleteLater()``, as ``build_window`` arranges now.
"""

from __future__ import annotations

import json
import math
import struct
import sys
import tempfile
import threading
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.services.speech.qt_media import QAudioOutput, QMediaPlayer, for_media_threads

ROUNDS = 30


class Voice(QObject):
    def __init__(self, destroyed_in: list[str]) -> None:
        super().__init__()
        self.me = self  # a cycle, as a lambda connected to a signal makes one
        self.output = for_media_threads(QAudioOutput(self))
        self.player = for_media_threads(QMediaPlayer(self))
        self.player.setAudioOutput(self.output)
        self.timer = QTimer(self)
        self.timer.start(50)
        self.player.destroyed.connect(
            lambda *_: destroyed_in.append(threading.current_thread().name)
        )


def background_work() -> None:
    for _ in range(5):
        made = [[i] for i in range(100_000)]
        del made


def main(mode: str) -> None:
    qt_app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    clip = folder / "tone.wav"
    with wave.open(str(clip), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(
            b"".join(struct.pack("<h", int(8000 * math.sin(i / 10))) for i in range(22050))
        )
    destroyed_in: list[str] = []
    for _ in range(ROUNDS):
        window = QObject()
        voice = Voice(destroyed_in)
        if mode == "window-owned":
            voice.setParent(window)
        voice.player.setSource(QUrl.fromLocalFile(str(clip)))
        voice.player.play()
        QTest.qWait(100)
        voice.player.stop()
        window.deleteLater()
        QTest.qWait(10)
        del voice, window
        worker = threading.Thread(target=background_work, name="background-work")
        worker.start()
        while worker.is_alive():
            qt_app.processEvents()
        worker.join()
    QTest.qWait(20)
    print(json.dumps(sorted(set(destroyed_in))), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
