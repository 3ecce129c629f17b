"""Setting up classroom PCs by script, and one running app per data dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from app.services.single_instance import SingleInstance
from tests.classroom_helpers import files_containing

ROOT = Path(__file__).resolve().parents[2]


def app(
    data_dir: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--lang", "en", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )


def test_profiles_are_scripted_without_prompts(data_dir: Path) -> None:
    added = app(data_dir, "admin", "profiles", "add", "Wang Fang", "--avatar", "lantern")
    assert added.returncode == 0, added.stderr
    assert "Added Wang Fang." in added.stdout
    with_pin = app(data_dir, "admin", "profiles", "add", "Li Na", "--pin-stdin", stdin="902417\n")
    assert with_pin.returncode == 0, with_pin.stderr
    assert "902417" not in with_pin.stdout + with_pin.stderr

    again = app(data_dir, "admin", "profiles", "add", "wang fang")
    assert again.returncode == 1
    assert "already a learner called" in again.stderr and "wang fang 2" in again.stderr
    assert "Traceback" not in again.stderr

    bad_pin = app(data_dir, "admin", "profiles", "add", "Zhou", "--pin-stdin", stdin="12\n")
    assert bad_pin.returncode == 1 and "4 to 6 digits" in bad_pin.stderr

    listed = app(data_dir, "admin", "profiles", "list", "--json")
    rows = json.loads(listed.stdout)
    assert [(r["name"], r["avatar"], r["has_pin"]) for r in rows] == [
        ("Li Na", rows[0]["avatar"], True),
        ("Wang Fang", "lantern", False),
    ]
    assert files_containing(data_dir, b"902417") == []

    reset = app(data_dir, "admin", "profiles", "reset-pin", "li na")
    assert reset.returncode == 0 and "cleared" in reset.stdout
    rows = json.loads(app(data_dir, "admin", "profiles", "list", "--json").stdout)
    assert not any(r["has_pin"] for r in rows)

    removed = app(data_dir, "admin", "profiles", "remove", "Wang Fang")
    assert removed.returncode == 0, removed.stderr
    rows = json.loads(app(data_dir, "admin", "profiles", "list", "--json").stdout)
    assert [r["name"] for r in rows] == ["Li Na"]

    missing = app(data_dir, "admin", "profiles", "remove", "Nobody")
    assert missing.returncode == 1 and "no learner called “Nobody”" in missing.stderr

    usage = app(data_dir, "admin", "profiles", "add")
    assert usage.returncode == 2


def test_check_reports_each_part_and_fails_on_a_damaged_database(data_dir: Path) -> None:
    app(data_dir, "admin", "profiles", "add", "Wang")
    report = app(data_dir, "admin", "check", "--json")
    result = json.loads(report.stdout)
    keys = [c["key"] for c in result["checks"]]
    assert keys == [
        *("data_dir", "databases", "speech", "speech_cache", "audio", "video", "fonts"),
        "keyring",
        "policy",
    ]
    by_key = {c["key"]: c for c in result["checks"]}
    assert by_key["data_dir"]["status"] == by_key["databases"]["status"] == "ok"
    assert by_key["fonts"]["status"] == "ok", "fonts-noto-cjk and fonts-wqy-microhei are here"
    assert by_key["speech"]["status"] == "ok" and "cmn" in by_key["speech"]["detail"]
    assert report.returncode == (0 if result["usable"] else 1)

    learner = next((data_dir / "profiles").glob("*/learner.sqlite3"))
    for suffix in ("-wal", "-shm"):
        Path(str(learner) + suffix).unlink(missing_ok=True)
    learner.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)
    broken = app(data_dir, "admin", "check")
    assert broken.returncode == 1
    assert "NO   Saved data: damaged" in broken.stdout
    assert "→ What to do: the app could not repair this" in broken.stdout
    assert "Learners cannot use the app" in broken.stdout
    assert "Traceback" not in broken.stderr


def test_check_without_sound_or_password_store_works_with_limits(data_dir: Path) -> None:
    """Speech, fonts and a writable folder but no password store (and, on CI, no sound):
    learners can use the app, so the check passes with warnings saying what to do."""
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    report = app(data_dir, "admin", "check", "--json", env=env)
    result = json.loads(report.stdout)
    by_key = {c["key"]: c for c in result["checks"]}
    assert by_key["keyring"]["status"] == "warning" and "gnome-keyring" in by_key["keyring"]["fix"]
    assert by_key["audio"]["status"] in {"ok", "warning"}
    assert by_key["video"]["status"] == "ok" and by_key["video"]["detail"] == "videos play"
    assert {c["status"] for c in result["checks"]} <= {"ok", "warning"}
    assert result["usable"] and report.returncode == 0
    text = app(data_dir, "admin", "check", env=env)
    assert text.returncode == 0
    assert "NOTE Password store: none found" in text.stdout
    assert "Learners can use the app, with the limits in the NOTE lines above." in text.stdout


def test_no_sound_output_is_a_warning_with_what_to_do() -> None:
    from app.services.machine_check import Status, check_audio

    none = check_audio(lambda text: text, outputs=list)
    assert none.status is Status.WARNING and "connect speakers" in none.fix
    found = check_audio(lambda text: text, outputs=lambda: ["Built-in speakers"])
    assert found.status is Status.OK and found.detail == "Built-in speakers"


def test_video_playback_is_checked_by_decoding_a_real_clip(tmp_path: Path) -> None:
    import gc

    import shiboken6
    from PySide6.QtCore import QEventLoop
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    from app.services.machine_check import Status, check_video, video_decodes

    def alive() -> dict[int, str]:
        kinds = (QEventLoop, QMediaPlayer, QVideoSink)
        return {
            id(o): type(o).__name__
            for o in gc.get_objects()
            if isinstance(o, kinds) and shiboken6.isValid(o)
        }

    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"not a video at all" * 100)
    gc.collect()
    gc.disable()  # what the check leaves behind stays visible below
    try:
        before = alive()  # other tests' players in this process, if any
        ok = check_video(lambda text: text)  # the bundled clip, through QtMultimedia
        broken = check_video(lambda text: text, decodes=lambda: video_decodes(bad))
        left = [name for key, name in alive().items() if key not in before]
    finally:
        gc.enable()
    assert ok.status is Status.OK and ok.detail == "videos play"
    assert broken.status is Status.WARNING and "could not be played" in broken.detail
    assert "reinstall the app" in broken.fix
    # nothing of the check is left for the collector to delete on some other thread
    assert left == []


def test_check_names_a_broken_policy(data_dir: Path, tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("classroom_mode = maybe\n", encoding="utf-8")
    report = app(data_dir, "admin", "check", "--policy", str(policy))
    assert report.returncode == 1
    assert "NO   Classroom policy:" in report.stdout and "cannot be used" in report.stdout
    assert "→ What to do: correct the policy file" in report.stdout


def test_second_start_asks_the_first_to_show_itself(qtbot: Any, data_dir: Path) -> None:
    first = SingleInstance(data_dir / "instance.lock")
    assert first.acquire()
    try:
        assert not SingleInstance(data_dir / "instance.lock").acquire()  # same dir: taken
        with qtbot.waitSignal(first.message_received, timeout=30000) as arrived:
            second = subprocess.Popen(
                [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--lang", "en"],
                env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
        assert arrived.args == ["show"]
        _, err = second.communicate(timeout=30)
        assert second.returncode == 0
        assert "already open" in err
    finally:
        first.release()
    other = SingleInstance(data_dir / "instance.lock")
    assert other.acquire()  # free again once the first one is gone
    other.release()


def test_two_data_dirs_run_side_by_side(tmp_path: Path) -> None:
    a, b = (
        SingleInstance(tmp_path / "a" / "instance.lock"),
        SingleInstance(tmp_path / "b" / "instance.lock"),
    )
    assert a.acquire() and b.acquire()
    a.release()
    b.release()


def test_policy_api_base_applies_unless_the_command_line_names_one(
    data_dir: Path, tmp_path: Path
) -> None:
    from tests.conftest import make_services

    policy = tmp_path / "policy.toml"
    policy.write_text('api_base = "https://school.example.org/silver"\n', encoding="utf-8")
    svc = make_services(data_dir, "--policy", str(policy))
    assert svc.api_base == "https://school.example.org/silver"
    svc.close()
    svc = make_services(data_dir, "--policy", str(policy), "--api-base", "http://127.0.0.1:9")
    assert svc.api_base == "http://127.0.0.1:9"
    svc.close()


def test_policy_packs_are_installed_once(data_dir: Path, tmp_path: Path) -> None:
    from tests.conftest import MINI_PACK, make_services

    policy = tmp_path / "policy.toml"
    policy.write_text(f'packs = ["{MINI_PACK.as_posix()}"]\n', encoding="utf-8")
    svc = make_services(data_dir, "--policy", str(policy))
    installed = data_dir / "packs" / "mini" / "pack.json"
    assert installed.is_file()
    assert {"mini.tea", "mini.walk"} <= set(svc.catalog.catalog.courses)  # learners see it
    stamp = installed.stat().st_mtime_ns
    svc.close()
    make_services(data_dir, "--policy", str(policy)).close()
    assert installed.stat().st_mtime_ns == stamp  # same version: not copied again
