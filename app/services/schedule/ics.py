"""iCalendar (.ics, RFC 5545) import and export of classes, with the icalendar library.

Import is all or nothing: the whole file is read and checked first, and the first
problem found is reported in words naming it ("The repeat rule of “Tai chi” …");
nothing is written unless every class is good. RRULEs are kept as written in the
file; time zones may be IANA names, Windows names ("China Standard Time") or
VTIMEZONE ids. Export writes VTIMEZONEs, RRULE/EXDATE as stored, and one VALARM per
reminder, so export → import gives the same classes back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.timetable import (
    DEFAULT_REMINDERS,
    PLATFORM,
    ClassEntry,
    ScheduleError,
    UnknownZoneError,
    check_entry,
)
from app.core.timezones import resolve_zone
from app.services.schedule.vtimezone import vtimezone

MAX_BYTES = 2 * 1024 * 1024
PRODID = "-//Silver Classroom//Class schedule//EN"


class IcsError(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors", "This calendar file could not be read. Nothing was imported."
    )


NOT_CALENDAR = QT_TRANSLATE_NOOP(
    "Errors", "This is not a calendar file: it does not start with BEGIN:VCALENDAR."
)
UNFINISHED = QT_TRANSLATE_NOOP(
    "Errors", "The calendar file is incomplete: END:VCALENDAR is missing. Nothing was imported."
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "The calendar file is too large to be a class timetable. Nothing was imported."
)
NOT_READABLE = QT_TRANSLATE_NOOP(
    "Errors", "The calendar file could not be read ({detail}). Nothing was imported."
)
NO_EVENTS = QT_TRANSLATE_NOOP("Errors", "The calendar file has no classes in it.")
NO_TITLE = QT_TRANSLATE_NOOP(
    "Errors", "Class number {number} in the calendar file has no name. Nothing was imported."
)
NO_START = QT_TRANSLATE_NOOP(
    "Errors", "The class “{title}” has no start time. Nothing was imported."
)
BAD_FIELD = QT_TRANSLATE_NOOP(
    "Errors", "The {field} of “{title}” cannot be read: {value}. Nothing was imported."
)
WHOLE_DAY = QT_TRANSLATE_NOOP(
    "Errors",
    "“{title}” is a whole-day event, not a class with a start time. Nothing was imported.",
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Errors", "The calendar file is not text (UTF-8). Nothing was imported."
)


# ---------------------------------------------------------------- import
def parse_ics(data: bytes, default_zone: str) -> list[ClassEntry]:
    """The classes in ``data``; ``IcsError`` naming the first problem otherwise.

    Times without a zone ("floating") and UTC times are read in ``default_zone``.
    """
    if len(data) > MAX_BYTES:
        raise IcsError(TOO_BIG)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IcsError(NOT_TEXT) from exc
    unfolded = re.sub(r"\r?\n[ \t]", "", text).replace("\r\n", "\n")
    lines = [line for line in unfolded.split("\n") if line.strip()]
    if not lines or lines[0].strip().upper() != "BEGIN:VCALENDAR":
        raise IcsError(NOT_CALENDAR)
    if lines[-1].strip().upper() != "END:VCALENDAR":
        raise IcsError(UNFINISHED)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise IcsError(NOT_READABLE, detail=str(exc)[:80]) from exc
    events = list(calendar.walk("VEVENT"))
    if not events:
        raise IcsError(NO_EVENTS)
    raw_rules = _raw_rules(unfolded)
    if len(raw_rules) != len(events):
        raw_rules = [""] * len(events)
    return [
        _entry(event, number, raw, default_zone)
        for number, (event, raw) in enumerate(zip(events, raw_rules, strict=True), start=1)
    ]


def _raw_rules(unfolded: str) -> list[str]:
    """Each VEVENT's RRULE exactly as written (icalendar would reorder its parts)."""
    rules: list[str] = []
    for block in re.findall(r"BEGIN:VEVENT\n(.*?)END:VEVENT", unfolded, re.S | re.I):
        match = re.search(r"^RRULE(?:;[^:]*)?:(.*)$", block, re.M | re.I)
        rules.append(match.group(1).strip() if match else "")
    return rules


def _entry(event: Any, number: int, raw_rule: str, default_zone: str) -> ClassEntry:
    title = str(event.get("SUMMARY", "")).strip()
    if not title:
        raise IcsError(NO_TITLE, number=number)
    for name, problem in getattr(event, "errors", []):
        value = str(event.get(name, ""))[:60] or str(problem)[:60]
        raise IcsError(BAD_FIELD, field=name, title=title, value=value)
    start_prop = event.get("DTSTART")
    if start_prop is None:
        raise IcsError(NO_START, title=title)
    start = start_prop.dt
    if not isinstance(start, datetime):
        raise IcsError(WHOLE_DAY, title=title)
    try:
        zone = _zone_of(start_prop, start, default_zone)
        tz = ZoneInfo(zone)
        wall = _wall(start, tz)
        entry = ClassEntry(
            title=title,
            start_local=wall,
            zone=zone,
            rrule=raw_rule or _rule_text(event),
            duration_min=_duration(event, start),
            teacher=_teacher(event),
            place=_place(event),
            link=_link(event),
            exdates=_exdates(event, tz),
            reminders=_reminders(event),
        )
        check_entry(entry)
    except ScheduleError:
        raise  # already names the class or the zone; nothing has been written
    return entry


