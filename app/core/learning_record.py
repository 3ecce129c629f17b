"""What the "My learning" page and the certificate show, worked out from plain numbers.

Pure: the service reads the store and hands in seconds per day, finished lessons and
courses; the UI turns these facts into words. Calm and factual: no streaks, no targets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.core.timetable import week_start


@dataclass(frozen=True, slots=True)
class WeekBar:
    """One day of this week's chart on "My learning": whole minutes studied."""

    day: date
    minutes: int


@dataclass(frozen=True, slots=True)
class LearningSummary:
    """The facts the "My learning" page shows: this week day by day, and the totals."""

    week: tuple[WeekBar, ...]  # Monday to Sunday of this week
    lessons_this_month: int
    courses_completed: int
    total_seconds: int

    @property
    def week_minutes(self) -> int:
        return sum(bar.minutes for bar in self.week)

    @property
    def busiest(self) -> date | None:
        """The day with the most minutes this week (the earliest of equals), or None."""
        best = max(self.week, key=lambda bar: bar.minutes, default=None)
        return None if best is None or best.minutes == 0 else best.day

    @property
    def total_hours(self) -> float:
        return round(self.total_seconds / 3600, 1)


def week_bars(today: date, seconds_by_day: dict[date, int]) -> tuple[WeekBar, ...]:
    """Minutes per day, Monday to Sunday of the week containing ``today`` (rounded down)."""
    monday = week_start(today)
    days = [monday + timedelta(days=n) for n in range(7)]
    return tuple(WeekBar(day, seconds_by_day.get(day, 0) // 60) for day in days)


def hours_minutes(minutes: int) -> tuple[int, int]:
    """``135`` → ``(2, 15)``."""
    return divmod(max(0, minutes), 60)


@dataclass(frozen=True, slots=True)
class CourseRecord:
    """What a certificate states about one finished course."""

    learner: str
    course_title: str
    lessons: int
    seconds: int
    first_day: date
    last_day: date
