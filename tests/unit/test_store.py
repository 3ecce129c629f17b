"""The store: safe pragmas, forward migrations, and refusal of a newer database."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.core.errors import NewerDatabaseError
from app.services.store.database import connect, schema_version
from app.services.store.schema import LEARNER_MIGRATIONS, MACHINE_MIGRATIONS
from app.services.store.settings_repo import SettingsRepo


def test_new_database_is_migrated_with_safe_pragmas(tmp_path: Path) -> None:
    conn = connect(tmp_path / "learner.sqlite3", LEARNER_MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(LEARNER_MIGRATIONS)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"settings", "progress", "bookmarks"} <= tables
    conn.close()


def test_old_database_is_migrated_forward_keeping_data(tmp_path: Path) -> None:
    path = tmp_path / "machine.sqlite3"
    conn = connect(path, MACHINE_MIGRATIONS[:1])
    conn.execute("INSERT INTO profiles(id, name) VALUES ('a', 'Wang')")
    conn.close()
    assert schema_version(path) == 1
    conn = connect(path, MACHINE_MIGRATIONS)
    assert conn.execute("SELECT name FROM profiles").fetchall() == [("Wang",)]
    assert schema_version(path) == len(MACHINE_MIGRATIONS)
    conn.close()


def test_failed_migration_leaves_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    connect(path, ["CREATE TABLE a(x);"]).close()
    with pytest.raises(Exception):  # noqa: B017 - any store error
        connect(path, ["CREATE TABLE a(x);", "CREATE TABLE b(y); CREATE TABLE a(x);"])
    assert schema_version(path) == 1
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "b" not in tables
    conn.close()


def test_newer_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "learner.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future(x)")
    conn.execute(f"PRAGMA user_version = {len(LEARNER_MIGRATIONS) + 5}")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NewerDatabaseError) as caught:
        connect(path, LEARNER_MIGRATIONS)
    assert "newer version" in str(caught.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not Path(f"{path}-wal").exists()


def test_settings_are_validated_and_persist(tmp_path: Path) -> None:
    path = tmp_path / "learner.sqlite3"
    conn = connect(path, LEARNER_MIGRATIONS)
    SettingsRepo(conn).save({"text_scale": 250, "theme": "contrast", "unknown": 1})
    conn.close()
    conn = connect(path, LEARNER_MIGRATIONS)
    values = SettingsRepo(conn).load()
    assert values["text_scale"] == 250 and values["theme"] == "contrast"
    with pytest.raises(Exception, match="text_scale"):
        SettingsRepo(conn).save({"text_scale": 900})
    assert SettingsRepo(conn).load()["text_scale"] == 250
    conn.close()
