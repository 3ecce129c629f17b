"""A learner database that is checked at start, backed up, and brought back from backup.

Design §5: ``quick_check`` when the database is opened; a damaged file is moved
aside (never deleted: someone may still rescue it) and the newest good backup is
put in its place, and the caller gets a ``Recovery`` saying what came back so the
user can be told in plain words. Rolling backups are made with ``VACUUM INTO``
(a consistent, compact copy even while the database is in use) and kept a week.

A guest's database is never backed up (``backups=None``): a guest leaves nothing
behind. A database written by a newer app is refused untouched
(``NewerDatabaseError``): it is only ever opened read-only for the check.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.errors import NewerDatabaseError, SaveError, StoreError
from app.services.atomic_file import TEMP_SUFFIX, atomic_path, atomic_write
from app.services.store.database import Migration, connect

BACKUP_KEEP = timedelta(days=7)
BACKUP_EVERY = timedelta(hours=6)
BACKUP_MAX_FILES = 40
_STAMP = "%Y%m%dT%H%M%S%fZ"
_PREFIX = "learner-"
_SUFFIX = ".sqlite3"


@dataclass(frozen=True, slots=True)
class Recovery:
    """What happened when a damaged database was found at start."""

    backup_time: datetime | None  # when the restored backup was made; None: started afresh
    damaged_copy: Path  # where the damaged file was moved
    bookmarks: int  # how many bookmarks came back
    lessons: int  # how many lessons' progress came back


def open_learner_db(
    path: Path, migrations: Sequence[Migration], backups: Path | None, now: datetime
) -> tuple[sqlite3.Connection, Recovery | None]:
    """Open (creating, checking, migrating) the database at ``path``.

    ``backups``: the folder of rolling backups, or ``None`` for a guest. Raises
    ``NewerDatabaseError`` (file untouched) for a database from a newer app.
    """
    recovery = None
    if path.exists() and not _healthy(path, len(migrations)):
        recovery = _recover(path, len(migrations), backups, now)
    conn = connect(path, migrations)
    if recovery is not None:
        recovery = Recovery(recovery.backup_time, recovery.damaged_copy, *_counts(conn))
    if backups is not None:
        # A failed backup must not stop the learner from learning.
        with contextlib.suppress(StoreError):
            backup_if_due(conn, backups, now)
    return conn, recovery


def _healthy(path: Path, known_version: int) -> bool:
    """``quick_check`` on a read-only connection; a newer schema raises instead."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return False
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > known_version:
            raise NewerDatabaseError()
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return rows == [("ok",)]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            # Busy is not broken: never move a healthy file aside because it was in use.
            raise StoreError() from exc
        return False
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _recover(path: Path, known_version: int, backups: Path | None, now: datetime) -> Recovery:
    stamp = now.astimezone(UTC).strftime(_STAMP)
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    os.replace(path, damaged)
    for extra in ("-wal", "-shm"):
        side = Path(f"{path}{extra}")
        if side.exists():
            os.replace(side, Path(f"{damaged}{extra}"))
    for when, candidate in list_backups(backups) if backups is not None else []:
        try:
            good = _healthy(candidate, known_version)
        except NewerDatabaseError:
            good = False
        if good:
            _copy_durably(candidate, path)
            return Recovery(when, damaged, 0, 0)
    return Recovery(None, damaged, 0, 0)


def _counts(conn: sqlite3.Connection) -> tuple[int, int]:
    bookmarks = int(conn.execute("SELECT count(*) FROM bookmarks").fetchone()[0])
    lessons = int(conn.execute("SELECT count(*) FROM progress").fetchone()[0])
    return bookmarks, lessons


def _stamp_time(stamp: str) -> datetime:
    """The UTC time a ``_STAMP`` names (``20261202T054500123456Z``); ValueError if it is
    not one. Read by hand: ``strptime`` loads modules worth 3 ms of every start."""
    digits = stamp[:8] + stamp[9:21]
    if len(stamp) != 22 or stamp[8] != "T" or stamp[21] != "Z" or not digits.isdigit():
        raise ValueError(stamp)
    month, day, hour, minute, second = (int(stamp[i : i + 2]) for i in (4, 6, 9, 11, 13))
    return datetime(int(stamp[:4]), month, day, hour, minute, second, int(stamp[15:21]), tzinfo=UTC)


def list_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """Finished backups in ``folder``, newest first."""
    found: list[tuple[datetime, Path]] = []
    if not folder.is_dir():
        return found
    for file in folder.glob(f"{_PREFIX}*{_SUFFIX}"):
        try:
            when = _stamp_time(file.name[len(_PREFIX) : -len(_SUFFIX)])
        except ValueError:
            continue
        found.append((when, file))
    return sorted(found, reverse=True)


def backup_if_due(
    conn: sqlite3.Connection, folder: Path, now: datetime, every: timedelta = BACKUP_EVERY
) -> Path | None:
    """Make a backup unless one is younger than ``every``; prune old ones either way."""
    existing = list_backups(folder)
    made = None
    if not existing or now - existing[0][0] >= every:
        made = backup(conn, folder, now)
    prune_backups(folder, now)
    return made


def backup(conn: sqlite3.Connection, folder: Path, now: datetime) -> Path:
    """A consistent copy of the database in ``folder``, written then renamed into place."""
    final = folder / f"{_PREFIX}{now.astimezone(UTC).strftime(_STAMP)}{_SUFFIX}"
    try:
        with atomic_path(final, make_folder=True) as partial:
            conn.execute("VACUUM INTO ?", (str(partial),))
    except (sqlite3.Error, SaveError) as exc:
        raise StoreError() from exc
    return final


def prune_backups(folder: Path, now: datetime) -> None:
    """Drop backups older than a week (always keeping the newest) and leftovers."""
    kept = list_backups(folder)
    for i, (when, file) in enumerate(kept):
        if i > 0 and (now - when > BACKUP_KEEP or i >= BACKUP_MAX_FILES):
            file.unlink(missing_ok=True)
    for leftover in [*folder.glob(f".*{TEMP_SUFFIX}"), *folder.glob("*.partial")]:
        leftover.unlink(missing_ok=True)  # a backup cut short (``*.partial``: older versions)


def _copy_durably(source: Path, target: Path) -> None:
    with source.open("rb") as src:
        import shutil  # for backups only (start-up speed)

        atomic_write(target, lambda out: shutil.copyfileobj(src, out, 1 << 20))
