"""A learner's classes and reminder bookkeeping, in their learner database.

Every write is one ``BEGIN IMMEDIATE`` transaction, so an import or a platform
refresh is all or nothing. Reminders that fired are remembered per session and
offset, so none is ever shown twice, even across restarts.
Also the ``schedule`` rows of a profile file (``export_rows`` / ``check_rows`` /
``import_rows``): the classes only; fired and snoozed reminders are bookkeeping.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.core import profile_file as pf
from app.core.errors import NotFoundError
from app.core.timetable import LOCAL, PLATFORM, ClassEntry, check_entry
from app.services.store.database import connect, placeholders, transaction

_FIELDS = (
    "title, teacher, place, link, start_local, zone, rrule, exdates, duration_min,"
    " reminders, source, platform_id"
)
_COLUMNS = f"id, {_FIELDS}"
# The text fields of a class in a profile file, with their defaults (``...``: required).
_TEXT: dict[str, Any] = {"title": ..., "teacher": "", "place": "", "link": "", "zone": ...,
                         "rrule": "", "source": LOCAL, "platform_id": ""}  # fmt: skip

ReminderKey = tuple[int, str, int]  # (class id, session key, minutes before)


@dataclass(frozen=True, slots=True)
class MergeResult:
    """How a platform merge changed the schedule: classes added, updated and removed."""

    added: int
    updated: int
    removed: int


def _row(row: tuple[object, ...]) -> ClassEntry:
    return ClassEntry(
        id=int(row[0]),  # type: ignore[call-overload]
        title=str(row[1]),
        teacher=str(row[2]),
        place=str(row[3]),
        link=str(row[4]),
        start_local=datetime.fromisoformat(str(row[5])),
        zone=str(row[6]),
        rrule=str(row[7]),
        exdates=tuple(json.loads(str(row[8]))),
        duration_min=int(row[9]),  # type: ignore[call-overload]
        reminders=tuple(json.loads(str(row[10]))),
        source=str(row[11]),
        platform_id=str(row[12]),
    )


def _values(entry: ClassEntry) -> tuple[object, ...]:
    return (
        entry.title.strip(),
        entry.teacher.strip(),
        entry.place.strip(),
        entry.link.strip(),
        entry.start_local.replace(tzinfo=None).isoformat(timespec="minutes"),
        entry.zone,
        entry.rrule,
        json.dumps(list(entry.exdates)),
        entry.duration_min,
        json.dumps(sorted(set(entry.reminders), reverse=True)),
        entry.source,
        entry.platform_id,
    )


class ScheduleRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # ------------------------------------------------------------ classes
    def all(self) -> list[ClassEntry]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM classes ORDER BY id").fetchall()
        return [_row(r) for r in rows]

    def get(self, class_id: int) -> ClassEntry:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM classes WHERE id = ?", (class_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError()
        return _row(row)

    def save(self, entry: ClassEntry) -> ClassEntry:
        """Insert (no id) or update (with id); returns the stored entry."""
        check_entry(entry)
        with transaction(self._conn) as conn:
            new_id = self._save(conn, entry)
        return self.get(new_id)

    def _save(self, conn: sqlite3.Connection, entry: ClassEntry) -> int:
        values = _values(entry)
        if entry.id is None:
            cur = conn.execute(
                f"INSERT INTO classes({_FIELDS}) VALUES ({placeholders(_FIELDS)})", values
            )
            return int(cur.lastrowid or 0)
        conn.execute(
            f"INSERT INTO classes({_COLUMNS}) VALUES ({placeholders(_COLUMNS)})"
            " ON CONFLICT(id) DO UPDATE SET"
            " title=excluded.title, teacher=excluded.teacher, place=excluded.place,"
            " link=excluded.link, start_local=excluded.start_local, zone=excluded.zone,"
            " rrule=excluded.rrule, exdates=excluded.exdates,"
            " duration_min=excluded.duration_min, reminders=excluded.reminders,"
            " source=excluded.source, platform_id=excluded.platform_id,"
            " updated_at=strftime('%Y-%m-%dT%H:%M:%SZ','now')",
            (entry.id, *values),
        )
        conn.execute("DELETE FROM reminder_snoozes WHERE class_id = ?", (entry.id,))
        return entry.id

    def delete(self, class_id: int) -> ClassEntry:
        """Remove a class; returns it so the page can offer undo (``save`` it again)."""
        entry = self.get(class_id)
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM classes WHERE id = ?", (class_id,))
            conn.execute("DELETE FROM reminder_snoozes WHERE class_id = ?", (class_id,))
        return entry

    def add_many(self, entries: Iterable[ClassEntry]) -> list[ClassEntry]:
        """Add all of ``entries`` in one transaction (an .ics import): all or nothing."""
        items = list(entries)
        for entry in items:
            check_entry(entry)
        with transaction(self._conn) as conn:
            ids = [self._save(conn, replace(e, id=None)) for e in items]
        return [self.get(i) for i in ids]

    @contextmanager
    def apart(self) -> Iterator[ScheduleRepo]:
        """The same schedule on a database connection of its own, closed afterwards.

        For work in another thread than the one using this repository (the window's
        platform sync merges enrolled classes while the window saves study time): one
        SQLite connection holds one transaction at a time, so two threads writing through
        it fail with "cannot start a transaction within a transaction"; two connections
        take turns (WAL, with the busy timeout ``connect`` sets).
        """
        from app.services.store.schema import LEARNER_MIGRATIONS

        path = Path(self._conn.execute("PRAGMA database_list").fetchone()[2])
        conn = connect(path, LEARNER_MIGRATIONS)
        try:
            yield ScheduleRepo(conn)
        finally:
            conn.close()

    def merge_platform(self, entries: Iterable[ClassEntry]) -> MergeResult:
        """Make the platform classes exactly ``entries``, keyed by platform id.

        Existing ones are updated in place (keeping their id and the learner's own
        reminder choices), new ones added, ones no longer enrolled removed.
        Local classes are never touched.
        """
        wanted = {e.platform_id: e for e in entries if e.platform_id}
        existing = {e.platform_id: e for e in self.all() if e.source == PLATFORM}
        added = updated = 0
        with transaction(self._conn) as conn:
            for platform_id, entry in wanted.items():
                old = existing.get(platform_id)
                if old is None:
                    self._save(conn, replace(entry, id=None, source=PLATFORM))
                    added += 1
                    continue
                new = replace(entry, id=old.id, source=PLATFORM, reminders=old.reminders)
                if new != old:
                    self._save(conn, new)
                    updated += 1
            gone = [e.id for pid, e in existing.items() if pid not in wanted]
            for class_id in gone:
                conn.execute("DELETE FROM classes WHERE id = ?", (class_id,))
                conn.execute("DELETE FROM reminder_snoozes WHERE class_id = ?", (class_id,))
        return MergeResult(added, updated, len(gone))

    # ------------------------------------------------------------ profile file
    def export_rows(self) -> list[dict[str, Any]]:
        """Every class as the profile file's ``schedule`` rows (no ids, stable order)."""
        out = [
            {
                **{key: getattr(e, key) for key in _TEXT},
                "start_local": e.start_local.isoformat(timespec="minutes"),
                "exdates": sorted(e.exdates),
                "duration_min": e.duration_min,
                "reminders": sorted(e.reminders, reverse=True),
            }
            for e in self.all()
        ]
        return sorted(out, key=lambda c: json.dumps(c, sort_keys=True, ensure_ascii=False))

    @staticmethod
    def check_rows(value: Any, file: str) -> list[ClassEntry]:
        """The ``schedule`` rows of a profile file, checked (``ProfileFileError`` if not)."""
        clean: list[ClassEntry] = []
        for where, row in pf.rows(value, file, "schedule"):
            text = {key: pf.field(row, key, str, file, where, d) for key, d in _TEXT.items()}
            start = pf.field(row, "start_local", str, file, where)
            duration = pf.field(row, "duration_min", int, file, where, 90)
            exdates = pf.field(row, "exdates", list, file, where, [])
            reminders = pf.field(row, "reminders", list, file, where, [30, 5])
            if not all(isinstance(d, str) for d in exdates) or not all(
                isinstance(m, int) and not isinstance(m, bool) and 0 <= m <= 10080
                for m in reminders
            ):
                raise pf.ProfileFileError(pf.WRONG_KIND, file=file, where=where)
            if not 0 < duration <= 24 * 60:
                raise pf.ProfileFileError(pf.WRONG_KIND, file=file, where=f"{where}.duration_min")
            try:
                start_local = datetime.fromisoformat(start).replace(tzinfo=None)
            except ValueError:
                raise pf.ProfileFileError(
                    pf.WRONG_KIND, file=file, where=f"{where}.start_local"
                ) from None
            clean.append(
                ClassEntry(
                    **text,
                    start_local=start_local,
                    duration_min=duration,
                    exdates=tuple(sorted(exdates)),
                    reminders=tuple(sorted(set(reminders), reverse=True)),
                )
            )
        ids = [c.platform_id for c in clean if c.platform_id]
        if len(ids) != len(set(ids)):
            raise pf.ProfileFileError(pf.WRONG_KIND, file=file, where="schedule")
        return clean

    def import_rows(self, rows: Iterable[ClassEntry]) -> None:
        """Add checked classes (from ``check_rows``) to a learner's new database."""
        with transaction(self._conn) as conn:
            for entry in rows:
                self._save(conn, entry)

    # ------------------------------------------------------------ reminders
    def fired(self, keys: Iterable[ReminderKey]) -> set[ReminderKey]:
        """Which of ``keys`` have already been shown."""
        found: set[ReminderKey] = set()
        for key in keys:
            row = self._conn.execute(
                "SELECT 1 FROM reminders_fired WHERE class_id=? AND occurrence=? AND offset_min=?",
                key,
            ).fetchone()
            if row:
                found.add(key)
        return found

    def mark_fired(self, keys: Iterable[ReminderKey], now: datetime) -> None:
        stamp = now.astimezone(UTC).isoformat(timespec="seconds")
        with transaction(self._conn) as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO reminders_fired(class_id, occurrence, offset_min, fired_at)"
                " VALUES (?,?,?,?)",
                [(*k, stamp) for k in keys],
            )

    def snoozes(self) -> dict[ReminderKey, datetime]:
        rows = self._conn.execute(
            "SELECT class_id, occurrence, offset_min, until_utc FROM reminder_snoozes"
        ).fetchall()
        return {(int(r[0]), str(r[1]), int(r[2])): datetime.fromisoformat(r[3]) for r in rows}

    def set_snooze(self, key: ReminderKey, until: datetime) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO reminder_snoozes(class_id, occurrence, offset_min, until_utc)"
                " VALUES (?,?,?,?) ON CONFLICT DO UPDATE SET until_utc = excluded.until_utc",
                (*key, until.astimezone(UTC).isoformat(timespec="seconds")),
            )

    def clear_snooze(self, key: ReminderKey) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "DELETE FROM reminder_snoozes WHERE class_id=? AND occurrence=? AND offset_min=?",
                key,
            )
