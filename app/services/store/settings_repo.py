"""A learner's settings, stored as JSON values keyed by the schema in core."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from app.core import settings_schema


class SettingsRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def load(self) -> dict[str, Any]:
        """Defaults overlaid with what is stored; a stored value that no longer validates
        (e.g. written by an older version with another range) falls back to its default."""
        values = settings_schema.defaults()
        for key, raw in self._conn.execute("SELECT key, value FROM settings"):
            setting = settings_schema.SCHEMA.get(key)
            if setting is None:
                continue
            try:
                values[key] = setting.validate(json.loads(raw))
            except (ValueError, settings_schema.SettingError):
                continue
        return values

    def save(self, changes: Mapping[str, Any]) -> None:
        """Validate and store ``changes`` in one transaction (all or nothing)."""
        clean = settings_schema.validated(changes)
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.executemany(
                "INSERT INTO settings(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [(k, json.dumps(v)) for k, v in clean.items()],
            )
