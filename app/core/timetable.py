"""Classes and their occurrences: pure maths, no I/O, no clock.

The rules are in docs/requirements.md#schedules-and-reminders.

A class keeps its recurrence the way a calendar does: a local wall time in an IANA
zone (``start_local`` + ``zone``) and an RFC 5545 RRULE kept verbatim, so COUNT,
UNTIL, BYDAY and anything else survive an edit or an .ics round trip. Cancelled
sessions are EXDATEs (local wall times, or whole days).

Wall times stay wall times across DST: "Tuesday 9:00" is 9:00 in summer and in
winter. A wall time that does not exist (skipped by a spring-forward change) is
moved forward by the gap, like every calendar does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from dateutil.rrule import rrule

DEFAULT_REMINDERS: tuple[int, ...] = (30, 5)
WEEKDAYS: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
LOCAL, PLATFORM = "local", "platform"


class ScheduleError(SilverError):
    default_template = QT_TRANSLATE_NOOP("Errors", "This class cannot be saved.")


class UnknownZoneError(ScheduleError):
    default_template = QT_TRANSLATE_NOOP("Errors", "The time zone “{zone}” is not known.")


class BadRepeatError(ScheduleError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors", "The repeat rule “{rule}” of “{title}” cannot be understood."
    )


@dataclass(frozen=True, slots=True)
class ClassEntry:
    """One class on the learner's timetable."""

    title: str
    start_local: datetime  # naive wall time of the first session, in ``zone``
    zone: str  # IANA name, e.g. "Asia/Shanghai"
    rrule: str = ""  # RFC 5545 RRULE value kept verbatim ("" = a single session)
    duration_min: int = 90
    teacher: str = ""
    place: str = ""
    link: str = ""  # online classes: the address to join
    exdates: tuple[str, ...] = ()  # cancelled sessions: "YYYY-MM-DDTHH:MM" or "YYYY-MM-DD"
    reminders: tuple[int, ...] = DEFAULT_REMINDERS  # minutes before the start
    source: str = LOCAL  # LOCAL or PLATFORM
    platform_id: str = ""
    id: int | None = None  # set by the store

    @property
    def weekdays(self) -> tuple[str, ...]:
        """The BYDAY days of a weekly rule, in week order ("MO" …); () if not weekly."""
        parts = rule_parts(self.rrule)
        if parts.get("FREQ") != "WEEKLY":
            return ()
        days = parts.get("BYDAY")
        if not days:
            return (WEEKDAYS[self.start_local.weekday()],)
        found = {d.strip()[-2:] for d in days.split(",")}
        return tuple(d for d in WEEKDAYS if d in found)

    def tz(self) -> ZoneInfo:
        return zone_info(self.zone)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One session of a class, with timezone-aware start and end."""

    entry: ClassEntry
    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        """Stable name of this session (its UTC start), used to remember fired reminders."""
        return self.start.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


@dataclass(frozen=True, slots=True)
class ReminderTime:
    """When to remind of one session: ``offset_min`` before it starts."""

    occurrence: Occurrence
    offset_min: int
    fire_utc: datetime = field(compare=False)

    @property
    def key(self) -> tuple[int, str, int]:
        return (self.occurrence.entry.id or 0, self.occurrence.key, self.offset_min)


def zone_info(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownZoneError(zone=name) from exc


def rule_parts(rule: str) -> dict[str, str]:
    """``"FREQ=WEEKLY;BYDAY=TU"`` → ``{"FREQ": "WEEKLY", "BYDAY": "TU"}`` (keys upper-case)."""
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for item in text.split(";"):
        key, _, value = item.partition("=")
        if key.strip():
            parts[key.strip().upper()] = value.strip()
    return parts


def with_weekdays(rule: str, days: Sequence[str]) -> str:
    """``rule`` with its BYDAY replaced by ``days``; every other part kept in place.

    An empty rule becomes a weekly one. Used by the form, so editing the days of a
    class imported with COUNT or UNTIL keeps them.
    """
    byday = ",".join(d for d in WEEKDAYS if d in set(days))
    if not rule_parts(rule):
        return f"FREQ=WEEKLY;BYDAY={byday}"
    items = [p for p in rule.strip().removeprefix("RRULE:").split(";") if p.strip()]
    out: list[str] = []
    replaced = False
    for item in items:
        key = item.partition("=")[0].strip().upper()
        if key == "BYDAY":
            out.append(f"BYDAY={byday}")
            replaced = True
        else:
            out.append(item)
    if not replaced:
        out.append(f"BYDAY={byday}")
    return ";".join(out)


def moved_exdates(exdates: Sequence[str], old: time, new: time) -> tuple[str, ...]:
    """Cancelled sessions follow a change of start time (an EXDATE names a wall time)."""
    if old == new:
        return tuple(exdates)
    moved = []
    for text in exdates:
        if "T" in text and datetime.fromisoformat(text).time() == old:
            text = datetime.combine(datetime.fromisoformat(text).date(), new).isoformat(
                timespec="minutes"
            )
        moved.append(text)
    return tuple(moved)


def check_entry(entry: ClassEntry) -> None:
    """Raise a ``ScheduleError`` naming what is wrong; the store calls this before saving."""
    if not entry.title.strip():
        raise ScheduleError(QT_TRANSLATE_NOOP("Errors", "Please give the class a name."))
    zone_info(entry.zone)
    _rule_set(entry)


def _rule_set(entry: ClassEntry) -> tuple[rrule | None, bool]:
    """The dateutil rule for ``entry`` (None for a single session) and whether it is aware.

    UNTIL in UTC needs an aware start, a floating UNTIL a naive one (dateutil insists);
    either way the rule walks in wall time, so DST never moves the class.
    """
    if not entry.rrule.strip():
        return None, False
    from dateutil.rrule import rrule, rrulestr  # only for repeating classes (start-up speed)

    until = rule_parts(entry.rrule).get("UNTIL", "")
    start: datetime = entry.start_local
    if until.upper().endswith("Z"):
        start = start.replace(tzinfo=entry.tz())
    try:
        rule = rrulestr(entry.rrule.strip().removeprefix("RRULE:"), dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise BadRepeatError(rule=entry.rrule, title=entry.title) from exc
    if not isinstance(rule, rrule):
        raise BadRepeatError(rule=entry.rrule, title=entry.title)
    return rule, start.tzinfo is not None


def _cancelled(entry: ClassEntry) -> tuple[set[datetime], set[date]]:
    times: set[datetime] = set()
    days: set[date] = set()
    for text in entry.exdates:
        if "T" in text:
            times.add(datetime.fromisoformat(text).replace(second=0, microsecond=0, tzinfo=None))
        else:
            days.add(date.fromisoformat(text))
    return times, days


def _aware(wall: datetime, tz: ZoneInfo) -> datetime:
    """``wall`` in ``tz``; a wall time in a DST gap is moved forward by the gap."""
    aware = wall.replace(tzinfo=tz)
    return aware.astimezone(UTC).astimezone(tz)


def occurrences(entry: ClassEntry, start: datetime, end: datetime) -> list[Occurrence]:
    """Sessions of ``entry`` that start in ``[start, end)`` (aware datetimes), in order.

    Cancelled sessions (EXDATE) are left out.
    """
    tz = entry.tz()
    length = timedelta(minutes=entry.duration_min)
    # Walk wall times with a day of slack each side; compare the aware results exactly.
    lo = start.astimezone(tz).replace(tzinfo=None) - timedelta(days=1)
    hi = end.astimezone(tz).replace(tzinfo=None) + timedelta(days=1)
    rule, aware = _rule_set(entry)
    walls: Iterable[datetime]
    if rule is None:
        walls = [entry.start_local] if lo <= entry.start_local <= hi else []
    elif aware:
        walls = (
            d.replace(tzinfo=None)
            for d in rule.between(lo.replace(tzinfo=tz), hi.replace(tzinfo=tz), inc=True)
        )
    else:
        walls = rule.between(lo, hi, inc=True)
    times, days = _cancelled(entry)
    found: list[Occurrence] = []
    for wall in walls:
        if wall in times or wall.date() in days:
            continue
        begin = _aware(wall, tz)
        if start <= begin < end:
            found.append(Occurrence(entry, begin, begin + length))
    return found


def next_occurrence(
    entry: ClassEntry, after: datetime, horizon_days: int = 400
) -> Occurrence | None:
    """The first session starting at or after ``after`` within the horizon, or None."""
    window = timedelta(days=14)
    lo = after
    while lo < after + timedelta(days=horizon_days):
        found = occurrences(entry, lo, lo + window)
        if found:
            return found[0]
        lo += window
    return None


def reminder_times(
    entries: Iterable[ClassEntry], start_utc: datetime, end_utc: datetime
) -> list[ReminderTime]:
    """Every reminder that fires in ``[start_utc, end_utc)``, earliest first."""
    found: list[ReminderTime] = []
    for entry in entries:
        offsets = sorted(set(entry.reminders))
        if not offsets:
            continue
        reach = timedelta(minutes=max(offsets))
        for occ in occurrences(entry, start_utc, end_utc + reach):
            for offset in offsets:
                fire = occ.start.astimezone(UTC) - timedelta(minutes=offset)
                if start_utc <= fire < end_utc:
                    found.append(ReminderTime(occ, offset, fire))
    found.sort(key=lambda r: (r.fire_utc, r.offset_min))
    return found


def week_start(day: date) -> date:
    """The Monday of the week that contains ``day``."""
    return day - timedelta(days=day.weekday())


def first_matching_day(start: date, days: Sequence[str]) -> date:
    """The first date on or after ``start`` whose weekday is in ``days`` (``start`` if none)."""
    for step in range(7):
        candidate = start + timedelta(days=step)
        if WEEKDAYS[candidate.weekday()] in days:
            return candidate
    return start


def weekly_class(
    title: str,
    days: Sequence[str],
    at: time,
    zone: str,
    today: date,
    **fields: object,
) -> ClassEntry:
    """A class every ``days`` at ``at`` from ``today`` on (what the form makes)."""
    first = first_matching_day(today, days)
    entry = ClassEntry(
        title=title,
        start_local=datetime.combine(first, at),
        zone=zone,
        rrule=with_weekdays("", days),
    )
    return replace(entry, **fields)  # type: ignore[arg-type]
