"""A learner's bookmarks: a sentence of a lesson (as an anchor), its quote and a short note.

Every write is one ``BEGIN IMMEDIATE`` transaction on a ``synchronous=FULL`` WAL
database, so when ``add`` returns the bookmark is on disk (the crash test relies on it).
Also the ``bookmarks`` rows of a profile file (``export_rows`` / ``check_rows`` /
``import_rows``): this module is the one place that knows the ``bookmarks`` table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core import profile_file as pf
from app.core.anchors import Anchor
from app.services.store.database import placeholders, transaction

NOTE_MAX_CHARS = 200


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A stored bookmark: the anchored sentence, how it read then, and the learner's note."""

    id: int
    lesson_id: str
    course_id: str
    anchor: Anchor
    quote: str  # the sentence as it read when bookmarked
    note: str
    created_at: str


_FIELDS = (
    "lesson_id, course_id, char_offset, fingerprint, before_fp, after_fp, quote, note, created_at"
)
_COLUMNS = f"id, {_FIELDS}"
_INSERT = f"INSERT INTO bookmarks({_FIELDS}) VALUES ({placeholders(_FIELDS)})"


class BookmarkRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(
        self,
        lesson_id: str,
        course_id: str,
        anchor: Anchor,
        quote: str,
        now: datetime,
        note: str = "",
    ) -> Bookmark:
        """Store a bookmark; it is durable when this returns."""
        stamp = now.isoformat(timespec="seconds")
        new = Bookmark(0, lesson_id, course_id, anchor, quote, clean_note(note), stamp)
        with transaction(self._conn) as conn:
            new_id = int(conn.execute(_INSERT, _values(new)).lastrowid or 0)
        return self.get(new_id)

    def get(self, bookmark_id: int) -> Bookmark:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM bookmarks WHERE id = ?", (bookmark_id,)
        ).fetchone()
        if row is None:
            raise KeyError(bookmark_id)
        return _row(row)

    def all(self) -> list[Bookmark]:
        """Every bookmark, oldest first."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM bookmarks ORDER BY created_at, id")
        return [_row(r) for r in rows]

    def set_note(self, bookmark_id: int, note: str) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE bookmarks SET note = ? WHERE id = ?", (clean_note(note), bookmark_id)
            )

    def delete(self, bookmark_id: int) -> Bookmark | None:
        """Remove a bookmark and return it (so the page can offer Undo)."""
        try:
            gone = self.get(bookmark_id)
        except KeyError:
            return None
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))
        return gone

    def restore(self, bookmark: Bookmark) -> None:
        """Undo a delete: put the same bookmark back, with its id and date."""
        with transaction(self._conn) as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO bookmarks({_COLUMNS}) VALUES ({placeholders(_COLUMNS)})",
                (bookmark.id, *_values(bookmark)),
            )

    # ------------------------------------------------------------ profile file
    def export_rows(self) -> list[dict[str, Any]]:
        """Every bookmark as the profile file's ``bookmarks`` rows (no ids, stable order)."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM bookmarks"
            " ORDER BY created_at, lesson_id, char_offset, quote, note, id"
        )
        return [
            {
                "lesson_id": b.lesson_id,
                "course_id": b.course_id,
                "position": pf.position(b.anchor),
                "quote": b.quote,
                "note": b.note,
                "created_at": b.created_at,
            }
            for b in map(_row, rows)
        ]

    @staticmethod
    def check_rows(value: Any, file: str) -> list[Bookmark]:
        """The ``bookmarks`` rows of a profile file, checked (``ProfileFileError`` if not)."""
        return [
            Bookmark(
                0,
                pf.field(row, "lesson_id", str, file, where),
                pf.field(row, "course_id", str, file, where),
                pf.anchor_at(row, file, where),
                pf.field(row, "quote", str, file, where, ""),
                pf.field(row, "note", str, file, where, ""),
                pf.field(row, "created_at", str, file, where),
            )
            for where, row in pf.rows(value, file, "bookmarks")
        ]

    def import_rows(self, rows: Iterable[Bookmark]) -> None:
        """Add checked rows (from ``check_rows``; new ids) to a learner's new database."""
        with transaction(self._conn) as conn:
            conn.executemany(_INSERT, [_values(b) for b in rows])


def clean_note(note: str) -> str:
    """One line, no longer than ``NOTE_MAX_CHARS``."""
    return " ".join(note.split())[:NOTE_MAX_CHARS]


def _values(b: Bookmark) -> tuple[Any, ...]:
    """The ``_FIELDS`` of a bookmark."""
    a = b.anchor
    return (b.lesson_id, b.course_id, a.offset, a.fingerprint, a.before, a.after, b.quote,
            b.note, b.created_at)  # fmt: skip


def _row(r: tuple[Any, ...]) -> Bookmark:
    return Bookmark(
        int(r[0]),
        str(r[1]),
        str(r[2]),
        Anchor(int(r[3]), str(r[4]), str(r[5]), str(r[6])),
        str(r[7]),
        str(r[8]),
        str(r[9]),
    )
