"""Where the caregiver PIN lives: the machine database, apart from profile PINs.

One caregiver PIN per computer (the caregiver prepares the PC). Wrong tries are
counted in the database too, so closing and reopening the app does not reset
the wait. Time comes from an injected clock.
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime, timedelta

from app.core.pin import CAREGIVER_BACKOFF, PinCheck, hash_pin, verify_pin
from app.core.ports import Clock
from app.services.store.database import transaction

PIN_KEY = "caregiver_pin"
TRIES_KEY = "caregiver_pin_tries"


class CaregiverLock:
    def __init__(self, machine: sqlite3.Connection, clock: Clock) -> None:
        self._conn = machine
        self._clock = clock

    def is_set(self) -> bool:
        return self._get(PIN_KEY) is not None

    def set_pin(self, pin: str) -> None:
        """Store a new PIN (``PinFormatError`` if it is not 4–6 digits)."""
        stored = hash_pin(pin, os.urandom(16))
        self._put({PIN_KEY: stored, TRIES_KEY: None})

    def clear(self) -> bool:
        """Remove the PIN (settings are open again). True if there was one."""
        had = self.is_set()
        self._put({PIN_KEY: None, TRIES_KEY: None})
        return had

    def wait_s(self) -> int:
        """Seconds before another try is allowed (0 = now)."""
        failures, last = self._tries()
        if last is None:
            return 0
        until = last + timedelta(seconds=CAREGIVER_BACKOFF.wait_after(failures))
        remaining = (until - self._clock.now()).total_seconds()
        return max(0, int(remaining + 0.999))

    def check(self, pin: str) -> PinCheck:
        """Try ``pin``. While a wait is running the try is refused without being counted."""
        stored = self._get(PIN_KEY)
        if stored is None:
            return PinCheck(True)
        waiting = self.wait_s()
        if waiting:
            return PinCheck(False, waiting)
        if verify_pin(pin, stored):
            self._put({TRIES_KEY: None})
            return PinCheck(True)
        failures, _ = self._tries()
        failures += 1
        self._put({TRIES_KEY: json.dumps({"failures": failures, "last": self._now_iso()})})
        return PinCheck(False, CAREGIVER_BACKOFF.wait_after(failures))

    # ---------------------------------------------------------------- storage
    def _now_iso(self) -> str:
        return self._clock.now().isoformat()

    def _tries(self) -> tuple[int, datetime | None]:
        raw = self._get(TRIES_KEY)
        if raw is None:
            return 0, None
        try:
            data = json.loads(raw)
            return int(data["failures"]), datetime.fromisoformat(data["last"])
        except (ValueError, KeyError, TypeError):
            return 0, None

    def _get(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM machine_settings WHERE key = ?", (key,))
        found = row.fetchone()
        return None if found is None else str(found[0])

    def _put(self, values: dict[str, str | None]) -> None:
        with transaction(self._conn):
            for key, value in values.items():
                if value is None:
                    self._conn.execute("DELETE FROM machine_settings WHERE key = ?", (key,))
                else:
                    self._conn.execute(
                        "INSERT INTO machine_settings(key, value) VALUES (?, ?)"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (key, value),
                    )
