"""Occurrence maths: wall times stay put across DST; EXDATE, UNTIL and COUNT are honoured."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.schedule_view import build_schedule_view
from app.core.timetable import (
    BadRepeatError,
    ClassEntry,
    UnknownZoneError,
    check_entry,
    next_occurrence,
    occurrences,
    reminder_times,
    weekly_class,
    with_weekdays,
)
from app.core.timezones import resolve_zone

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SHANGHAI = ZoneInfo("Asia/Shanghai")


def entry(zone: str, start: datetime, rule: str, **kw: object) -> ClassEntry:
    return ClassEntry(title="Calligraphy", start_local=start, zone=zone, rrule=rule, **kw)  # type: ignore[arg-type]


def starts(e: ClassEntry, a: datetime, b: datetime) -> list[datetime]:
    return [o.start for o in occurrences(e, a, b)]


def test_berlin_class_stays_at_nine_across_autumn_dst_change() -> None:
    e = entry("Europe/Berlin", datetime(2026, 10, 20, 9, 0), "FREQ=WEEKLY;BYDAY=TU")
    got = starts(e, datetime(2026, 10, 19, tzinfo=UTC), datetime(2026, 11, 4, tzinfo=UTC))
    assert [(d.date().isoformat(), d.hour) for d in got] == [
        ("2026-10-20", 9),
        ("2026-10-27", 9),
        ("2026-11-03", 9),
    ]
    # Same wall time, different UTC: summer time ended on 25 October.
    assert [d.astimezone(UTC).hour for d in got] == [7, 8, 8]


def test_new_york_spring_forward_and_a_time_in_the_gap() -> None:
    e = entry("America/New_York", datetime(2026, 3, 1, 18, 30), "FREQ=WEEKLY;BYDAY=SU")
    got = starts(e, datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 16, tzinfo=UTC))
    assert [d.astimezone(UTC).hour for d in got] == [23, 22, 22]  # EST then EDT, still 18:30
    gap = entry("America/New_York", datetime(2026, 3, 1, 2, 30), "FREQ=WEEKLY;BYDAY=SU")
    (on_change,) = starts(gap, datetime(2026, 3, 8, tzinfo=UTC), datetime(2026, 3, 9, tzinfo=UTC))
    assert (on_change.hour, on_change.minute) == (3, 30)  # 2:30 did not exist that night


def test_shanghai_with_exdate_and_until_in_utc() -> None:
    e = entry(
        "Asia/Shanghai",
        datetime(2026, 9, 1, 9, 0),
        "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260917T010000Z",
        exdates=("2026-09-08T09:00", "2026-09-10"),
    )
    got = starts(e, datetime(2026, 8, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))
    assert [d.strftime("%m-%d %H:%M") for d in got] == [
        "09-01 09:00",
        "09-03 09:00",
        "09-15 09:00",
        "09-17 09:00",
    ]
    assert all(d.utcoffset() == timedelta(hours=8) for d in got)


def test_count_and_floating_until_are_kept() -> None:
    counted = entry("Europe/Berlin", datetime(2026, 3, 24, 9, 0), "FREQ=WEEKLY;COUNT=3")
    got = starts(counted, datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    assert [d.date().isoformat() for d in got] == ["2026-03-24", "2026-03-31", "2026-04-07"]
    assert [d.astimezone(UTC).hour for d in got] == [8, 7, 7]  # across the March change
    floating = entry("Asia/Shanghai", datetime(2026, 9, 1, 9, 0), "FREQ=DAILY;UNTIL=20260903")
    got = starts(floating, datetime(2026, 8, 1, tzinfo=UTC), datetime(2026, 10, 1, tzinfo=UTC))
    assert len(got) == 2  # UNTIL 3 Sept 00:00 local ends before the third session


def test_editing_days_keeps_count_until_and_order() -> None:
    rule = "FREQ=WEEKLY;UNTIL=20261231T160000Z;BYDAY=TU;WKST=MO"
    assert (
        with_weekdays(rule, ["TH", "TU"])
        == "FREQ=WEEKLY;UNTIL=20261231T160000Z;BYDAY=TU,TH;WKST=MO"
    )
    assert with_weekdays("FREQ=WEEKLY;COUNT=5", ["MO"]) == "FREQ=WEEKLY;COUNT=5;BYDAY=MO"
    made = weekly_class(
        "Tai chi",
        ["WE"],
        datetime(2026, 1, 1, 8, 0).time(),
        "Asia/Shanghai",
        datetime(2026, 9, 1).date(),
    )
    assert made.start_local == datetime(2026, 9, 2, 8, 0) and made.weekdays == ("WE",)


def test_reminder_times_and_next_occurrence() -> None:
    e = entry("Asia/Shanghai", datetime(2026, 9, 1, 9, 0), "FREQ=WEEKLY;BYDAY=TU", id=7)
    now = datetime(2026, 9, 1, 0, 0, tzinfo=UTC)  # 08:00 in Shanghai
    fires = reminder_times([e], now, now + timedelta(hours=2))
    assert [(r.offset_min, r.fire_utc.strftime("%H:%M")) for r in fires] == [
        (30, "00:30"),
        (5, "00:55"),
    ]
    nxt = next_occurrence(e, datetime(2026, 9, 2, tzinfo=SHANGHAI))
    assert nxt is not None and nxt.start.date().isoformat() == "2026-09-08"


def test_bad_rules_and_zones_are_named() -> None:
    with pytest.raises(BadRepeatError, match="FREQ=SOMETIMES"):
        check_entry(entry("Asia/Shanghai", datetime(2026, 9, 1, 9), "FREQ=SOMETIMES"))
    with pytest.raises(UnknownZoneError, match="Mars/Olympus"):
        check_entry(entry("Mars/Olympus", datetime(2026, 9, 1, 9), ""))
    assert resolve_zone("China Standard Time") == "Asia/Shanghai"
    assert resolve_zone("W. Europe Standard Time") == "Europe/Berlin"
    assert resolve_zone("/mozilla.org/20050126_1/America/New_York") == "America/New_York"


def test_schedule_view_puts_today_first() -> None:
    tue = entry("Asia/Shanghai", datetime(2026, 9, 1, 9, 0), "FREQ=WEEKLY;BYDAY=TU")
    fri = ClassEntry(
        title="Tai chi",
        start_local=datetime(2026, 9, 4, 7, 0),
        zone="Asia/Shanghai",
        rrule="FREQ=WEEKLY;BYDAY=FR",
    )
    now = datetime(2026, 9, 1, 12, 0, tzinfo=SHANGHAI)  # Tuesday noon
    view = build_schedule_view([fri, tue], now)
    assert [o.entry.title for o in view.today] == ["Calligraphy"]
    assert [o.start.day for o in view.later_this_week] == [4]
    assert [o.start.day for o in view.next_week] == [8, 11]
