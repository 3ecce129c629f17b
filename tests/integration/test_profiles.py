"""Learners on a shared machine: names, PINs, removal, and nothing shared between two people."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail

from app.core.pin import PinFormatError, PinWaitError, WrongPinError
from app.core.timetable import ClassEntry
from app.services.profile_transfer import ProfileTransfer
from app.services.profiles.manager import DuplicateNameError, ProfileManager
from app.services.secrets.keyring_store import KeyringSecretStore
from tests.classroom_helpers import FakeClock, files_containing
from tests.conftest import make_services
from tests.platform_helpers import MemoryKeyring


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def secrets(keyring: MemoryKeyring) -> KeyringSecretStore:
    return KeyringSecretStore(keyring)


@pytest.fixture
def svc(data_dir: Path, clock: FakeClock, secrets: KeyringSecretStore) -> Any:
    services = make_services(data_dir, clock=clock, secrets=secrets)
    yield services
    services.close()


def add_bookmark(conn: sqlite3.Connection, lesson: str, note: str) -> None:
    conn.execute(
        "INSERT INTO bookmarks(lesson_id, course_id, char_offset, fingerprint, quote, note,"
        " created_at) VALUES (?, 'c', 0, 'f', 'q', ?, '2026-03-02')",
        (lesson, note),
    )


def test_duplicate_name_is_refused_with_a_suggestion(svc: Any) -> None:
    manager = svc.manager
    manager.add("Wang Fang")
    with pytest.raises(DuplicateNameError) as caught:
        manager.add("wang  fang")
    assert "How about “wang fang 2”" in str(caught.value)
    manager.add("Wang Fang 2")
    with pytest.raises(DuplicateNameError) as caught:
        manager.add("Wang Fang")
    assert "Wang Fang 3" in str(caught.value)
    assert [p.name for p in manager.all()] == ["Wang Fang", "Wang Fang 2"]


def test_new_learners_get_different_pictures(svc: Any) -> None:
    manager = svc.manager
    avatars = [manager.add(f"Learner {i}").avatar for i in range(8)]
    assert len(set(avatars)) == 8
    for avatar in avatars:
        assert (Path("resources/avatars") / f"{avatar}.svg").is_file()


def test_pin_is_never_stored_in_clear_and_backs_off(
    svc: Any, clock: FakeClock, data_dir: Path
) -> None:
    manager = svc.manager
    with pytest.raises(PinFormatError):
        manager.add("Li Na", pin="12")
    li = manager.add("Li Na", pin="735190")
    assert li.has_pin
    svc.machine.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert files_containing(data_dir, b"735190") == []

    manager.check_pin(li, "735190")  # right: no wait
    for _ in range(2):  # two slips of the finger are free
        with pytest.raises(WrongPinError) as caught:
            manager.check_pin(li, "111111")
        assert caught.value.wait_s == 0
    with pytest.raises(WrongPinError) as caught:
        manager.check_pin(li, "222222")
    assert caught.value.wait_s == 10 and "wait 10 seconds" in str(caught.value)
    # during the wait even the right PIN is not checked (and does not count as a try)
    clock.advance(9)
    with pytest.raises(PinWaitError) as waiting:
        manager.check_pin(li, "735190")
    assert waiting.value.wait_s == 1
    clock.advance(1)
    with pytest.raises(WrongPinError) as caught:
        manager.check_pin(li, "333333")
    assert caught.value.wait_s == 20  # the wait grows
    clock.advance(20)
    with pytest.raises(WrongPinError) as caught:
        manager.check_pin(li, "444444")
    assert caught.value.wait_s == 40
    clock.advance(40)
    manager.check_pin(li, "735190")  # right PIN after the wait: the count starts again
    with pytest.raises(WrongPinError) as caught:
        manager.check_pin(li, "555555")
    assert caught.value.wait_s == 0


def test_back_off_survives_a_restart(data_dir: Path, clock: FakeClock) -> None:
    first = make_services(data_dir)
    manager = ProfileManager(first.paths, first.profiles, first.machine, clock)
    zhou = manager.add("Zhou", pin="2580")
    for _ in range(3):
        with pytest.raises(WrongPinError):
            manager.check_pin(zhou, "0000")
    first.close()
    second = make_services(data_dir)
    again = ProfileManager(second.paths, second.profiles, second.machine, clock)
    with pytest.raises(PinWaitError):
        again.check_pin(again.by_name("Zhou"), "2580")
    second.close()


def test_reset_pin_lets_the_learner_in_without_one(svc: Any) -> None:
    manager = svc.manager
    chen = manager.add("Chen", pin="4321")
    manager.reset_pin(chen)
    chen = manager.by_name("Chen")
    assert not chen.has_pin
    manager.check_pin(chen, "")  # no PIN: always fine


def test_two_learners_never_see_each_others_data(svc: Any, secrets: KeyringSecretStore) -> None:
    manager = svc.manager
    wang, li = manager.add("Wang"), manager.add("Li")
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    w, lstore = svc.learner(wang), svc.learner(li)
    w.settings.save({"text_scale": 250, "theme": "contrast"})
    w.progress.record_open("lesson-wang", "course-w", now)
    add_bookmark(w.conn, "lesson-wang", "WANG-NOTE")
    secrets.set(wang.id, "token-of-wang")
    lstore.progress.record_open("lesson-li", "course-l", now)
    add_bookmark(lstore.conn, "lesson-li", "LI-NOTE")

    assert lstore.settings.load()["text_scale"] == 100
    assert lstore.settings.load()["theme"] == "light"
    assert lstore.progress.get("lesson-wang") is None
    assert lstore.progress.last_opened().lesson_id == "lesson-li"
    notes = [r[0] for r in lstore.conn.execute("SELECT note FROM bookmarks")]
    assert notes == ["LI-NOTE"]
    assert secrets.get(li.id) is None and secrets.get(wang.id) == "token-of-wang"
    assert w.progress.get("lesson-li") is None
    # on disk too: Li's folder holds nothing of Wang's
    for conn in (w.conn, lstore.conn):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    li_folder = svc.paths.profile_dir(li.id)
    assert files_containing(li_folder, b"WANG-NOTE") == []
    assert files_containing(li_folder, b"lesson-wang") == []
    assert files_containing(svc.paths.profile_dir(wang.id), b"LI-NOTE") == []
    # A class added to Wang never travels in Li's profile file (issue 7 + 8).
    w.schedule.save(ClassEntry("WANG-CLASS", datetime(2026, 3, 3, 9, 0), "Asia/Shanghai"))
    transfer = ProfileTransfer(svc.paths, svc.profiles, svc.machine, svc.release)
    li_doc = json.loads(transfer.export_document(li, lstore.conn, now))
    wang_doc = json.loads(transfer.export_document(wang, w.conn, now))
    assert li_doc["schedule"] == [] and "WANG-CLASS" not in json.dumps(li_doc)
    assert [c["title"] for c in wang_doc["schedule"]] == ["WANG-CLASS"]


def test_removing_a_learner_deletes_everything_of_theirs(
    svc: Any, secrets: KeyringSecretStore, data_dir: Path
) -> None:
    manager = svc.manager
    wang, li = manager.add("Wang"), manager.add("Li")
    store = svc.learner(wang)
    add_bookmark(store.conn, "lesson-1", "SECRET-OF-WANG")
    folder = svc.paths.profile_dir(wang.id)
    (folder / "backups").mkdir(exist_ok=True)
    (folder / "backups" / "learner-2026-03-01.sqlite3").write_bytes(b"SECRET-OF-WANG")
    (folder / "audio").mkdir()
    (folder / "audio" / "note.wav").write_bytes(b"RIFF....SECRET-OF-WANG")
    secrets.set(wang.id, "token")
    secrets.set(li.id, "token-li")

    svc.release(wang)
    manager.remove(wang)

    assert not folder.exists()
    assert secrets.get(wang.id) is None and secrets.get(li.id) == "token-li"
    assert [p.name for p in manager.all()] == ["Li"]
    assert files_containing(data_dir, b"SECRET-OF-WANG") == []


def test_a_guest_token_never_reaches_the_keyring(
    svc: Any, secrets: KeyringSecretStore, keyring: MemoryKeyring
) -> None:
    manager = svc.manager
    guest = manager.start_guest()
    secrets.set(guest.id, "guest-token")
    assert secrets.get(guest.id) == "guest-token"  # signed in for this session only
    assert keyring.entries == {}
    manager.end_guest(guest)
    assert secrets.get(guest.id) is None


def test_a_learner_is_removed_on_a_computer_without_a_keyring(
    data_dir: Path, clock: FakeClock
) -> None:
    no_keyring = KeyringSecretStore(fail.Keyring())  # type: ignore[no-untyped-call]
    services = make_services(data_dir, clock=clock, secrets=no_keyring)
    try:
        manager = services.manager
        wang = manager.add("Wang")
        manager.remove(wang)
        assert manager.all() == [] and not services.paths.profile_dir(wang.id).exists()
    finally:
        services.close()


def test_learners_are_listed_alphabetically_by_pinyin(svc: Any) -> None:
    manager = svc.manager
    for name in ["王秀英", "Li Ming", "陈华", "张建国", "Bai Lu"]:
        manager.add(name)
    assert [p.name for p in manager.all()] == ["Bai Lu", "陈华", "Li Ming", "王秀英", "张建国"]
