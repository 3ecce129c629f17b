"""Which video height "Save for offline" keeps: a caregiver's choice for the whole computer.

Saved videos live in the machine-wide media folder, shared by every learner, so the
choice is a machine setting (``machine_settings`` key ``offline_media.video_height``,
default ``DEFAULT_HEIGHT``), like the speech cache's limit. The caregiver picks it on
the settings page (behind the caregiver PIN); ``admin save-offline --video-height N``
overrides it for one run. The rule that uses it is ``app.core.hls_choice``.
"""

from __future__ import annotations

import sqlite3

from app.core.hls_choice import DEFAULT_HEIGHT, VIDEO_HEIGHTS
from app.services.store.database import transaction

HEIGHT_KEY = "offline_media.video_height"


def read_video_height(conn: sqlite3.Connection) -> int:
    """The caregiver's choice from the machine database (the default if none is set)."""
    try:
        row = conn.execute(
            "SELECT value FROM machine_settings WHERE key = ?", (HEIGHT_KEY,)
        ).fetchone()
        height = int(row[0]) if row else DEFAULT_HEIGHT
    except (sqlite3.Error, TypeError, ValueError):  # a damaged database: ``admin check`` says so
        return DEFAULT_HEIGHT
    return height if height > 0 else DEFAULT_HEIGHT


def write_video_height(conn: sqlite3.Connection, height: int) -> None:
    """Remember ``height`` (one of ``VIDEO_HEIGHTS``, else ``ValueError``) for every later save."""
    if height not in VIDEO_HEIGHTS:
        raise ValueError(f"video height {height} is not one of {VIDEO_HEIGHTS}")
    with transaction(conn):
        conn.execute(
            "INSERT INTO machine_settings(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (HEIGHT_KEY, str(height)),
        )
