"""A learner's settings, stored as JSON values keyed by the schema in core.

Also the ``settings`` of a profile file (``export_rows`` / ``check_rows`` /
``import_rows``): this module is the one place that knows the ``settings`` table.
Nothing secret travels in a file (a key with one of ``SECRET_WORDS`` never does).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from typing import Any

from app.core import profile_file as pf
from app.core import settings_schema
from app.core.errors import SilverError
from app.services.store.database import transaction

SECRET_WORDS = ("token", "pin", "password", "secret")


class SettingsRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def load(self) -> dict[str, Any]:
        """Defaults overlaid with what is stored; a stored value that no longer validates
        (e.g. written by an older version with another range) falls back to its default."""
        return {**settings_schema.defaults(), **dict(self._stored())}

    def save(self, changes: Mapping[str, Any]) -> None:
        """Validate and store ``changes`` in one transaction (all or nothing)."""
        clean = settings_schema.validated(changes)
        with transaction(self._conn) as conn:
            conn.executemany(
                "INSERT INTO settings(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [(k, json.dumps(v)) for k, v in sorted(clean.items())],
            )

    def _stored(self) -> Iterator[tuple[str, Any]]:
        """The stored settings the schema knows and that still validate, by key."""
        for key, raw in self._conn.execute("SELECT key, value FROM settings ORDER BY key"):
            setting = settings_schema.SCHEMA.get(key)
            if setting is None:
                continue
            try:
                yield key, setting.validate(json.loads(raw))
            except (ValueError, SilverError):
                continue

    # ------------------------------------------------------------ profile file
    def export_rows(self) -> dict[str, Any]:
        """The stored settings as the profile file's ``settings`` (defaults left out)."""
        return {key: value for key, value in self._stored() if not _secret(key)}

    @staticmethod
    def check_rows(value: Any, file: str) -> dict[str, Any]:
        """The ``settings`` of a profile file, checked; keys of another version are skipped."""
        if not isinstance(value, dict):
            raise pf.ProfileFileError(pf.WRONG_KIND, file=file, where="settings")
        clean: dict[str, Any] = {}
        for key, item in value.items():
            setting = settings_schema.SCHEMA.get(key)
            if setting is None or _secret(key):
                continue  # like the settings page does
            try:
                clean[key] = setting.validate(item)
            except SilverError as exc:
                where = f"settings.{key}"
                raise pf.ProfileFileError(pf.WRONG_KIND, file=file, where=where) from exc
        return clean

    def import_rows(self, rows: Mapping[str, Any]) -> None:
        """Store checked settings (from ``check_rows``)."""
        self.save(rows)


def _secret(key: str) -> bool:
    return any(word in key for word in SECRET_WORDS)
