"""Requests to change who is using the app, from any page to the session controller.

A plain observer (no Qt), so the picker page works the same in the picker window,
in a learner's window and in screenshots, and never needs to know who listens.
"""

from __future__ import annotations

from collections.abc import Callable

GUEST = "guest"  # the choice "start a guest session"


class SessionRequests:
    def __init__(self) -> None:
        self._listeners: list[Callable[[str], None]] = []
        self.last: str | None = None

    def subscribe(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    def enter(self, choice: str) -> None:
        """Start a session for a profile id (its PIN already checked) or ``GUEST``."""
        self.last = choice
        for listener in list(self._listeners):
            listener(choice)
