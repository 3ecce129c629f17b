"""Export a learner's data to a profile file, and import one (move to a new PC, backup).

Used by ``admin export-profile`` / ``admin import-profile`` and, later, by the
caregiver settings screen: build a ``ProfileTransfer`` and call ``export_to`` /
``import_from``.

What travels is one key per learner table (``PROFILE_TABLES``); the repository of each
table writes its rows (``export_rows``), checks a file's (``check_rows``) and adds them
(``import_rows``), so the table's columns are known in that module only. Adding a kind
of data is one more ``ProfileTable``; files made before it existed import it as
``empty``. Exports are deterministic (sorted, no row ids, no clocks), so export →
import → export gives the same text. Tokens and PIN hashes never travel.

Import is all-or-nothing: the whole file is validated first, the new database is
built beside the live one, and only then swapped in with one rename (for a new
learner, the profile row is committed only after the folder is in place). A file
that fails, or a process killed half-way, leaves everything as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import app
from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.profile_file import (
    CANNOT_OPEN,
    FORMAT_VERSION,
    WRONG_KIND,
    ProfileFileError,
    parse_profile_file,
    render_profile_file,
)
from app.services.atomic_file import atomic_write, fsync_dir, fsync_file
from app.services.paths import DataPaths
from app.services.schedule.repo import ScheduleRepo
from app.services.store.bookmarks_repo import BookmarkRepo
from app.services.store.database import connect, transaction
from app.services.store.durable import backup
from app.services.store.media_positions_repo import MediaPositionRepo
from app.services.store.profiles import Profile, ProfileRepo
from app.services.store.progress_repo import ProgressRepo
from app.services.store.schema import LEARNER_MIGRATIONS
from app.services.store.settings_repo import SettingsRepo
from app.services.store.study_repo import StudyRepo


class PortableRepo(Protocol):
    """A repository whose table travels in the profile file."""

    def __init__(self, conn: sqlite3.Connection) -> None: ...

    def export_rows(self) -> Any: ...

    @staticmethod
    def check_rows(value: Any, file: str) -> Any: ...

    def import_rows(self, rows: Any) -> None: ...


@dataclass(frozen=True, slots=True)
class ProfileTable:
    """One learner table that travels in a profile file, and the repository that knows its rows."""

    key: str  # its key in the file
    empty: Any  # what a file made before this table existed holds
    repo: type[PortableRepo]
    omit_empty: bool = False  # left out when empty: older files export to the same text


PROFILE_TABLES: tuple[ProfileTable, ...] = (
    ProfileTable("settings", {}, SettingsRepo),
    ProfileTable("progress", [], ProgressRepo),
    ProfileTable("bookmarks", [], BookmarkRepo),
    ProfileTable("schedule", [], ScheduleRepo),
    ProfileTable("study_time", [], StudyRepo, omit_empty=True),
    ProfileTable("media", [], MediaPositionRepo, omit_empty=True),
)


class ProfileExistsError(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "There is already a learner called “{name}”. Nothing was changed. Import under "
        "another name, or choose to replace that learner's data.",
    )


# ---------------------------------------------------------------- export / import
@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: whose profile, whether it replaced one, and how many rows per table."""

    profile: Profile
    replaced: bool
    counts: dict[str, int]


