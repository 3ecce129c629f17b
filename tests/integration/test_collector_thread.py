"""Why every Qt object of a window hangs in the window's tree (docs/architecture.md).

Python's collector runs in whichever thread allocates when a generation fills up. A
media player owned by Python alone and left in a reference cycle is then destroyed on a
background thread: on this machine's Qt that crashes the process or, at best, stops its
timers from the wrong thread. The same voice in a window's tree, with the window deleted
by ``deleteLater()``, is always destroyed on the GUI thread. Fresh interpreters, real
players (``tests/native/probe_collector_thread.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "native" / "probe_collector_thread.py"


def probe(mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(PROBE), mode],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_a_python_owned_player_is_destroyed_by_a_background_thread() -> None:
    done = probe("python-owned")
    crashed = done.returncode != 0
    wrong_thread = "background-work" in (json.loads(done.stdout) if done.stdout else [])
    assert crashed or wrong_thread, done.stdout + done.stderr[-2000:]


def test_a_player_in_a_windows_tree_is_destroyed_on_the_gui_thread() -> None:
    done = probe("window-owned")
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == ["MainThread"]
