"""Every option that takes a path, given a missing folder, a file where a folder belongs or
a folder where a file belongs: one plain line, exit 1 (2 for usage), nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

MISSING = "The folder “{missing}” does not exist"
IS_FILE = "“{file}” is a file. Please name a folder."
IS_FOLDER = "“{folder}” is a folder. Please name a file."
NO_FILE = "There is no file “{missing}"

DATA = ["--data-dir", "{data}"]
COURSE = "silver-basics.smartphone"

# (command line, expected sentence); {missing}, {file}, {folder} and {data} are filled in
CASES: list[tuple[list[str], str]] = [
    (["--data-dir", "{missing}/data", "admin", "catalog"], MISSING),
    (["--data-dir", "{file}", "admin", "catalog"], IS_FILE),
    (["--data-dir", "{file}/data", "admin", "catalog"], IS_FILE),
    ([*DATA, "--policy", "{missing}/policy.toml", "admin", "catalog"], NO_FILE),
    ([*DATA, "--policy", "{folder}", "admin", "catalog"], IS_FOLDER),
    ([*DATA, "--screenshot", "{missing}/x.png", "--page", "home"], MISSING),
    ([*DATA, "--screenshot", "{folder}", "--page", "home"], IS_FOLDER),
    ([*DATA, "--screenshot", "{file}/x.png", "--page", "home"], IS_FILE),
    ([*DATA, "admin", "import-pack", "{missing}/pack.zip"], NO_FILE),
    ([*DATA, "admin", "import-pack", "{folder}"], IS_FOLDER),
    ([*DATA, "admin", "export-pack", COURSE, "{missing}/pack.zip"], MISSING),
    ([*DATA, "admin", "export-pack", COURSE, "{folder}"], IS_FOLDER),
    ([*DATA, "admin", "export-pack", COURSE, "{file}/pack.zip"], IS_FILE),
    ([*DATA, "admin", "export-profile", "me", "{missing}/me.json"], MISSING),
    ([*DATA, "admin", "export-profile", "me", "{folder}"], IS_FOLDER),
    ([*DATA, "admin", "import-profile", "{missing}/me.json"], NO_FILE),
    ([*DATA, "admin", "import-profile", "{folder}"], IS_FOLDER),
    ([*DATA, "admin", "schedule", "import", "{missing}/week.ics"], NO_FILE),
    ([*DATA, "admin", "schedule", "import", "{folder}"], IS_FOLDER),
    ([*DATA, "admin", "schedule", "export", "{missing}/week.ics"], MISSING),
    ([*DATA, "admin", "schedule", "export", "{folder}"], IS_FOLDER),
    ([*DATA, "admin", "schedule", "print", "{missing}/week.pdf"], MISSING),
    ([*DATA, "admin", "schedule", "print", "{folder}"], IS_FOLDER),
    ([*DATA, "admin", "schedule", "print", "{file}/week.pdf"], IS_FILE),
    ([*DATA, "admin", "render-audio", "--text", "你好", "--out", "{missing}/a.wav"], MISSING),
    ([*DATA, "admin", "render-audio", "--text", "你好", "--out", "{folder}"], IS_FOLDER),
]


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def listing(folder: Path) -> list[str]:
    """Every file and folder under ``folder`` but the data folder's own databases (an
    admin verb opens the data folder before it looks at its file)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.parent.name != "data")


IDS = [" ".join(a for a in args if a not in DATA) for args, _ in CASES]


@pytest.mark.parametrize(("args", "sentence"), CASES, ids=IDS)
def test_a_bad_path_is_one_plain_line_and_exit_1(
    tmp_path: Path, args: list[str], sentence: str
) -> None:
    names = {
        "missing": str(tmp_path / "no-such-folder"),
        "file": str(tmp_path / "notes.txt"),
        "folder": str(tmp_path / "a-folder"),
        "data": str(tmp_path / "data"),
    }
    (tmp_path / "notes.txt").write_text("a file, not a folder\n", encoding="utf-8")
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "data").mkdir()
    before = listing(tmp_path)
    result = run([a.format(**names) for a in args])
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and sentence.format(**names) in lines[0], result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert listing(tmp_path) == before  # nothing made, nothing half-written


def test_a_missing_path_argument_is_a_usage_error(tmp_path: Path) -> None:
    result = run(["--data-dir", str(tmp_path), "admin", "schedule", "print"])
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
