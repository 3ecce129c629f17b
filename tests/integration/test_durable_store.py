"""A damaged learner database is brought back from backup, and the learner is told."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.anchors import Anchor
from app.core.errors import NewerDatabaseError
from app.services.learner import LearnerStore, recovery_message
from app.services.paths import DataPaths
from app.services.store.durable import list_backups
from app.services.store.profiles import Profile
from app.services.store.schema import LEARNER_MIGRATIONS
from app.services.translations import Texts, load_translator

PROFILE = Profile("p1", "Grandma Li", "sun", "zh_CN", False, False)
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


_TEXTS = Texts(load_translator("en"))


def _english(context: str, text: str, _disambiguation: str | None, n: int) -> str:
    """The app's English catalogue, plural forms included."""
    return _TEXTS.translate(context, text, n)


def _store_with_bookmarks(paths: DataPaths, count: int, now: datetime) -> None:
    store = LearnerStore.open(paths, PROFILE, now=now)
    for i in range(count):
        store.bookmarks.add("les", "crs", Anchor(i, "f"), f"quote {i}", now)
    store.progress.mark_done("les", "crs", now)
    store.backup_now(now)
    store.close()


def _damage_truncate(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])


def _damage_garbage(db: Path) -> None:
    with db.open("r+b") as f:
        f.seek(4096)
        f.write(b"\xde\xad\xbe\xef" * 2048)


@pytest.mark.parametrize("damage", [_damage_truncate, _damage_garbage])
def test_damaged_database_is_restored_from_newest_backup(tmp_path: Path, damage: object) -> None:
    paths = DataPaths(tmp_path)
    _store_with_bookmarks(paths, 3, T0)
    # Later work, then a crash that damages the file; make the file big enough to damage.
    store = LearnerStore.open(paths, PROFILE, now=T0 + timedelta(hours=1))
    for i in range(300):
        store.bookmarks.add("les", "crs", Anchor(i, "g"), "later " * 20, T0)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    db = paths.learner_db(PROFILE.id)
    damage(db)  # type: ignore[operator]

    reopened = LearnerStore.open(paths, PROFILE, now=T0 + timedelta(hours=2))
    try:
        assert reopened.recovery is not None
        assert reopened.recovery.backup_time == T0
        assert len(reopened.bookmarks.all()) == 3
        assert reopened.progress.marks("crs") == {"les": "done"}
        message = recovery_message(reopened.recovery, _english)
        assert ": 3 bookmarks and your progress in 1 lesson. Anything" in message
        assert reopened.recovery.damaged_copy.exists()  # kept for rescue, not deleted
        ok = reopened.conn.execute("PRAGMA integrity_check").fetchall()
        assert ok == [("ok",)]
    finally:
        reopened.close()


def test_damaged_database_without_backup_starts_afresh_and_says_so(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    db = paths.learner_db(PROFILE.id)
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not a database at all" * 200)
    store = LearnerStore.open(paths, PROFILE, guest=True, now=T0)
    try:
        assert store.recovery is not None and store.recovery.backup_time is None
        assert "start afresh" in recovery_message(store.recovery, _english)
        assert store.bookmarks.all() == []
    finally:
        store.close()


def test_database_from_newer_app_is_refused_and_not_modified(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    _store_with_bookmarks(paths, 1, T0)
    db = paths.learner_db(PROFILE.id)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {len(LEARNER_MIGRATIONS) + 5}")
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    backups_before = list_backups(paths.learner_backups(PROFILE.id))
    with pytest.raises(NewerDatabaseError) as info:
        LearnerStore.open(paths, PROFILE, now=T0 + timedelta(days=1))
    assert "newer version" in str(info.value)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert list_backups(paths.learner_backups(PROFILE.id)) == backups_before


def test_backups_roll_over_a_week_and_never_for_guests(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    for day in range(10):
        store = LearnerStore.open(paths, PROFILE, now=T0 + timedelta(days=day))
        store.close()
    kept = list_backups(paths.learner_backups(PROFILE.id))
    newest = T0 + timedelta(days=9)
    assert kept[0][0] == newest
    assert all(newest - when <= timedelta(days=7) for when, _ in kept)
    assert len(kept) == 8

    guest = Profile("g", "Guest", "sun", "zh_CN", False, False)
    store = LearnerStore.open(paths, guest, guest=True, now=T0)
    store.bookmarks.add("les", "crs", Anchor(0, "f"), "q", T0)
    assert store.backup_now(T0) is None
    store.close()
    assert not paths.learner_backups("g").exists()


def test_app_start_on_newer_database_says_so_plainly(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.__main__ import main

    db = data_dir / "profiles" / "default" / "learner.sqlite3"
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {len(LEARNER_MIGRATIONS) + 1}")
    conn.close()
    before = db.read_bytes()
    shot = data_dir / "home.png"
    code = main(["--data-dir", str(data_dir), "--lang", "en", "--screenshot", str(shot)])
    assert code == 1 and not shot.exists()
    err = capsys.readouterr().err
    assert "saved by a newer version" in err and "Traceback" not in err
    assert db.read_bytes() == before
