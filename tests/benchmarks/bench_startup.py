"""Benchmark (not a test): start to interactive home vs a bare PySide6 window, same run.

Run with `make bench`. Goal (docs/requirements.md#performance-goals): ≤ 1.5 × the bare
window, RSS ≤ 150 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import time, resource
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("hello"); w.resize(1366, 768); w.show(); app.processEvents()
print(time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

APP = """
import time, resource, sys
t0 = time.perf_counter()
from app.__main__ import build_services
from app.cli.options import parse
from app.services.clock import SystemClock
from app.services.secrets.keyring_store import KeyringSecretStore, system_backend
from app.ui.qt_app import start_qt
from app.ui.window_builder import build_window
services = build_services(parse(["--data-dir", sys.argv[1]], []), lang_fallback="zh_CN",
                          clock=SystemClock(), secrets=KeyringSecretStore(system_backend))
start_qt("zh_CN", offscreen=True)
window = build_window(services, services.chosen_profile(None)).window
window.resize(1366, 768); window.open("home"); window.show()
from PySide6.QtWidgets import QApplication
QApplication.processEvents()
print(time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def measure(code: str, *args: str, runs: int = 5) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    # As installed on a learner's PC: bytecode cached after the first start (this sandbox
    # sets PYTHONDONTWRITEBYTECODE, which would make every start recompile the app).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times, rss = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
        ).stdout.split()
        times.append(float(out[0]))
        rss.append(float(out[1]) / 1024)
    return statistics.median(times), max(rss)


def test_bench_startup() -> None:
    bare_s, bare_mb = measure(BARE)
    with tempfile.TemporaryDirectory() as data:
        measure(APP, data, runs=1)  # first start creates the databases
        app_s, app_mb = measure(APP, data)
    print(f"\nbare PySide6 window: {bare_s * 1000:.0f} ms, {bare_mb:.0f} MB")
    print(f"Silver Classroom home: {app_s * 1000:.0f} ms, {app_mb:.0f} MB")
    print(f"ratio: {app_s / bare_s:.2f} (goal ≤ 1.5), RSS goal ≤ 150 MB")
