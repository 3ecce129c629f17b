"""A learner's bookmarks: a sentence of a lesson (as an anchor), its quote and a short note.

Every write is one ``BEGIN IMMEDIATE`` transaction on a ``synchronous=FULL`` WAL
database, so when ``add`` returns the bookmark is on disk (the crash test relies on it).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core.anchors import Anchor

NOTE_MAX_CHARS = 200


@dataclass(frozen=True, slots=True)
class Bookmark:
    id: int
    lesson_id: str
    course_id: str
    anchor: Anchor
    quote: str  # the sentence as it read when bookmarked
    note: str
    created_at: str


_COLUMNS = (
    "id, lesson_id, course_id, char_offset, fingerprint, before_fp, after_fp, quote, note,"
    " created_at"
)


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
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            cur = self._conn.execute(
                "INSERT INTO bookmarks(lesson_id, course_id, char_offset, fingerprint, before_fp,"
                " after_fp, quote, note, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    lesson_id,
                    course_id,
                    anchor.offset,
                    anchor.fingerprint,
                    anchor.before,
                    anchor.after,
                    quote,
                    clean_note(note),
                    now.isoformat(timespec="seconds"),
                ),
            )
            new_id = int(cur.lastrowid or 0)
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
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute(
                "UPDATE bookmarks SET note = ? WHERE id = ?", (clean_note(note), bookmark_id)
            )

    def delete(self, bookmark_id: int) -> Bookmark | None:
        """Remove a bookmark and return it (so the page can offer Undo)."""
        try:
            gone = self.get(bookmark_id)
        except KeyError:
            return None
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))
        return gone

    def restore(self, bookmark: Bookmark) -> None:
        """Undo a delete: put the same bookmark back, with its id and date."""
        a = bookmark.anchor
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute(
                f"INSERT OR REPLACE INTO bookmarks({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    bookmark.id,
                    bookmark.lesson_id,
                    bookmark.course_id,
                    a.offset,
                    a.fingerprint,
                    a.before,
                    a.after,
                    bookmark.quote,
                    bookmark.note,
                    bookmark.created_at,
                ),
            )


def clean_note(note: str) -> str:
    """One line, no longer than ``NOTE_MAX_CHARS``."""
    return " ".join(note.split())[:NOTE_MAX_CHARS]


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
