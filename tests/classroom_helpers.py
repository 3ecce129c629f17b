"""Shared by the classroom tests: a clock that moves only when told."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    def __init__(self) -> None:
        self.moment = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


def files_containing(root: object, needle: bytes) -> list[str]:
    """Every file under ``root`` whose bytes contain ``needle``."""
    from pathlib import Path

    return [str(p) for p in Path(str(root)).rglob("*") if p.is_file() and needle in p.read_bytes()]