class ProfileTransfer:
    """Export and import profiles in one data dir.

    ``release(profile_id)`` must close any open connection to that learner's
    database (the running app's, or the admin command's) before it is replaced.
    ``fault(step)`` is for tests: called at each step of an import. ``tables``: what
    travels (``PROFILE_TABLES``).
    """

    def __init__(
        self,
        paths: DataPaths,
        profiles: ProfileRepo,
        machine: sqlite3.Connection,
        release: Callable[[str], None],
        fault: Callable[[str], None] | None = None,
        tables: Sequence[ProfileTable] = PROFILE_TABLES,
    ) -> None:
        self._paths = paths
        self._profiles = profiles
        self._machine = machine
        self._release = release
        self._fault = fault or (lambda _step: None)
        self._tables = tables

    # -- export
    def export_document(self, profile: Profile, conn: sqlite3.Connection, now: datetime) -> str:
        doc: dict[str, Any] = {
            "format_version": FORMAT_VERSION,
            "app_version": app.__version__,
            "name": profile.name,
            "exported_at": now.isoformat(timespec="seconds"),
        }
        for table in self._tables:
            rows = table.repo(conn).export_rows()
            if not (table.omit_empty and rows == table.empty):
                doc[table.key] = rows
        return render_profile_file(doc)

    def export_to(
        self, profile: Profile, conn: sqlite3.Connection, target: Path, now: datetime
    ) -> None:
        """Write the profile file atomically (``atomic_write``); else a ``SaveError``."""
        text = self.export_document(profile, conn, now)
        atomic_write(target, text.encode("utf-8"), make_folder=True)

    # -- import
    def read(self, source: Path) -> tuple[str, dict[str, Any]]:
        """Check a whole profile file: (name in the file, clean rows by key). Touches nothing."""
        try:
            with source.open("rb") as f:
                data = f.read(64 * 1024 * 1024)
        except OSError as exc:
            raise ProfileFileError(CANNOT_OPEN, file=source.name) from exc
        doc = parse_profile_file(data, source.name)
        clean = {
            t.key: t.repo.check_rows(doc.get(t.key, t.empty), source.name) for t in self._tables
        }
        return str(doc["name"]).strip(), clean

    def import_from(
        self, source: Path, now: datetime, *, as_name: str | None = None, replace: bool = False
    ) -> ImportResult:
        file_name, clean = self.read(source)
        name = (as_name or file_name).strip()
        if not name or len(name) > 60:
            raise ProfileFileError(WRONG_KIND, file=source.name, where="name")
        existing = next(
            (p for p in self._profiles.all() if p.name.casefold() == name.casefold()), None
        )
        if existing is not None and not replace:
            raise ProfileExistsError(name=name)
        self._clean_staging()
        staging = self._paths.root / "profiles" / f".import-{uuid.uuid4().hex[:12]}"
        try:
            staged_db = staging / "learner.sqlite3"
            self._build(staged_db, clean)
            self._fault("staged")
            if existing is not None:
                profile = self._swap_in(existing, staged_db, now)
            else:
                profile = self._add_profile(name, staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        counts = {k: len(v) for k, v in clean.items()}
        return ImportResult(profile, existing is not None, counts)

    def _build(self, db: Path, clean: dict[str, Any]) -> None:
        conn = connect(db, LEARNER_MIGRATIONS)
        try:
            for table in self._tables:
                table.repo(conn).import_rows(clean[table.key])
            # One self-contained file (no -wal beside it) so a single rename moves it all.
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
        fsync_file(db)

    def _swap_in(self, profile: Profile, staged_db: Path, now: datetime) -> Profile:
        self._release(profile.id)
        live = self._paths.learner_db(profile.id)
        live.parent.mkdir(parents=True, exist_ok=True)
        if live.exists():
            # Fold the old WAL into its file first: a stale -wal must never meet the new file.
            old = sqlite3.connect(live)
            try:
                old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                old.close()
        self._fault("before-swap")
        for extra in ("-wal", "-shm"):
            Path(f"{live}{extra}").unlink(missing_ok=True)
        os.replace(staged_db, live)
        fsync_dir(live.parent)
        self._fault("swapped")
        conn = connect(live, LEARNER_MIGRATIONS)
        try:
            backup(conn, self._paths.learner_backups(profile.id), now)
        except SilverError:
            pass
        finally:
            conn.close()
        return profile

    def _add_profile(self, name: str, staging: Path) -> Profile:
        profile_id = uuid.uuid4().hex[:12]
        final = self._paths.profile_dir(profile_id)
        with transaction(self._machine):
            self._machine.execute(
                "INSERT INTO profiles(id, name) VALUES (?, ?)", (profile_id, name)
            )
            # The folder moves inside the transaction: killed before COMMIT leaves an
            # unlisted folder (cleaned up later), never a learner without their data.
            os.replace(staging, final)
            fsync_dir(final.parent)
            self._fault("before-commit")
        return self._profiles.by_name(name)

    def _clean_staging(self) -> None:
        root = self._paths.root / "profiles"
        if not root.is_dir():
            return
        for left in root.glob(".import-*"):
            shutil.rmtree(left, ignore_errors=True)
