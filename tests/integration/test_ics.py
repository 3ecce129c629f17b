""".ics import/export: real files, real learner database, another library reads our export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import vobject  # an independent iCalendar parser, to check our export is not just self-consistent
from dateutil.rrule import rrulestr

from app.core.errors import SilverError
from app.core.timetable import ClassEntry, occurrences
from app.services.schedule.ics import export_ics, parse_ics
from app.services.schedule.repo import ScheduleRepo
from app.services.store.database import connect
from app.services.store.schema import LEARNER_MIGRATIONS

ICS = Path(__file__).parent.parent / "fixtures" / "ics"


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[ScheduleRepo]:
    conn = connect(tmp_path / "learner.sqlite3", LEARNER_MIGRATIONS)
    yield ScheduleRepo(conn)
    conn.close()


CLASSES = [
    ClassEntry(
        title="书法 Calligraphy, level 2; Tuesdays",
        start_local=datetime(2026, 9, 1, 9, 0),
        zone="Asia/Shanghai",
        rrule="FREQ=WEEKLY;UNTIL=20261231T160000Z;BYDAY=TU,TH;WKST=MO",
        duration_min=90,
        teacher="王老师",
        place="203教室",
        exdates=("2026-09-08T09:00", "2026-10-01T09:00"),
        reminders=(30, 5),
    ),
    ClassEntry(
        title="Video calls with family",
        start_local=datetime(2026, 10, 20, 18, 30),
        zone="Europe/Berlin",
        rrule="FREQ=WEEKLY;COUNT=10",
        duration_min=45,
        link="https://meet.example.org/family",
        reminders=(60, 10),
    ),
    ClassEntry(
        title="One-off museum visit",
        start_local=datetime(2026, 11, 1, 14, 0),
        zone="America/New_York",
        duration_min=120,
        place="Main entrance",
        reminders=(30,),
    ),
]


def comparable(entry: ClassEntry) -> ClassEntry:
    return ClassEntry(**{**{f: getattr(entry, f) for f in entry.__slots__}, "id": None})


def test_export_then_import_gives_the_same_classes(repo: ScheduleRepo, tmp_path: Path) -> None:
    saved = repo.add_many(CLASSES)
    path = tmp_path / "classes.ics"
    path.write_bytes(export_ics(repo.all()))
    back = parse_ics(path.read_bytes(), "Asia/Shanghai")
    assert [comparable(e) for e in back] == [comparable(e) for e in saved]
    # And a second round trip is byte-identical apart from the DTSTAMP lines.
    again = export_ics(repo.add_many(back)[-3:])
    assert lines_without_stamps(again) == lines_without_stamps(path.read_bytes())


def lines_without_stamps(data: bytes) -> list[bytes]:
    return [x for x in data.splitlines() if not x.startswith((b"DTSTAMP", b"UID"))]


def test_export_opens_in_vobject_with_the_same_sessions(repo: ScheduleRepo) -> None:
    saved = repo.add_many(CLASSES)
    read_one: Any = vobject.readOne
    cal = read_one(export_ics(saved).decode())
    events = cal.vevent_list
    assert [e.summary.value for e in events] == [c.title for c in CLASSES]
    window = (datetime(2026, 8, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    for event, entry in zip(events, saved, strict=True):
        dates = event.getrruleset(addRDate=True) or [event.dtstart.value]
        theirs = [d for d in dates if window[0] <= d < window[1]]
        ours = [o.start for o in occurrences(entry, *window)]
        assert [d.astimezone(UTC) for d in theirs] == [d.astimezone(UTC) for d in ours]
    assert events[0].location.value == "203教室"
    assert datetime(2026, 10, 1, 1, 0, tzinfo=UTC) not in list(events[0].getrruleset())
    assert events[1].url.value == "https://meet.example.org/family"


def test_a_cancelled_whole_day_is_exported_as_that_session() -> None:
    day_off = ClassEntry(
        title="Calligraphy",
        start_local=datetime(2026, 9, 1, 9, 0),
        zone="Asia/Shanghai",
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=3",
        exdates=("2026-09-08",),
    )
    (back,) = parse_ics(export_ics([day_off]), "UTC")
    assert back.exdates == ("2026-09-08T09:00",)
    assert (
        len(occurrences(back, datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)))
        == 2
    )


def test_export_rrule_reads_with_dateutil() -> None:
    text = export_ics(CLASSES[:1]).decode()
    body = "\n".join(
        line
        for line in text.replace("\r\n", "\n").split("\n")
        if line.startswith(("RRULE", "EXDATE")) and "TZID" not in line
    )
    rule = rrulestr(body, dtstart=datetime(2026, 9, 1, 9, 0), forceset=True, ignoretz=True)
    assert len(list(rule)) > 10


def test_outlook_file_with_windows_zone_names_and_vtimezone() -> None:
    first, second = parse_ics((ICS / "windows_zone.ics").read_bytes(), "Asia/Shanghai")
    assert (first.title, first.zone, first.place, first.teacher) == (
        "书法",
        "Asia/Shanghai",
        "203教室",
        "王老师",
    )
    assert first.rrule == "FREQ=WEEKLY;BYDAY=TU;COUNT=16"
    assert first.exdates == ("2026-09-29T09:00", "2026-10-06T09:00")
    assert first.duration_min == 90 and first.reminders == (30, 5)
    sessions = occurrences(
        first, datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 6, 1, tzinfo=UTC)
    )
    assert len(sessions) == 14  # COUNT=16 minus two cancelled
    assert (second.zone, second.link, second.place) == (
        "Europe/Berlin",
        "https://meet.example.org/taichi",
        "",
    )
    assert second.rrule == "FREQ=WEEKLY;UNTIL=20261215T235959Z;BYDAY=TU,TH"
    assert second.reminders == (15,) and second.duration_min == 45


EXPECTED_PROBLEM = {
    "empty.ics": "not a calendar file",
    "letter.ics": "not a calendar file",
    "picture.ics": "not text",
    "truncated.ics": "END:VCALENDAR is missing",
    "no_events.ics": "no classes",
    "no_start.ics": "“Calligraphy” has no start time",
    "bad_date.ics": "DTSTART of “Calligraphy” cannot be read: 2026-13-45",
    "bad_rrule.ics": "RRULE of “Tai chi” cannot be read: FREQ=SOMETIMES",
    "unknown_zone.ics": "“Atlantis/Capital” is not known",
    "second_has_no_name.ics": "Class number 2",
    "whole_day.ics": "“Holiday” is a whole-day event",
    "not_utf8.ics": "not text",
}


@pytest.mark.parametrize("name", sorted(EXPECTED_PROBLEM))
def test_malformed_file_names_the_problem_and_imports_nothing(
    name: str, repo: ScheduleRepo
) -> None:
    assert {p.name for p in (ICS / "malformed").iterdir()} == set(EXPECTED_PROBLEM)
    with pytest.raises(SilverError) as caught:
        repo.add_many(parse_ics((ICS / "malformed" / name).read_bytes(), "Asia/Shanghai"))
    assert EXPECTED_PROBLEM[name] in str(caught.value)
    assert repo.all() == []
