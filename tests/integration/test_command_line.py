"""The real command line, run as a separate process on a brand-new data dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and "silver-classroom" in result.stdout


def test_admin_catalog_lists_bundled_courses_with_options_anywhere(data_dir: Path) -> None:
    before = run("--data-dir", str(data_dir), "--lang", "zh_CN", "admin", "catalog", "--json")
    after = run("admin", "catalog", "--json", "--data-dir", str(data_dir), "--lang", "zh_CN")
    assert before.returncode == 0, before.stderr
    assert before.stdout == after.stdout
    courses = json.loads(before.stdout)
    assert len(courses) >= 2
    assert {"id", "title", "topic", "lesson_count", "source"} <= set(courses[0])
    assert any(c["id"] == "silver-basics.smartphone" and "手机" in c["title"] for c in courses)
    english = json.loads(
        run("admin", "catalog", "--json", "--data-dir", str(data_dir), "--lang", "en").stdout
    )
    assert any(
        c["id"] == "silver-basics.smartphone" and "phone" in c["title"].lower() for c in english
    )


def test_usage_error_exits_2_with_one_line(data_dir: Path) -> None:
    result = run("--data-dir", str(data_dir), "admin", "no-such-verb")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0


@pytest.mark.parametrize(
    "key", ["home", "catalog", "course:silver-basics.scams", "lesson:silver-basics.taichi.safety"]
)
def test_screenshot_renders_any_page_on_a_new_data_dir(
    data_dir: Path, tmp_path: Path, key: str
) -> None:
    out = tmp_path / "shot.png"
    result = run(
        "--screenshot",
        str(out),
        "--page",
        key,
        "--size",
        "1024x700",
        "--data-dir",
        str(data_dir),
        "--text-scale",
        "200",
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)


@pytest.mark.parametrize("key", ["nowhere", "course:no-such-course", "lesson:missing"])
def test_unknown_page_exits_2_with_a_plain_line(data_dir: Path, tmp_path: Path, key: str) -> None:
    result = run(
        "--screenshot",
        str(tmp_path / "x.png"),
        "--page",
        key,
        "--data-dir",
        str(data_dir),
        "--lang",
        "en",
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"There is no page called “{key}”."]
    assert not (tmp_path / "x.png").exists()


def test_window_without_a_display_says_so_plainly(data_dir: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "No screen was found" in result.stderr and "--screenshot" in result.stderr
    assert "Traceback" not in result.stderr


def test_command_line_language_does_not_change_the_stored_setting(
    data_dir: Path, tmp_path: Path
) -> None:
    from tests.conftest import make_services

    assert (
        run(
            "--screenshot", str(tmp_path / "a.png"), "--lang", "en", "--data-dir", str(data_dir)
        ).returncode
        == 0
    )
    services = make_services(data_dir)
    try:
        profile = services.profiles.default()
        assert services.learner(profile).settings.load()["language"] == "zh_CN"
    finally:
        services.close()