def _zone_of(prop: Any, start: datetime, default_zone: str) -> str:
    tzid = prop.params.get("TZID")
    if tzid:
        try:
            return resolve_zone(str(tzid))
        except UnknownZoneError:
            key = getattr(start.tzinfo, "key", None)  # a VTIMEZONE icalendar understood
            if key:
                return resolve_zone(str(key))
            raise
    return default_zone


def _wall(moment: datetime, tz: ZoneInfo) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(tz)
    return moment.replace(tzinfo=None, second=0, microsecond=0)


def _rule_text(event: Any) -> str:
    rule = event.get("RRULE")
    if rule is None:
        return ""
    if isinstance(rule, list):
        rule = rule[0]
    return str(rule.to_ical().decode())


def _duration(event: Any, start: datetime) -> int:
    end = event.get("DTEND")
    if end is not None and isinstance(end.dt, datetime):
        minutes = int((end.dt - start).total_seconds() // 60)
    elif event.get("DURATION") is not None:
        minutes = int(event["DURATION"].dt.total_seconds() // 60)
    else:
        minutes = 60
    return minutes if 0 < minutes <= 24 * 60 else 60


def _teacher(event: Any) -> str:
    teacher = str(event.get("X-SILVER-TEACHER", "")).strip()
    if not teacher and event.get("ORGANIZER") is not None:
        teacher = str(event["ORGANIZER"].params.get("CN", "")).strip()
    return teacher


def _place(event: Any) -> str:
    place = str(event.get("LOCATION", "")).strip()
    return "" if place.lower().startswith(("http://", "https://")) else place


def _link(event: Any) -> str:
    url = str(event.get("URL", "")).strip()
    place = str(event.get("LOCATION", "")).strip()
    if not url and place.lower().startswith(("http://", "https://")):
        url = place
    return url


def _exdates(event: Any, tz: ZoneInfo) -> tuple[str, ...]:
    found: list[str] = []
    props = event.get("EXDATE")
    if props is None:
        return ()
    for prop in props if isinstance(props, list) else [props]:
        for item in prop.dts:
            value = item.dt
            if isinstance(value, datetime):
                found.append(_wall(value, tz).isoformat(timespec="minutes"))
            elif isinstance(value, date):
                found.append(value.isoformat())
    return tuple(found)


def _reminders(event: Any) -> tuple[int, ...]:
    offsets: list[int] = []
    for alarm in event.walk("VALARM"):
        trigger = alarm.get("TRIGGER")
        value = getattr(trigger, "dt", None)
        if isinstance(value, timedelta) and value <= timedelta(0):
            offsets.append(int(-value.total_seconds() // 60))
    return tuple(sorted(set(offsets), reverse=True)) if offsets else DEFAULT_REMINDERS


# ---------------------------------------------------------------- export
class _RawRule:
    """An RRULE value written exactly as stored (icalendar's vRecur would reorder it)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.params = icalendar.Parameters()

    def to_ical(self) -> bytes:
        return self.text.encode()


def export_ics(entries: Iterable[ClassEntry], now: datetime | None = None) -> bytes:
    """An RFC 5545 calendar of ``entries`` with the VTIMEZONEs they use."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("X-WR-CALNAME", "Silver Classroom")
    items = list(entries)
    zones: dict[str, date] = {}
    for entry in items:
        day = entry.start_local.date()
        zones[entry.zone] = min(day, zones.get(entry.zone, day))
    for zone, first in zones.items():
        calendar.add_component(vtimezone(zone, first))
    for entry in items:
        calendar.add_component(_event(entry, stamp))
    return bytes(calendar.to_ical())


def _event(entry: ClassEntry, stamp: datetime) -> icalendar.Event:
    tz = ZoneInfo(entry.zone)
    event = icalendar.Event()
    if entry.source == PLATFORM and entry.platform_id:
        uid = f"platform-{entry.platform_id}@silver-classroom"
    else:
        uid = f"class-{entry.id or abs(hash(entry))}@silver-classroom"
    event.add("UID", uid)
    event.add("DTSTAMP", stamp)
    event.add("SUMMARY", entry.title)
    start = entry.start_local.replace(tzinfo=tz)
    event.add("DTSTART", start)
    event.add("DTEND", start + timedelta(minutes=entry.duration_min))
    if entry.rrule:
        event["RRULE"] = _RawRule(entry.rrule.removeprefix("RRULE:"))
    # A cancelled whole day is written as that day's session time: many calendars
    # ignore a DATE EXDATE on a timed event (RFC 5545 matches instances exactly).
    times = [
        datetime.fromisoformat(x)
        if "T" in x
        else datetime.combine(date.fromisoformat(x), entry.start_local.time())
        for x in entry.exdates
    ]
    if times:
        event.add("EXDATE", [t.replace(tzinfo=tz) for t in times])
    if entry.place:
        event.add("LOCATION", entry.place)
    if entry.link:
        event.add("URL", entry.link)
    if entry.teacher:
        event.add("X-SILVER-TEACHER", entry.teacher)
        event.add("DESCRIPTION", f"Teacher: {entry.teacher}")
    for minutes in sorted(set(entry.reminders), reverse=True):
        alarm = icalendar.Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", entry.title)
        alarm.add("TRIGGER", timedelta(minutes=-minutes))
        event.add_component(alarm)
    return event
