"""The caregiver PIN: stored only as a salted scrypt hash, with a growing wait after wrong tries."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.pin import CAREGIVER_BACKOFF, PinFormatError, hash_pin, verify_pin
from app.services.caregiver import CaregiverLock
from app.services.store.database import connect
from app.services.store.schema import MACHINE_MIGRATIONS
from tests.classroom_helpers import FakeClock


def test_hash_is_salted_scrypt_and_never_the_pin() -> None:
    a, b = hash_pin("2468", b"salt-one-16bytes"), hash_pin("2468", b"salt-two-16bytes")
    assert a.startswith("scrypt$") and "2468" not in a.split("$")[-1]
    assert a != b
    assert verify_pin("2468", a) and verify_pin("2468", b)
    assert not verify_pin("2469", a)
    assert not verify_pin("2468", "damaged")


@pytest.mark.parametrize("pin", ["123", "1234567", "12a4", "", "１２３４"])
def test_a_pin_is_4_to_6_plain_digits(pin: str) -> None:
    with pytest.raises(PinFormatError):
        hash_pin(pin, b"0123456789abcdef")


def test_waits_grow_after_a_few_free_tries() -> None:
    waits = [CAREGIVER_BACKOFF.wait_after(n) for n in range(1, 12)]
    assert waits[:2] == [0, 0]
    assert waits[2:6] == [2, 4, 8, 16]
    assert waits == sorted(waits) and max(waits) == 300


@pytest.fixture
def lock_and_clock(tmp_path: Path) -> tuple[CaregiverLock, FakeClock, Path]:
    clock = FakeClock()
    db = tmp_path / "machine.sqlite3"
    return CaregiverLock(connect(db, MACHINE_MIGRATIONS), clock), clock, db


def test_wrong_tries_make_the_caregiver_wait_even_after_a_restart(
    lock_and_clock: tuple[CaregiverLock, FakeClock, Path],
) -> None:
    lock, clock, db = lock_and_clock
    lock.set_pin("1357")
    assert lock.is_set()
    assert lock.check("0000").wait_s == 0
    assert lock.check("0000").wait_s == 0
    third = lock.check("0000")
    assert not third.accepted and third.wait_s == 2
    # the app is closed and opened again: the wait is still there
    again = CaregiverLock(connect(db, MACHINE_MIGRATIONS), clock)
    refused = again.check("1357")
    assert not refused.accepted and refused.wait_s == 2  # even the right PIN waits
    clock.advance(2)
    assert again.check("1357").accepted
    assert again.wait_s() == 0 and again.check("0000").wait_s == 0  # counting starts over


def test_the_stored_value_is_a_hash(lock_and_clock: tuple[CaregiverLock, FakeClock, Path]) -> None:
    lock, _, db = lock_and_clock
    lock.set_pin("864209")
    rows = dict(connect(db, MACHINE_MIGRATIONS).execute("SELECT key, value FROM machine_settings"))
    assert "864209" not in rows["caregiver_pin"]
    assert lock.clear() and not lock.is_set() and not lock.clear()


@pytest.mark.parametrize(("wait_s", "said"), [(1, "1 more second "), (2, "2 more seconds ")])
def test_the_wait_is_said_in_good_english(wait_s: int, said: str) -> None:
    from app.core.pin import PinWaitError

    assert said in str(PinWaitError(wait_s))
