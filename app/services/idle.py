"""When a shared machine has been left alone: the idle timeout of the classroom policy.

Pure logic driven by a ``Clock``: the UI feeds it input (``touch``) and asks
``check(busy)`` once a second; tests move a fake clock instead of waiting minutes.
Reading aloud or playing media counts as activity: nobody is timed out mid-lesson.
"""

from __future__ import annotations

from datetime import timedelta
from enum import Enum

from app.core.ports import Clock

WARNING_SECONDS = 60


class IdleState(Enum):
    ACTIVE = "active"
    WARNING = "warning"  # "Are you still there?" is on screen and spoken
    EXPIRED = "expired"  # back to the picker


class IdleWatch:
    def __init__(self, clock: Clock, timeout_s: int, warning_s: int = WARNING_SECONDS) -> None:
        self._clock = clock
        self._timeout = timedelta(seconds=timeout_s)
        self._warning = timedelta(seconds=warning_s)
        self._last = clock.now()

    @property
    def enabled(self) -> bool:
        return self._timeout > timedelta(0)

    def touch(self) -> None:
        """The learner did something (key, mouse, touch)."""
        self._last = self._clock.now()

    def check(self, busy: bool = False) -> IdleState:
        """Where things stand now; ``busy`` (read-aloud or media playing) counts as input."""
        if not self.enabled:
            return IdleState.ACTIVE
        if busy:
            self.touch()
        idle = self._clock.now() - self._last
        if idle < self._timeout:
            return IdleState.ACTIVE
        if idle < self._timeout + self._warning:
            return IdleState.WARNING
        return IdleState.EXPIRED

    def warn_from_now(self) -> None:
        """Restart the warning period now (when the timeout was noticed late)."""
        self._last = self._clock.now() - self._timeout

    def seconds_left(self) -> int:
        """Seconds of the warning that remain (for the visible countdown)."""
        left = self._last + self._timeout + self._warning - self._clock.now()
        return max(0, int(left.total_seconds() + 0.999))
