"""Benchmark: the whole app started to a painted home page, beside a bare PySide6 window.

Both are measured from outside, as a learner meets them: the wall time of the process
from start to exit and its peak RSS from ``os.wait4`` (never ``ru_maxrss`` of a child
read by the child: it inherits the high-water mark of a large parent across ``exec``).
Both processes render their window and save a screenshot, so each pays for a paint.
Runs alternate (bare, app, bare, app …) and the medians are compared, so machine load
hits both alike. Goal (docs/requirements.md#performance-goals): ≤ 1.5 × the bare window,
in time and in RSS.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_table import Row

ROOT = Path(__file__).resolve().parents[2]
GOAL = 1.5

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("hello"); w.resize(1366, 768); w.show(); app.processEvents()
w.grab().save(sys.argv[1])
"""


def measured(command: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one run of ``command``, from outside it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    # As installed on a learner's PC: bytecode cached after the first start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited with {process.returncode}")
    return wall, usage.ru_maxrss / 1024


def rows(runs: int = 7) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bare = [sys.executable, "-c", BARE, str(folder / "bare.png")]
        app = [
            sys.executable,
            *("-m", "app", "--data-dir", str(folder / "data")),
            *("--screenshot", str(folder / "home.png"), "--page", "home"),
        ]
        measured(app)  # the first start creates the databases and installs the pack
        measured(bare)
        bare_runs, app_runs = [], []
        for _ in range(runs):
            bare_runs.append(measured(bare))
            app_runs.append(measured(app))
    bare_s = statistics.median(r[0] for r in bare_runs)
    app_s = statistics.median(r[0] for r in app_runs)
    bare_mb = statistics.median(r[1] for r in bare_runs)
    app_mb = statistics.median(r[1] for r in app_runs)
    return [
        Row(
            "start-up to painted home (whole process)",
            app_s * 1000,
            "ms",
            bare_s * 1000,
            "bare PySide6 window",
            f"≤ {GOAL}×",
            app_s / bare_s <= GOAL,
        ),
        Row(
            "peak RSS at start-up (whole process)",
            app_mb,
            "MB",
            bare_mb,
            "bare PySide6 window",
            f"≤ {GOAL}×",
            app_mb / bare_mb <= GOAL,
        ),
    ]


if __name__ == "__main__":
    for row in rows():
        print(row)
