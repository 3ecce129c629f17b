"""A learner's reading progress: which lessons were opened, where they stopped, what is done."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class LessonProgress:
    lesson_id: str
    course_id: str
    char_offset: int
    percent: int
    done: bool
    read_aloud: bool
    updated_at: str


class ProgressRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def record_open(self, lesson_id: str, course_id: str, now: datetime) -> None:
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute(
                "INSERT INTO progress(lesson_id, course_id, updated_at) VALUES (?,?,?)"
                " ON CONFLICT(lesson_id) DO UPDATE SET updated_at = excluded.updated_at",
                (lesson_id, course_id, now.isoformat()),
            )

    def last_opened(self) -> LessonProgress | None:
        row = self._conn.execute(
            "SELECT lesson_id, course_id, char_offset, percent, done, read_aloud, updated_at"
            " FROM progress ORDER BY updated_at DESC LIMIT 1"
        ).fetchone()
        return _row(row) if row else None

    def get(self, lesson_id: str) -> LessonProgress | None:
        row = self._conn.execute(
            "SELECT lesson_id, course_id, char_offset, percent, done, read_aloud, updated_at"
            " FROM progress WHERE lesson_id = ?",
            (lesson_id,),
        ).fetchone()
        return _row(row) if row else None

    def marks(self, course_id: str) -> dict[str, str]:
        """lesson id → "done" | "started" for one course."""
        return {
            lesson: "done" if done else "started"
            for lesson, done in self._conn.execute(
                "SELECT lesson_id, done FROM progress WHERE course_id = ?", (course_id,)
            )
        }


def _row(row: tuple[Any, ...]) -> LessonProgress:
    return LessonProgress(
        str(row[0]), str(row[1]), int(row[2]), int(row[3]), bool(row[4]), bool(row[5]), str(row[6])
    )
