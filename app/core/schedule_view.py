"""What "My schedule" and home show: sessions of this week and next, today's first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from app.core.timetable import ClassEntry, Occurrence, occurrences, week_start


@dataclass(frozen=True, slots=True)
class ScheduleView:
    """Sessions grouped the way a senior reads a timetable."""

    today: tuple[Occurrence, ...]
    later_this_week: tuple[Occurrence, ...]
    next_week: tuple[Occurrence, ...]

    @property
    def empty(self) -> bool:
        return not (self.today or self.later_this_week or self.next_week)


def _sessions(entries: Iterable[ClassEntry], start: datetime, end: datetime) -> list[Occurrence]:
    tz = start.tzinfo  # shown in the learner's own zone, whatever zone the class is in
    found = [
        Occurrence(occ.entry, occ.start.astimezone(tz), occ.end.astimezone(tz))
        for entry in entries
        for occ in occurrences(entry, start, end)
    ]
    found.sort(key=lambda o: (o.start, o.entry.title))
    return found


def build_schedule_view(entries: Iterable[ClassEntry], now: datetime) -> ScheduleView:
    """Today's sessions (also ones already over), the rest of this week, and next week.

    Days are the learner's local days (``now``'s zone); a class held in another zone
    shows on the local day its session falls on.
    """
    tz = now.tzinfo
    day = now.date()
    midnight = datetime.combine(day, datetime.min.time(), tz)
    monday = datetime.combine(week_start(day), datetime.min.time(), tz)
    items = list(entries)
    today = _sessions(items, midnight, midnight + timedelta(days=1))
    later = _sessions(items, midnight + timedelta(days=1), monday + timedelta(days=7))
    nxt = _sessions(items, monday + timedelta(days=7), monday + timedelta(days=14))
    return ScheduleView(tuple(today), tuple(later), tuple(nxt))


def week_sessions(
    entries: Iterable[ClassEntry], any_day: date, tz: tzinfo | None
) -> list[Occurrence]:
    """Every session of the Monday–Sunday week containing ``any_day`` (for printing)."""
    monday = datetime.combine(week_start(any_day), datetime.min.time(), tz)
    return _sessions(entries, monday, monday + timedelta(days=7))
