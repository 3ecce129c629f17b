"""Qt's media threads never wait for Python on the objects the app makes.

The freeze this guards against (docs/media-threads.md): the window's thread holds the
interpreter lock inside ``QMediaPlayer.stop()`` waiting for an FFmpeg thread, and that
thread, connecting to or disconnecting from a Python-made player, audio output or video
sink, waits for the lock. Here a real native thread does what the FFmpeg threads do while
this test's thread holds the lock for a second.
"""

from __future__ import annotations

import ctypes
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject

from app.services.speech.qt_media import QAudioOutput, QMediaPlayer, QVideoSink, for_media_threads

HOLD_S = 1.0
PROBE_C = Path(__file__).parent.parent / "native" / "media_thread_probe.c"


class Probe:
    """The compiled C probe and the loaded QtCore library it calls into."""

    def __init__(self, library: Path) -> None:
        import PySide6

        qtcore_lib = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Core.so.6"
        self._core = ctypes.CDLL(str(qtcore_lib))
        self._probe = ctypes.CDLL(str(library))
        self._probe.connect_and_disconnect.restype = ctypes.c_double
        self._probe.connect_and_disconnect.argtypes = [ctypes.c_void_p, ctypes.c_void_p]

    def seconds_while_python_is_busy(self, made: QObject) -> float:
        """How long a native thread's connect and disconnect on ``made`` takes while this
        thread holds the interpreter lock for ``HOLD_S``."""
        pointer = shiboken6.getCppPointer(made)[0]
        took: list[float] = []
        started = threading.Event()

        def native() -> None:
            started.set()
            took.append(self._probe.connect_and_disconnect(self._core._handle, pointer))

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
        assert took and took[0] >= 0, "the probe did not find QObject::connect in QtCore"
        return took[0]


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Probe]:
    compiler = shutil.which("cc") or shutil.which("gcc")
    assert compiler, "a C compiler is needed (make installs gcc)"
    library = tmp_path_factory.mktemp("probe") / "media_thread_probe.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-O1", "-o", str(library), str(PROBE_C), "-ldl"],
        check=True,
    )
    yield Probe(library)


MAKERS: dict[str, Callable[[], Any]] = {
    "media player": QMediaPlayer,
    "audio output": QAudioOutput,
    "video sink": QVideoSink,
}


@pytest.mark.parametrize("kind", list(MAKERS))
def test_a_media_thread_never_waits_for_python_on_what_the_app_makes(
    qapp: Any, probe: Probe, kind: str
) -> None:
    made = for_media_threads(MAKERS[kind]())
    assert probe.seconds_while_python_is_busy(made) < HOLD_S / 4


def test_an_object_made_without_it_would_have_waited(qapp: Any, probe: Probe) -> None:
    """The probe can tell: the same object made plainly waits for the lock."""
    made = QAudioOutput()
    assert probe.seconds_while_python_is_busy(made) >= HOLD_S * 0.8


def test_every_media_object_the_app_makes_is_made_ready_for_media_threads() -> None:
    """A source check, so a new player or sink cannot bring the freeze back."""
    app_dir = Path(__file__).parent.parent.parent / "app"
    made = re.compile(r"(?<![\w.])(QMediaPlayer|QAudioOutput|QVideoSink)\(")
    unready = [
        f"{path.relative_to(app_dir.parent)}:{number}: {line.strip()}"
        for path in app_dir.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for found in made.finditer(line)
        if not line[: found.start()].rstrip().endswith("for_media_threads(")
    ]
    assert unready == []
