"""Where a learner stopped in each video or recording, and which ones they watched.

Part of the learner's progress (issue 15): the player opens a lesson's video at the last
position and marks it "watched" after 90 %; the profile file carries the rows under
``media`` (``export_rows`` / ``check_rows`` / ``import_rows``), so a learner who moves to
another computer goes on where they stopped. This module is the one place that knows the
``media_positions`` table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core import profile_file as pf
from app.services.store.database import placeholders, transaction

WATCHED_SHARE = 0.9  # "watched" after 90 % of the media
_COLUMNS = "lesson_id, course_id, position_ms, duration_ms, watched, updated_at"


@dataclass(frozen=True, slots=True)
class MediaPosition:
    """Where the learner stopped in one video or recording, and whether they watched it."""

    lesson_id: str
    course_id: str
    position_ms: int
    duration_ms: int
    watched: bool
    updated_at: str


class MediaPositionRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, lesson_id: str) -> MediaPosition | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM media_positions WHERE lesson_id = ?", (lesson_id,)
        ).fetchone()
        return _row(row) if row else None

    def save(
        self, lesson_id: str, course_id: str, position_ms: int, duration_ms: int, now: datetime
    ) -> bool:
        """Keep the position; returns whether the media counts as watched now (once
        watched, always watched: going back to the start does not undo it)."""
        reached = duration_ms > 0 and position_ms >= WATCHED_SHARE * duration_ms
        with transaction(self._conn) as conn:
            conn.execute(
                f"INSERT INTO media_positions({_COLUMNS}) VALUES (?,?,?,?,?,?)"
                " ON CONFLICT(lesson_id) DO UPDATE SET position_ms = excluded.position_ms,"
                " duration_ms = excluded.duration_ms, updated_at = excluded.updated_at,"
                " watched = max(watched, excluded.watched)",
                (lesson_id, course_id, max(0, position_ms), max(0, duration_ms),
                 int(reached), now.isoformat()),
            )  # fmt: skip
        found = self.get(lesson_id)
        return found is not None and found.watched

    def all(self) -> list[MediaPosition]:
        return [
            _row(r)
            for r in self._conn.execute(
                f"SELECT {_COLUMNS} FROM media_positions ORDER BY lesson_id"
            )
        ]

    # ------------------------------------------------------------ profile file
    def export_rows(self) -> list[dict[str, Any]]:
        """The profile file's ``media`` rows (by lesson)."""
        return [
            {
                "lesson_id": p.lesson_id,
                "course_id": p.course_id,
                "position_ms": p.position_ms,
                "duration_ms": p.duration_ms,
                "watched": p.watched,
                "updated_at": p.updated_at,
            }
            for p in self.all()
        ]

    @staticmethod
    def check_rows(value: Any, file: str) -> list[MediaPosition]:
        clean: list[MediaPosition] = []
        seen: set[str] = set()
        for where, row in pf.rows(value, file, "media"):
            item = MediaPosition(
                pf.field(row, "lesson_id", str, file, where),
                pf.field(row, "course_id", str, file, where),
                pf.field(row, "position_ms", int, file, where),
                pf.field(row, "duration_ms", int, file, where, 0),
                pf.field(row, "watched", bool, file, where, False),
                pf.field(row, "updated_at", str, file, where),
            )
            if item.lesson_id in seen or item.position_ms < 0 or item.duration_ms < 0:
                raise pf.ProfileFileError(pf.WRONG_KIND, file=file, where=where)
            seen.add(item.lesson_id)
            clean.append(item)
        return clean

    def import_rows(self, rows: Iterable[MediaPosition]) -> None:
        with transaction(self._conn) as conn:
            conn.executemany(
                f"INSERT INTO media_positions({_COLUMNS}) VALUES ({placeholders(_COLUMNS)})",
                [(p.lesson_id, p.course_id, p.position_ms, p.duration_ms, int(p.watched),
                  p.updated_at) for p in rows],
            )  # fmt: skip


def _row(row: tuple[Any, ...]) -> MediaPosition:
    return MediaPosition(
        str(row[0]), str(row[1]), int(row[2]), int(row[3]), bool(row[4]), str(row[5])
    )
