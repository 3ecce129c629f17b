"""Bookmarks survive a writer killed with SIGKILL at random moments.

The durability rules are in docs/requirements.md#local-data.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 200


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_bookmarks_whose_commit_returned_survive_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "learner.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(7)
    committed: set[str] = set()
    for run in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-S", str(WRITER), str(db), str(run)],
            stdout=subprocess.PIPE,
            env=env,
        )
        # Even runs: killed anywhere from start-up (opening, migrating) on. Odd runs: killed
        # at a random moment after the first commit returned, however slow the machine is
        # to start a process (a busy 2-core CI machine may take longer than any fixed wait).
        head = b""
        if run % 2:
            assert proc.stdout is not None
            head = proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.12))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        out = head + out
        assert proc.returncode == -signal.SIGKILL
        # Only complete lines count: a line is printed after its commit returned.
        lines = out.decode().split("\n")
        committed.update(line for line in lines[:-1] if line)
    assert len(committed) >= KILLS // 2  # the writers did get work done between kills

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in conn.execute("SELECT quote FROM bookmarks")}
    finally:
        conn.close()
    missing = committed - stored
    assert not missing, f"{len(missing)} committed bookmarks lost, e.g. {sorted(missing)[:5]}"
