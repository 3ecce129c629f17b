"""Run in a fresh interpreter by tests/integration/test_media_threads.py: prints, as JSON,
how long a native thread's connect and disconnect took on each kind of media object while
this process's main thread held the interpreter lock for ``HOLD_S``.

A fresh process, because what PySide6 remembers is process history: once some object of a
type has been asked about by another thread, later plain objects may no longer wait, and
the control measurement ("plain") would say nothing.
"""

from __future__ import annotations

import ctypes
import json
import sys
import threading
import time
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from app.services.speech.qt_media import QAudioOutput, QMediaPlayer, QVideoSink, for_media_threads

HOLD_S = 1.0


def seconds_while_python_is_busy(probe: ctypes.CDLL, qtcore: ctypes.CDLL, made: QObject) -> float:
    pointer = shiboken6.getCppPointer(made)[0]
    took: list[float] = []
    started = threading.Event()

    def native() -> None:
        started.set()
        took.append(probe.connect_and_disconnect(qtcore._handle, pointer))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(HOLD_S * 2)  # this thread keeps the lock while it loops
    thread = threading.Thread(target=native)
    try:
        thread.start()
        started.wait()
        until = time.monotonic() + HOLD_S
        while time.monotonic() < until:
            pass
    finally:
        sys.setswitchinterval(interval)
    thread.join()
    return took[0]


def main(library: str) -> None:
    app = QApplication([])
    qtcore = ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Core.so.6"))
    probe = ctypes.CDLL(library)
    probe.connect_and_disconnect.restype = ctypes.c_double
    probe.connect_and_disconnect.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    # The control first, while nothing of its type has been asked about yet.
    results = {"plain audio output": seconds_while_python_is_busy(probe, qtcore, QAudioOutput())}
    for kind, make in (
        ("media player", QMediaPlayer),
        ("audio output", QAudioOutput),
        ("video sink", QVideoSink),
    ):
        results[kind] = seconds_while_python_is_busy(probe, qtcore, for_media_threads(make()))
    print(json.dumps(results))
    del app


if __name__ == "__main__":
    main(sys.argv[1])
