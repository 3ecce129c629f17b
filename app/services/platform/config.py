"""Where the platform is: base URL and the contract's paths are settings, not constants.

The platform moved its paths before (ndrs → ndrv2); when it does again, a
classroom changes ``platform.*`` keys in ``machine_settings`` (or passes
``--api-base``) instead of waiting for a new app. ``admin sync --api-base URL``
remembers the address for every later run.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields, replace
from urllib.parse import quote

DEFAULT_BASE = "https://platform.example.invalid/silver"
KEY_PREFIX = "platform."


@dataclass(frozen=True, slots=True)
class PlatformConfig:
    """Where the platform is: its base URL and the contract's paths, each a setting."""

    base_url: str = DEFAULT_BASE
    tags_path: str = "tags/silver_age.json"
    index_path: str = "resources/silver_age/version/data_version.json"
    details_path: str = "resources/details/{id}.json"
    classes_path: str = "api/my/classes"
    records_path: str = "api/my/records"

    def url(self, path: str) -> str:
        return f"{self.base_url.rstrip('/')}/{path.lstrip('/')}"

    @property
    def tags_url(self) -> str:
        return self.url(self.tags_path)

    @property
    def index_url(self) -> str:
        return self.url(self.index_path)

    def details_url(self, course_id: str) -> str:
        return self.url(self.details_path.format(id=quote(course_id, safe="")))

    @property
    def classes_url(self) -> str:
        return self.url(self.classes_path)

    @property
    def records_url(self) -> str:
        return self.url(self.records_path)

    @property
    def configured(self) -> bool:
        return self.base_url != DEFAULT_BASE


def load_config(conn: sqlite3.Connection, api_base: str | None = None) -> PlatformConfig:
    """Stored settings, with ``api_base`` (from ``--api-base``) on top for this run."""
    stored = dict(
        conn.execute(
            "SELECT substr(key, ?), value FROM machine_settings WHERE key LIKE ?",
            (len(KEY_PREFIX) + 1, KEY_PREFIX + "%"),
        ).fetchall()
    )
    names = {f.name for f in fields(PlatformConfig)}
    config = PlatformConfig(**{k: v for k, v in stored.items() if k in names and v})
    return replace(config, base_url=api_base) if api_base else config


def remember_base(conn: sqlite3.Connection, base_url: str) -> None:
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO machine_settings(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (KEY_PREFIX + "base_url", base_url),
        )
