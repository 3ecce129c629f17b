"""Export a learner's data to a profile file, and import one (move to a new PC, backup).

Used by ``admin export-profile`` / ``admin import-profile`` and, later, by the
caregiver settings screen: build a ``ProfileTransfer`` and call ``export_to`` /
``import_from``.

What travels is a list of *sections*, each exporting and importing one kind of
learner data (``SECTIONS``). Adding a section — e.g. the class schedule — is one
more ``Section`` passed to ``register_section``; older files without it import as
empty. Tokens and PIN hashes are never part of any section.

Import is all-or-nothing: the whole file is validated first, the new database is
built beside the live one, and only then swapped in with one rename (for a new
learner, the profile row is committed only after the folder is in place). A file
that fails, or a process killed half-way, leaves everything as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import app
from app.core import settings_schema
from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.profile_file import (
    FORMAT_VERSION,
    WRONG_KIND,
    ProfileFileError,
    field,
    parse_profile_file,
    render_profile_file,
)
from app.services.paths import DataPaths
from app.services.store.database import connect
from app.services.store.durable import backup
from app.services.store.profiles import Profile, ProfileRepo
from app.services.store.schema import LEARNER_MIGRATIONS

SECRET_WORDS = ("token", "pin", "password", "secret")


class ProfileExistsError(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "There is already a learner called “{name}”. Nothing was changed. Import under "
        "another name, or choose to replace that learner's data.",
    )


Exporter = Callable[[sqlite3.Connection], Any]
Loader = Callable[[Any, str], Any]  # (value from the file, file name) → clean value
Writer = Callable[[sqlite3.Connection, Any], None]


@dataclass(frozen=True, slots=True)
class Section:
    """One kind of learner data in a profile file.

    ``export`` must be deterministic (sorted, no ids or clocks) so that export →
    import → export gives the same text. ``load`` validates without touching disk.
    """

    key: str
    empty: Any
    export: Exporter
    load: Loader
    write: Writer


# ---------------------------------------------------------------- sections
def _export_settings(conn: sqlite3.Connection) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, raw in conn.execute("SELECT key, value FROM settings ORDER BY key"):
        setting = settings_schema.SCHEMA.get(key)
        if setting is None or any(word in key for word in SECRET_WORDS):
            continue
        try:
            values[key] = setting.validate(json.loads(raw))
        except (ValueError, SilverError):
            continue
    return values


def _load_settings(value: Any, file: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ProfileFileError(WRONG_KIND, file=file, where="settings")
    clean: dict[str, Any] = {}
    for key, item in value.items():
        setting = settings_schema.SCHEMA.get(key)
        if setting is None or any(word in key for word in SECRET_WORDS):
            continue  # a setting of another version: skipped, like the settings page does
        try:
            clean[key] = setting.validate(item)
        except SilverError as exc:
            raise ProfileFileError(WRONG_KIND, file=file, where=f"settings.{key}") from exc
    return clean


def _write_settings(conn: sqlite3.Connection, clean: dict[str, Any]) -> None:
    conn.executemany(
        "INSERT INTO settings(key, value) VALUES (?, ?)",
        [(k, json.dumps(v)) for k, v in sorted(clean.items())],
    )


def _position(row: dict[str, Any], file: str, where: str) -> dict[str, Any]:
    pos = field(row, "position", dict, file, where)
    w = f"{where}.position"
    return {
        "offset": field(pos, "offset", int, file, w),
        "fingerprint": field(pos, "fingerprint", str, file, w, ""),
        "before": field(pos, "before", str, file, w, ""),
        "after": field(pos, "after", str, file, w, ""),
    }


def _rows(value: Any, file: str, key: str) -> list[tuple[str, dict[str, Any]]]:
    if not isinstance(value, list):
        raise ProfileFileError(WRONG_KIND, file=file, where=key)
    out = []
    for i, row in enumerate(value):
        where = f"{key}[{i}]"
        if not isinstance(row, dict):
            raise ProfileFileError(WRONG_KIND, file=file, where=where)
        out.append((where, row))
    return out


def _export_progress(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT lesson_id, course_id, char_offset, fingerprint, before_fp, after_fp, percent,"
        " done, done_at, read_aloud, updated_at FROM progress ORDER BY lesson_id"
    )
    return [
        {
            "lesson_id": r[0],
            "course_id": r[1],
            "position": {"offset": r[2], "fingerprint": r[3], "before": r[4], "after": r[5]},
            "percent": r[6],
            "done": bool(r[7]),
            "done_at": r[8],
            "read_aloud": bool(r[9]),
            "updated_at": r[10],
        }
        for r in rows
    ]


def _load_progress(value: Any, file: str) -> list[dict[str, Any]]:
    clean = []
    seen: set[str] = set()
    for where, row in _rows(value, file, "progress"):
        item = {
            "lesson_id": field(row, "lesson_id", str, file, where),
            "course_id": field(row, "course_id", str, file, where),
            "position": _position(row, file, where),
            "percent": field(row, "percent", int, file, where, 0),
            "done": field(row, "done", bool, file, where, False),
            "done_at": field(row, "done_at", str, file, where, ""),
            "read_aloud": field(row, "read_aloud", bool, file, where, False),
            "updated_at": field(row, "updated_at", str, file, where),
        }
        if item["lesson_id"] in seen or not 0 <= item["percent"] <= 100:
            raise ProfileFileError(WRONG_KIND, file=file, where=where)
        seen.add(item["lesson_id"])
        clean.append(item)
    return clean


def _write_progress(conn: sqlite3.Connection, clean: list[dict[str, Any]]) -> None:
    conn.executemany(
        "INSERT INTO progress(lesson_id, course_id, char_offset, fingerprint, before_fp,"
        " after_fp, percent, done, done_at, read_aloud, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                p["lesson_id"],
                p["course_id"],
                p["position"]["offset"],
                p["position"]["fingerprint"],
                p["position"]["before"],
                p["position"]["after"],
                p["percent"],
                int(p["done"]),
                p["done_at"],
                int(p["read_aloud"]),
                p["updated_at"],
            )
            for p in clean
        ],
    )


def _export_bookmarks(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT lesson_id, course_id, char_offset, fingerprint, before_fp, after_fp, quote, note,"
        " created_at FROM bookmarks"
        " ORDER BY created_at, lesson_id, char_offset, quote, note, id"
    )
    return [
        {
            "lesson_id": r[0],
            "course_id": r[1],
            "position": {"offset": r[2], "fingerprint": r[3], "before": r[4], "after": r[5]},
            "quote": r[6],
            "note": r[7],
            "created_at": r[8],
        }
        for r in rows
    ]


def _load_bookmarks(value: Any, file: str) -> list[dict[str, Any]]:
    return [
        {
            "lesson_id": field(row, "lesson_id", str, file, where),
            "course_id": field(row, "course_id", str, file, where),
            "position": _position(row, file, where),
            "quote": field(row, "quote", str, file, where, ""),
            "note": field(row, "note", str, file, where, ""),
            "created_at": field(row, "created_at", str, file, where),
        }
        for where, row in _rows(value, file, "bookmarks")
    ]


def _write_bookmarks(conn: sqlite3.Connection, clean: list[dict[str, Any]]) -> None:
    conn.executemany(
        "INSERT INTO bookmarks(lesson_id, course_id, char_offset, fingerprint, before_fp,"
        " after_fp, quote, note, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                b["lesson_id"],
                b["course_id"],
                b["position"]["offset"],
                b["position"]["fingerprint"],
                b["position"]["before"],
                b["position"]["after"],
                b["quote"],
                b["note"],
                b["created_at"],
            )
            for b in clean
        ],
    )


SECTIONS: list[Section] = [
    Section("settings", {}, _export_settings, _load_settings, _write_settings),
    Section("progress", [], _export_progress, _load_progress, _write_progress),
    Section("bookmarks", [], _export_bookmarks, _load_bookmarks, _write_bookmarks),
]
_RESERVED = {"format_version", "name", "exported_at", "app_version"}


def register_section(section: Section) -> None:
    """Add one more kind of data to export/import (e.g. the class schedule)."""
    if section.key in _RESERVED or any(s.key == section.key for s in SECTIONS):
        raise ValueError(f"section {section.key!r} exists")
    SECTIONS.append(section)


# ---------------------------------------------------------------- export / import
@dataclass(frozen=True, slots=True)
class ImportResult:
    profile: Profile
    replaced: bool
    counts: dict[str, int]


class ProfileTransfer:
    """Export and import profiles in one data dir.

    ``release(profile_id)`` must close any open connection to that learner's
    database (the running app's, or the admin command's) before it is replaced.
    ``fault(step)`` is for tests: called at each step of an import.
    """

    def __init__(
        self,
        paths: DataPaths,
        profiles: ProfileRepo,
        machine: sqlite3.Connection,
        release: Callable[[str], None],
        fault: Callable[[str], None] | None = None,
    ) -> None:
        self._paths = paths
        self._profiles = profiles
        self._machine = machine
        self._release = release
        self._fault = fault or (lambda _step: None)

    # -- export
    def export_document(self, profile: Profile, conn: sqlite3.Connection, now: datetime) -> str:
        doc: dict[str, Any] = {
            "format_version": FORMAT_VERSION,
            "app_version": app.__version__,
            "name": profile.name,
            "exported_at": now.isoformat(timespec="seconds"),
        }
        for section in SECTIONS:
            doc[section.key] = section.export(conn)
        return render_profile_file(doc)

    def export_to(
        self, profile: Profile, conn: sqlite3.Connection, target: Path, now: datetime
    ) -> None:
        """Write the profile file atomically (temp file, fsync, rename)."""
        text = self.export_document(profile, conn, now)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
        try:
            with partial.open("w", encoding="utf-8", newline="\n") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)

    # -- import
    def read(self, source: Path) -> tuple[str, dict[str, Any]]:
        """Validate a whole profile file: (name in the file, clean sections). Touches nothing."""
        try:
            with source.open("rb") as f:
                data = f.read(64 * 1024 * 1024)
        except OSError as exc:
            raise ProfileFileError(file=source.name) from exc
        doc = parse_profile_file(data, source.name)
        clean = {
            s.key: s.load(doc[s.key], source.name) if s.key in doc else s.empty for s in SECTIONS
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
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                for section in SECTIONS:
                    section.write(conn, clean[section.key])
            # One self-contained file (no -wal beside it) so a single rename moves it all.
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
        with db.open("rb+") as f:
            os.fsync(f.fileno())

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
        _fsync_dir(live.parent)
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
        with self._machine:
            self._machine.execute("BEGIN IMMEDIATE")
            self._machine.execute(
                "INSERT INTO profiles(id, name) VALUES (?, ?)", (profile_id, name)
            )
            # The folder moves inside the transaction: killed before COMMIT leaves an
            # unlisted folder (cleaned up later), never a learner without their data.
            os.replace(staging, final)
            _fsync_dir(final.parent)
            self._fault("before-commit")
        return self._profiles.by_name(name)

    def _clean_staging(self) -> None:
        root = self._paths.root / "profiles"
        if not root.is_dir():
            return
        for left in root.glob(".import-*"):
            shutil.rmtree(left, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
