"""The app's event loop survives tens of thousands of timers (PySide6 6.12 lost None refs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import asyncio
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from app.ui.event_loop import SilverEventLoop
app = QApplication([])
loop = SilverEventLoop(app, already_running=False)
asyncio.set_event_loop(loop)

async def many_timers():
    for _ in range(20000):
        await asyncio.sleep(0)

loop.run_until_complete(many_timers())
class Probe(QObject):
    busy = Signal(bool)

probe = Probe()
probe.busy.connect(lambda busy: None)
for _ in range(20000):
    probe.killTimer(probe.startTimer(60000))  # returns None: loses a reference to None
    probe.busy.emit(True)  # a bool to a Python slot: loses a reference to True
print("still running")
"""


def test_a_long_session_of_timers_does_not_abort_the_app(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert "still running" in done.stdout
