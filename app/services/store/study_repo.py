"""A learner's study time (``study_time``) and the records waiting for the platform
(``record_queue``): the one module that knows these two tables.

Time and its record are written in one transaction, so the queue never holds time the
learner's own record lacks, or the other way round. A queue row being sent is
``sealed`` first and never added to again: if the app dies mid-send, the same ``Id``
goes again and the platform counts it once.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.core import profile_file as pf
from app.core.study_time import StudyKey, StudyKind
from app.services.store.database import transaction

COMPLETED = "completed"  # a record kind besides the study kinds


@dataclass(frozen=True, slots=True)
class StudyRow:
    """Seconds of one kind spent on one lesson on one local day."""

    day: date
    course_id: str
    lesson_id: str
    kind: str
    seconds: int


@dataclass(frozen=True, slots=True)
class QueuedRecord:
    """One record as the platform receives it (contract v1.1)."""

    id: str
    course_id: str
    lesson_id: str
    kind: str
    seconds: int
    at: str

    def payload(self) -> dict[str, Any]:
        return {
            "Id": self.id,
            "CourseId": self.course_id,
            "LessonId": self.lesson_id,
            "Kind": self.kind,
            "Seconds": self.seconds,
            "At": self.at,
        }


class StudyRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, counted: Mapping[StudyKey, int], now: datetime, *, queue: bool) -> None:
        """Add counted seconds; with ``queue`` also to the open record of that lesson/kind."""
        with transaction(self._conn) as conn:
            for key, seconds in counted.items():
                if seconds <= 0:
                    continue
                conn.execute(
                    "INSERT INTO study_time(day, lesson_id, course_id, kind, seconds)"
                    " VALUES (?,?,?,?,?) ON CONFLICT(day, lesson_id, kind)"
                    " DO UPDATE SET seconds = seconds + excluded.seconds",
                    (key.day.isoformat(), key.lesson_id, key.course_id, key.kind.value, seconds),
                )
                if queue:
                    self._queue(conn, key.course_id, key.lesson_id, key.kind.value, seconds, now)

    def add_completed(self, course_id: str, lesson_id: str, now: datetime) -> None:
        """A lesson was finished: one ``completed`` record for the platform."""
        with transaction(self._conn) as conn:
            _insert_record(conn, course_id, lesson_id, COMPLETED, 0, now)

    @staticmethod
    def _queue(
        conn: sqlite3.Connection,
        course_id: str,
        lesson_id: str,
        kind: str,
        seconds: int,
        now: datetime,
    ) -> None:
        row = conn.execute(
            "SELECT id FROM record_queue WHERE sealed = 0 AND lesson_id = ? AND kind = ?"
            " AND substr(at, 1, 10) = ?",
            (lesson_id, kind, now.date().isoformat()),
        ).fetchone()
        if row is None:
            _insert_record(conn, course_id, lesson_id, kind, seconds, now)
        else:
            conn.execute(
                "UPDATE record_queue SET seconds = seconds + ?, at = ? WHERE id = ?",
                (seconds, now.isoformat(timespec="seconds"), row[0]),
            )

    # ------------------------------------------------------------ reading the record
    def rows(self, since: date | None = None, until: date | None = None) -> list[StudyRow]:
        """Study rows from ``since`` to ``until`` (inclusive), by day, lesson and kind."""
        rows = self._conn.execute(
            "SELECT day, course_id, lesson_id, kind, seconds FROM study_time"
            " WHERE day >= ? AND day <= ? ORDER BY day, lesson_id, kind",
            ((since or date.min).isoformat(), (until or date.max).isoformat()),
        )
        return [StudyRow(date.fromisoformat(r[0]), r[1], r[2], r[3], int(r[4])) for r in rows]

    def seconds_by_day(self, since: date, until: date) -> dict[date, int]:
        return {
            date.fromisoformat(day): int(total)
            for day, total in self._conn.execute(
                "SELECT day, sum(seconds) FROM study_time WHERE day >= ? AND day <= ? GROUP BY day",
                (since.isoformat(), until.isoformat()),
            )
        }

    def total_seconds(self, course_id: str | None = None) -> int:
        if course_id is None:
            row = self._conn.execute("SELECT coalesce(sum(seconds), 0) FROM study_time")
        else:
            row = self._conn.execute(
                "SELECT coalesce(sum(seconds), 0) FROM study_time WHERE course_id = ?",
                (course_id,),
            )
        return int(row.fetchone()[0])

    def days(self, course_id: str) -> tuple[date, date] | None:
        """The first and last day the learner studied this course."""
        first, last = self._conn.execute(
            "SELECT min(day), max(day) FROM study_time WHERE course_id = ?", (course_id,)
        ).fetchone()
        return None if first is None else (date.fromisoformat(first), date.fromisoformat(last))

    # ------------------------------------------------------------ the queue
    def seal(self) -> None:
        """Freeze what is waiting: from now on it is sent as it is, with its ``Id``."""
        with transaction(self._conn) as conn:
            conn.execute("UPDATE record_queue SET sealed = 1 WHERE sealed = 0")

    def sealed(self, limit: int) -> list[QueuedRecord]:
        rows = self._conn.execute(
            "SELECT id, course_id, lesson_id, kind, seconds, at FROM record_queue"
            " WHERE sealed = 1 ORDER BY at, id LIMIT ?",
            (limit,),
        )
        return [QueuedRecord(r[0], r[1], r[2], r[3], int(r[4]), r[5]) for r in rows]

    def accepted(self, ids: Iterable[str]) -> None:
        """The platform has these: take them off the queue."""
        with transaction(self._conn) as conn:
            conn.executemany(
                "DELETE FROM record_queue WHERE id = ? AND sealed = 1", [(i,) for i in ids]
            )

    def waiting(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM record_queue").fetchone()[0])

    def clear_queue(self) -> None:
        """Sharing was turned off: nothing waiting is sent."""
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM record_queue")

    # ------------------------------------------------------------ profile file
    def export_rows(self) -> list[dict[str, Any]]:
        """The learning record as the profile file's ``study_time`` rows (the queue stays)."""
        return [
            {
                "day": r.day.isoformat(),
                "course_id": r.course_id,
                "lesson_id": r.lesson_id,
                "kind": r.kind,
                "seconds": r.seconds,
            }
            for r in self.rows()
        ]

    @staticmethod
    def check_rows(value: Any, file: str) -> list[StudyRow]:
        clean: list[StudyRow] = []
        seen: set[tuple[str, str, str]] = set()
        kinds = {k.value for k in StudyKind}
        for where, row in pf.rows(value, file, "study_time"):
            day_text = pf.field(row, "day", str, file, where)
            kind = pf.field(row, "kind", str, file, where)
            seconds = pf.field(row, "seconds", int, file, where)
            try:
                day = date.fromisoformat(day_text)
            except ValueError:
                raise pf.ProfileFileError(pf.WRONG_KIND, file=file, where=where) from None
            item = StudyRow(
                day,
                pf.field(row, "course_id", str, file, where),
                pf.field(row, "lesson_id", str, file, where),
                kind,
                seconds,
            )
            mark = (day_text, item.lesson_id, kind)
            if kind not in kinds or seconds < 0 or mark in seen:
                raise pf.ProfileFileError(pf.WRONG_KIND, file=file, where=where)
            seen.add(mark)
            clean.append(item)
        return clean

    def import_rows(self, rows: Iterable[StudyRow]) -> None:
        with transaction(self._conn) as conn:
            conn.executemany(
                "INSERT INTO study_time(day, lesson_id, course_id, kind, seconds)"
                " VALUES (?,?,?,?,?)",
                [(r.day.isoformat(), r.lesson_id, r.course_id, r.kind, r.seconds) for r in rows],
            )


def _insert_record(
    conn: sqlite3.Connection,
    course_id: str,
    lesson_id: str,
    kind: str,
    seconds: int,
    now: datetime,
) -> None:
    conn.execute(
        "INSERT INTO record_queue(id, course_id, lesson_id, kind, seconds, at)"
        " VALUES (?,?,?,?,?,?)",
        (
            os.urandom(16).hex(),
            course_id,
            lesson_id,
            kind,
            seconds,
            now.isoformat(timespec="seconds"),
        ),
    )
