"""The shared speech cache stays under a size a caregiver chooses (issue 17 item 5).

Every sentence read aloud is kept (``audio_cache``), so a PC that reads platform
courses at three speeds would otherwise grow its cache without end. When the cache is
over its limit, the clips played longest ago go first (playing a clip sets its file
time: ``touch``); a clip's word-timing file goes with it. Audio that came with a pack
(pre-rendered by ``admin render-audio --pack``, listed in ``pinned-<pack>.txt``) is
never removed and does not count against the limit: it was put there on purpose.

The limit is a machine setting (``machine_settings`` key ``audio_cache.limit_mb``,
default 500 MB), set with ``admin audio-cache --limit-mb N``. Trimming walks the
folder, so it runs in the speech worker process, never on the GUI thread.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

DEFAULT_LIMIT_MB = 500
LIMIT_KEY = "audio_cache.limit_mb"
PINNED_GLOB = "pinned-*.txt"
CLIPS = (".ogg", ".wav")


def read_limit_mb(conn: sqlite3.Connection) -> int:
    """The caregiver's limit from the machine database (the default if none is set)."""
    try:
        row = conn.execute(
            "SELECT value FROM machine_settings WHERE key = ?", (LIMIT_KEY,)
        ).fetchone()
        return max(0, int(row[0])) if row else DEFAULT_LIMIT_MB
    except (sqlite3.Error, TypeError, ValueError):  # a damaged database: ``admin check`` says so
        return DEFAULT_LIMIT_MB


def write_limit_mb(conn: sqlite3.Connection, limit_mb: int) -> None:
    with conn:
        conn.execute(
            "INSERT INTO machine_settings(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (LIMIT_KEY, str(limit_mb)),
        )


@dataclass(frozen=True, slots=True)
class CacheSize:
    """Bytes in the cache: what may be evicted and what came with packs."""

    evictable: int
    pinned: int
    clips: int

    @property
    def total(self) -> int:
        return self.evictable + self.pinned


class CacheBudget:
    def __init__(self, folder: Path, limit_mb: int = DEFAULT_LIMIT_MB) -> None:
        self.folder = folder
        self.limit = limit_mb * 2**20

    @staticmethod
    def touch(path: Path) -> None:
        """``path`` was just played: it is the last to be evicted."""
        with contextlib.suppress(OSError):  # a clip removed meanwhile is rendered again
            os.utime(path)

    def pin(self, name: str, clips: list[Path]) -> None:
        """Keep ``clips`` for good (a pack's pre-rendered audio), listed under ``name``."""
        self.folder.mkdir(parents=True, exist_ok=True)
        lines = sorted({str(p.relative_to(self.folder)) for p in clips})
        (self.folder / f"pinned-{name}.txt").write_text("\n".join(lines) + "\n", "utf-8")

    def _pinned(self) -> set[str]:
        keep: set[str] = set()
        for listing in self.folder.glob(PINNED_GLOB):
            try:
                keep.update(line for line in listing.read_text("utf-8").splitlines() if line)
            except OSError:
                continue
        return keep

    def _clips(self) -> tuple[list[tuple[float, int, Path]], int]:
        """(played-at, bytes, path) of evictable clips, and the bytes of pinned ones."""
        keep = self._pinned()
        free: list[tuple[float, int, Path]] = []
        pinned = 0
        if not self.folder.is_dir():
            return free, pinned
        for sub in os.scandir(self.folder):
            if not sub.is_dir():
                continue
            for entry in os.scandir(sub.path):
                if not entry.name.endswith(CLIPS) or entry.name.startswith("."):
                    continue
                try:
                    info = entry.stat()
                except OSError:
                    continue
                if f"{sub.name}/{entry.name}" in keep:
                    pinned += info.st_size
                else:
                    free.append((info.st_mtime, info.st_size, Path(entry.path)))
        return free, pinned

    def size(self) -> CacheSize:
        free, pinned = self._clips()
        return CacheSize(sum(size for _, size, _ in free), pinned, len(free))

    def trim(self) -> int:
        """Remove the clips played longest ago until the evictable part fits the limit;
        returns the bytes freed."""
        free, _ = self._clips()
        used = sum(size for _, size, _ in free)
        freed = 0
        for _, size, path in sorted(free):
            if used - freed <= self.limit:
                break
            try:
                path.unlink()
                path.with_suffix(".json").unlink(missing_ok=True)
            except OSError:
                continue
            freed += size
        return freed
