"""Study time, measured honestly: what counts as studying, second by second.

Pure logic driven by a ``Clock``. The window tells the meter which lesson is open,
whether the window is in front (not minimised, screen not locked), when the learner
last did something, and whether read-aloud, audio or video is playing; ``tick()`` is
called about once a second and adds the time since the last tick only if all of that
held. Time is kept per lesson, local day and kind until ``take()`` hands it to the
store, so a late tick (the computer slept) never adds the sleep.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from app.core.ports import Clock

PRESENCE_WINDOW = timedelta(minutes=2)  # input this recent: the learner is there
MAX_TICK = timedelta(seconds=5)  # a longer gap between ticks: the machine slept
FLUSH_EVERY = timedelta(seconds=30)  # a restart loses at most this much


class StudyKind(Enum):
    """How the learner took in the lesson (the platform's ``Kind``)."""

    READ = "read"
    LISTENED = "listened"
    WATCHED = "watched"


@dataclass(frozen=True, slots=True)
class StudyKey:
    """What study time is counted under: one lesson, one local day, one kind of study."""

    day: date
    course_id: str
    lesson_id: str
    kind: StudyKind


class StudyMeter:
    """Counts seconds with a lesson open, in front, while the learner is there."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lesson: tuple[str, str] | None = None  # (course id, lesson id)
        self._foreground = True
        self._playing: StudyKind | None = None
        self._last_input = clock.now()
        self._last_tick = clock.now()
        self._last_flush = clock.now()
        self._pending: dict[StudyKey, float] = {}

    def open_lesson(self, course_id: str, lesson_id: str) -> None:
        """A lesson is on screen (opening it counts as input)."""
        self.tick()
        self._lesson = (course_id, lesson_id)
        self.touch()

    def close_lesson(self) -> None:
        self.tick()
        self._lesson = None
        self._playing = None

    @property
    def lesson_open(self) -> bool:
        """Whether a lesson is on screen (between ``open_lesson`` and ``close_lesson``)."""
        return self._lesson is not None

    def touch(self) -> None:
        """The learner pressed a key, moved the mouse, touched the screen."""
        self._last_input = self._clock.now()

    def set_foreground(self, front: bool) -> None:
        """False when the window is minimised, behind another, or the screen is locked."""
        self.tick()
        self._foreground = front

    def set_playing(self, kind: StudyKind | None) -> None:
        """``LISTENED`` while read-aloud or audio plays, ``WATCHED`` for video, else None."""
        self.tick()
        self._playing = kind

    def counting(self) -> bool:
        """Whether this moment counts as study time."""
        if self._lesson is None or not self._foreground:
            return False
        if self._playing is not None:
            return True
        return self._clock.now() - self._last_input <= PRESENCE_WINDOW

    def tick(self) -> None:
        """Add the time since the last tick, if the learner was studying."""
        now = self._clock.now()
        gap = now - self._last_tick
        self._last_tick = now
        if gap <= timedelta(0) or self._lesson is None or not self._foreground:
            return
        gap = min(gap, MAX_TICK)
        if self._playing is None:
            # only up to two minutes after the last input
            gap = min(gap, max(timedelta(0), self._last_input + PRESENCE_WINDOW - (now - gap)))
            if gap <= timedelta(0):
                return
        course_id, lesson_id = self._lesson
        key = StudyKey(now.date(), course_id, lesson_id, self._playing or StudyKind.READ)
        self._pending[key] = self._pending.get(key, 0.0) + gap.total_seconds()

    def due(self) -> bool:
        """Time to save (every 30 s), so a crash loses at most that much."""
        return bool(self._pending) and self._clock.now() - self._last_flush >= FLUSH_EVERY

    def take(self) -> dict[StudyKey, int]:
        """The whole seconds counted since the last take (fractions carry over)."""
        self._last_flush = self._clock.now()
        whole: dict[StudyKey, int] = {}
        for key, seconds in list(self._pending.items()):
            full = int(seconds)
            if full:
                whole[key] = full
            rest = seconds - full
            if rest:
                self._pending[key] = rest
            else:
                del self._pending[key]
        return whole
