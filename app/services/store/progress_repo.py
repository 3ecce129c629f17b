"""A learner's reading progress: which lessons were opened, where they stopped, what is done.

Also the ``progress`` rows of a profile file (``export_rows`` / ``check_rows`` /
``import_rows``): this module is the one place that knows the ``progress`` table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.core import profile_file as pf
from app.core.anchors import Anchor
from app.core.text_ids import is_material_text
from app.services.store.database import placeholders, transaction


@dataclass(frozen=True, slots=True)
class LessonProgress:
    """One lesson's place in the learner's progress: how far they read, if it is done, and when."""

    lesson_id: str
    course_id: str
    char_offset: int
    percent: int
    done: bool
    read_aloud: bool
    updated_at: str
    anchor: Anchor = field(default_factory=lambda: Anchor(0, ""))
    done_at: str = ""


_COLUMNS = (
    "lesson_id, course_id, char_offset, percent, done, read_aloud, updated_at,"
    " fingerprint, before_fp, after_fp, done_at"
)


class ProgressRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def record_open(self, lesson_id: str, course_id: str, now: datetime) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO progress(lesson_id, course_id, updated_at) VALUES (?,?,?)"
                " ON CONFLICT(lesson_id) DO UPDATE SET updated_at = excluded.updated_at",
                (lesson_id, course_id, now.isoformat()),
            )

    def save_position(
        self,
        lesson_id: str,
        course_id: str,
        anchor: Anchor,
        percent: int,
        now: datetime,
        *,
        finished: bool = False,
    ) -> None:
        """Remember where the learner is; ``finished`` marks the lesson done (never undone here)."""
        stamp = now.isoformat()
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO progress(lesson_id, course_id, char_offset, fingerprint, before_fp,"
                " after_fp, percent, done, done_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(lesson_id) DO UPDATE SET course_id = excluded.course_id,"
                " char_offset = excluded.char_offset, fingerprint = excluded.fingerprint,"
                " before_fp = excluded.before_fp, after_fp = excluded.after_fp,"
                " percent = max(progress.percent, excluded.percent),"
                " done = max(progress.done, excluded.done),"
                " done_at = CASE WHEN progress.done THEN progress.done_at"
                " ELSE excluded.done_at END,"
                " updated_at = excluded.updated_at",
                (
                    lesson_id,
                    course_id,
                    anchor.offset,
                    anchor.fingerprint,
                    anchor.before,
                    anchor.after,
                    max(0, min(100, percent)),
                    int(finished),
                    stamp if finished else "",
                    stamp,
                ),
            )

    def mark_read_aloud(self, lesson_id: str) -> None:
        """Remember that this lesson was listened to (the resume offer is then spoken too)."""
        with transaction(self._conn) as conn:
            conn.execute("UPDATE progress SET read_aloud = 1 WHERE lesson_id = ?", (lesson_id,))

    def mark_done(self, lesson_id: str, course_id: str, now: datetime) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO progress(lesson_id, course_id, percent, done, done_at, updated_at)"
                " VALUES (?,?,100,1,?,?) ON CONFLICT(lesson_id) DO UPDATE SET"
                " done = 1, percent = 100,"
                " done_at = CASE WHEN progress.done THEN progress.done_at"
                " ELSE excluded.done_at END,"
                " updated_at = excluded.updated_at",
                (lesson_id, course_id, now.isoformat(), now.isoformat()),
            )

    def last_opened(self) -> LessonProgress | None:
        """The lesson opened last (a place in a transcript or a handout's text, kept under
        ``<lesson id>#<part>``, is not a lesson: ``app/core/text_ids.py``)."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM progress ORDER BY updated_at DESC")
        for row in rows:
            if not is_material_text(str(row[0])):
                return _row(row)
        return None

    def get(self, lesson_id: str) -> LessonProgress | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM progress WHERE lesson_id = ?", (lesson_id,)
        ).fetchone()
        return _row(row) if row else None

    def all(self) -> list[LessonProgress]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM progress ORDER BY lesson_id")
        return [_row(r) for r in rows]

    def marks(self, course_id: str) -> dict[str, str]:
        """lesson id → "done" | "started" for one course."""
        return {
            lesson: "done" if done else "started"
            for lesson, done in self._conn.execute(
                "SELECT lesson_id, done FROM progress WHERE course_id = ?", (course_id,)
            )
        }

    # ------------------------------------------------------------ profile file
    def export_rows(self) -> list[dict[str, Any]]:
        """Every lesson's progress as the profile file's ``progress`` rows (by lesson)."""
        return [
            {
                "lesson_id": p.lesson_id,
                "course_id": p.course_id,
                "position": pf.position(p.anchor),
                "percent": p.percent,
                "done": p.done,
                "done_at": p.done_at,
                "read_aloud": p.read_aloud,
                "updated_at": p.updated_at,
            }
            for p in self.all()
        ]

    @staticmethod
    def check_rows(value: Any, file: str) -> list[LessonProgress]:
        """The ``progress`` rows of a profile file, checked (``ProfileFileError`` if not)."""
        clean: list[LessonProgress] = []
        seen: set[str] = set()
        for where, row in pf.rows(value, file, "progress"):
            anchor = pf.anchor_at(row, file, where)
            item = LessonProgress(
                pf.field(row, "lesson_id", str, file, where),
                pf.field(row, "course_id", str, file, where),
                anchor.offset,
                pf.field(row, "percent", int, file, where, 0),
                pf.field(row, "done", bool, file, where, False),
                pf.field(row, "read_aloud", bool, file, where, False),
                pf.field(row, "updated_at", str, file, where),
                anchor,
                pf.field(row, "done_at", str, file, where, ""),
            )
            if item.lesson_id in seen or not 0 <= item.percent <= 100:
                raise pf.ProfileFileError(pf.WRONG_KIND, file=file, where=where)
            seen.add(item.lesson_id)
            clean.append(item)
        return clean

    def import_rows(self, rows: Iterable[LessonProgress]) -> None:
        """Add checked rows (from ``check_rows``) to a learner's new database."""
        with transaction(self._conn) as conn:
            conn.executemany(
                f"INSERT INTO progress({_COLUMNS}) VALUES ({placeholders(_COLUMNS)})",
                [_values(p) for p in rows],
            )


def _values(p: LessonProgress) -> tuple[Any, ...]:
    a = p.anchor
    return (p.lesson_id, p.course_id, a.offset, p.percent, int(p.done), int(p.read_aloud),
            p.updated_at, a.fingerprint, a.before, a.after, p.done_at)  # fmt: skip


def _row(row: tuple[Any, ...]) -> LessonProgress:
    return LessonProgress(
        str(row[0]),
        str(row[1]),
        int(row[2]),
        int(row[3]),
        bool(row[4]),
        bool(row[5]),
        str(row[6]),
        Anchor(int(row[2]), str(row[7]), str(row[8]), str(row[9])),
        str(row[10]),
    )
