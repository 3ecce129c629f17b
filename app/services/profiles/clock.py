"""The real clock, for the profile manager and the idle watch (tests pass a fake)."""

from __future__ import annotations

from datetime import UTC, datetime


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)
