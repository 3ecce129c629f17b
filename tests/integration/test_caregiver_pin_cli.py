"""A forgotten caregiver PIN is cleared from the command line, by whoever owns the computer."""

from __future__ import annotations

import json
from pathlib import Path

from app.services.caregiver import CaregiverLock
from app.services.clock import SystemClock
from app.services.store.database import connect
from app.services.store.schema import MACHINE_MIGRATIONS
from tests.integration.test_command_line import run


def test_caregiver_pin_reset_clears_a_forgotten_pin(data_dir: Path) -> None:
    assert run("--data-dir", str(data_dir), "admin", "catalog", "--json").returncode == 0
    machine = connect(data_dir / "machine.sqlite3", MACHINE_MIGRATIONS)
    CaregiverLock(machine, SystemClock()).set_pin("4321")
    machine.close()

    result = run("admin", "caregiver-pin", "reset", "--data-dir", str(data_dir), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "caregiver PIN was cleared" in result.stdout
    machine = connect(data_dir / "machine.sqlite3", MACHINE_MIGRATIONS)
    assert not CaregiverLock(machine, SystemClock()).is_set()

    again = run("--data-dir", str(data_dir), "admin", "caregiver-pin", "reset", "--json")
    assert json.loads(again.stdout) == {"cleared": False}
    chinese = run("--data-dir", str(data_dir), "--lang", "zh_CN", "admin", "caregiver-pin", "reset")
    assert chinese.returncode == 0 and "没有" in chinese.stdout


def test_caregiver_pin_without_an_action_is_a_usage_error(data_dir: Path) -> None:
    result = run("--data-dir", str(data_dir), "admin", "caregiver-pin")
    assert result.returncode == 2
