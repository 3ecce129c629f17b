"""Qt's media threads never wait for Python on the objects the app makes.

The freeze this guards against (docs/media-threads.md): the window's thread holds the
interpreter lock inside ``QMediaPlayer.stop()`` waiting for an FFmpeg thread, and that
thread, connecting to or disconnecting from a Python-made player, audio output or video
sink, waits for the lock. A real native thread (tests/native/media_thread_probe.c) does
what the FFmpeg threads do while the main thread holds the lock for a second, in a fresh
interpreter (tests/native/probe_media_threads.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
HOLD_S = 1.0


@pytest.fixture(scope="module")
def seconds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """Seconds the native thread took, per kind of object (and the plain control)."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    assert compiler, "a C compiler is needed (make installs gcc)"
    library = tmp_path_factory.mktemp("probe") / "media_thread_probe.so"
    source = ROOT / "tests" / "native" / "media_thread_probe.c"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-O1", "-o", str(library), str(source), "-ldl"],
        check=True,
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.native.probe_media_threads", str(library)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("kind", ["media player", "audio output", "video sink"])
def test_a_media_thread_never_waits_for_python_on_what_the_app_makes(
    seconds: dict[str, float], kind: str
) -> None:
    assert 0 <= seconds[kind] < HOLD_S / 4


def test_an_object_made_without_it_would_have_waited(seconds: dict[str, float]) -> None:
    """The probe can tell: the same kind of object made plainly waits for the lock."""
    assert seconds["plain audio output"] >= HOLD_S / 2


def test_every_media_object_the_app_makes_is_made_ready_for_media_threads() -> None:
    """A source check, so a new player or sink cannot bring the freeze back."""
    made = re.compile(r"(?<![\w.])(QMediaPlayer|QAudioOutput|QVideoSink)\(")
    unready = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in (ROOT / "app").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for found in made.finditer(line)
        if not line[: found.start()].rstrip().endswith("for_media_threads(")
    ]
    assert unready == []
