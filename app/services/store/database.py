"""Open SQLite databases safely and bring their schema up to date.

Every database is opened with WAL, ``synchronous=FULL`` and foreign keys on, and
migrated forward with ``PRAGMA user_version``. A database written by a newer app
is refused untouched (``NewerDatabaseError``), never "repaired".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from app.core.errors import NewerDatabaseError, StoreError

Migration = str  # one SQL script; its position in the list is its version


def connect(path: Path, migrations: Sequence[Migration]) -> sqlite3.Connection:
    """A connection to ``path`` with the schema of ``migrations`` applied."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
    except sqlite3.Error as exc:
        raise StoreError() from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(migrations):
            raise NewerDatabaseError()
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        _migrate(conn, version, migrations)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError() from exc
    except BaseException:
        conn.close()
        raise
    return conn


def schema_version(path: Path) -> int:
    """The ``user_version`` of a database file, without migrating it."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _migrate(conn: sqlite3.Connection, version: int, migrations: Sequence[Migration]) -> None:
    for number, script in enumerate(migrations[version:], start=version + 1):
        # executescript commits first; wrap each step so a failed step leaves the previous one.
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write: ``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` if the block raises)."""
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        yield conn


def placeholders(columns: str) -> str:
    """``?,?,?`` for a column list such as ``"a, b, c"``."""
    return ",".join("?" * len(columns.split(",")))
