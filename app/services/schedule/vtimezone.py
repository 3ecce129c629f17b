"""Compact VTIMEZONE components with yearly RRULEs, the form every calendar reads.

icalendar's own generator lists every change as an RDATE; some readers (dateutil's
``tzical``, which vobject uses, and older desktop calendars) get those wrong. Zones
whose changes follow a yearly weekday rule (all of Europe and North America, and
zones without DST such as Asia/Shanghai) get the RRULE form here; any other zone
falls back to icalendar's RDATE form.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
CHECK_YEARS = 10


def _transitions(tz: ZoneInfo, year: int) -> list[tuple[datetime, timedelta, timedelta, bool]]:
    """(UTC moment, offset before, offset after, is DST after) for each change in ``year``."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    before = moment.astimezone(tz).utcoffset()
    while moment < end:
        moment += timedelta(hours=1)
        local = moment.astimezone(tz)
        after = local.utcoffset()
        if after != before and before is not None and after is not None:
            exact = moment
            while (exact - timedelta(minutes=15)).astimezone(tz).utcoffset() == after:
                exact -= timedelta(minutes=15)  # half-hour changes (Lord Howe)
            found.append((exact, before, after, bool(local.dst())))
        before = after
    return found


def _byday(onset: datetime) -> str:
    last = calendar.monthrange(onset.year, onset.month)[1]
    nth = -1 if onset.day + 7 > last else (onset.day - 1) // 7 + 1
    return f"{nth}{_DAYS[onset.weekday()]}"


def _sub(
    kind: type[icalendar.Component],
    start: datetime,
    frm: timedelta,
    to: timedelta,
    name: str,
    rule: str | None,
) -> icalendar.Component:
    sub = kind()
    sub.add("DTSTART", start)
    sub["TZOFFSETFROM"] = icalendar.vUTCOffset(frm)
    sub["TZOFFSETTO"] = icalendar.vUTCOffset(to)
    if name:
        sub.add("TZNAME", name)
    if rule:
        sub.add("RRULE", icalendar.vRecur.from_ical(rule))
    return sub


def vtimezone(zone: str, first: date) -> icalendar.Timezone:
    """A VTIMEZONE for ``zone`` valid from ``first``'s year on."""
    tz = ZoneInfo(zone)
    year = first.year - 1  # the rules must already hold when the first class starts
    changes = _transitions(tz, year)
    result = icalendar.Timezone()
    result.add("TZID", zone)
    if not changes:
        now = datetime(year, 7, 1, tzinfo=tz)
        offset = now.utcoffset() or timedelta(0)
        result.add_component(
            _sub(
                icalendar.TimezoneStandard,
                datetime(1970, 1, 1),
                offset,
                offset,
                now.tzname() or "",
                None,
            )
        )
        return result
    rules = []
    for moment, before, after, dst in changes:
        onset = (moment + before).replace(tzinfo=None)
        rules.append(
            (onset, before, after, dst, f"FREQ=YEARLY;BYMONTH={onset.month};BYDAY={_byday(onset)}")
        )
    # Keep the RRULE form only if it really predicts the next years' changes.
    for later in range(year + 1, year + CHECK_YEARS):
        got = [(m + b).replace(tzinfo=None) for m, b, _, _ in _transitions(tz, later)]
        want = []
        for onset, *_rest, rule in rules:
            parts = dict(p.split("=") for p in rule.split(";"))
            day = parts["BYDAY"]
            nth, weekday = int(day[:-2]), _DAYS.index(day[-2:])
            month = int(parts["BYMONTH"])
            days = [
                d
                for d in range(1, calendar.monthrange(later, month)[1] + 1)
                if date(later, month, d).weekday() == weekday
            ]
            want.append(
                datetime(later, month, days[nth if nth < 0 else nth - 1], onset.hour, onset.minute)
            )
        if sorted(got) != sorted(want):
            return icalendar.Timezone.from_tzid(zone, first_date=date(year, 1, 1))
    for onset, before, after, dst, rule in rules:
        kind = icalendar.TimezoneDaylight if dst else icalendar.TimezoneStandard
        name = (onset + timedelta(days=2)).replace(tzinfo=tz).tzname() or ""
        result.add_component(_sub(kind, onset, before, after, name, rule))
    return result
