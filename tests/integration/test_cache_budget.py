"""The shared speech cache stays under its limit: least recently played clips go first,
pack audio never (issue 17 item 5). Real files on disk, real admin commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.services.speech.cache_budget import CacheBudget

ROOT = Path(__file__).resolve().parents[2]
MB = 2**20


def clip(folder: Path, name: str, played_at: float, size: int = MB) -> Path:
    path = folder / name[:2] / f"{name}.ogg"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\0" * size)
    path.with_suffix(".json").write_text("[]")
    os.utime(path, (played_at, played_at))
    return path


def test_trim_removes_the_clips_played_longest_ago_and_never_pack_audio(tmp_path: Path) -> None:
    cache = tmp_path / "audio-cache"
    old = [clip(cache, f"a{i}", 1000 + i) for i in range(4)]  # played long ago, oldest first
    pack = clip(cache, "pk", 10)  # the oldest of all, but it came with a pack
    recent = clip(cache, "zz", 2000)
    budget = CacheBudget(cache, limit_mb=3)
    budget.pin("silver-basics", [pack])
    assert budget.size().evictable == 5 * MB and budget.size().pinned == MB

    freed = budget.trim()

    assert freed == 2 * MB
    assert [p.exists() for p in old] == [False, False, True, True]
    assert not old[0].with_suffix(".json").exists()  # its word timings went with it
    assert pack.exists() and recent.exists()
    assert budget.size().evictable == 3 * MB


def test_playing_a_clip_keeps_it(tmp_path: Path) -> None:
    cache = tmp_path / "audio-cache"
    first, second = clip(cache, "a1", 1000), clip(cache, "a2", 1001)
    CacheBudget.touch(first)  # played again just now
    CacheBudget(cache, limit_mb=1).trim()
    assert first.exists() and not second.exists()


def admin(data: Path, *args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data), "admin", *args, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode in (0, 1), done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_caregiver_sets_the_limit_and_admin_check_shows_the_size(tmp_path: Path) -> None:
    data = tmp_path / "data"
    clip(data / "audio-cache", "a1", 1000, 3 * MB)
    assert admin(data, "audio-cache")["limit_mb"] == 500  # the default
    report = admin(data, "audio-cache", "--limit-mb", "200")
    assert report["limit_mb"] == 200 and report["used_mb"] == 3.0
    checks = {c["key"]: c for c in admin(data, "check")["checks"]}  # type: ignore[attr-defined]
    assert "3 MB" in checks["speech_cache"]["detail"]
    assert "200 MB" in checks["speech_cache"]["detail"]
