"""Ports: what the core needs from the outside world, as Protocols."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from app.core.models import Course, LessonContent


class Clock(Protocol):
    """Where time comes from; tests pass a fake so no test waits for real minutes."""

    def now(self) -> datetime:
        """The current moment, timezone-aware."""
        ...


class CourseSource(Protocol):
    """Anything that provides installed courses and their lesson text (packs, platform cache)."""

    def courses(self) -> Iterable[Course]:
        """The courses, in order; a large source may make them one at a time."""
        ...

    def lesson_content(self, lesson_id: str, lang: str) -> LessonContent | None:
        """The lesson in ``lang`` (or the closest language it has), or None if not from here."""
        ...


class Speaker(Protocol):
    """Speaks a short text now (screen help, the settings sample, the sound test).

    Fire and forget: a new ``speak`` replaces what is being said; failures are
    reported by the implementation in the UI, never raised to the caller.
    """

    def speak(self, text: str, lang: str) -> None: ...

    def stop(self) -> None: ...


class Notifier(Protocol):
    """A desktop notification outside the window (tray balloon); a recorder in tests."""

    def notify(self, title: str, text: str) -> None: ...


class SecretStore(Protocol):
    """Where a profile's platform token lives (the OS keyring); never SQLite or files.

    Every method raises ``SecretsUnavailable`` when there is no safe store.
    """

    def get(self, profile_id: str) -> str | None: ...

    def set(self, profile_id: str, secret: str) -> None: ...

    def delete(self, profile_id: str) -> None: ...
