"""Enrolled classes from the platform merge into the schedule: marked, refreshed, never doubled."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.schedule import LOCAL, PLATFORM, ClassEntry
from app.services.schedule.platform_sync import refresh_platform_classes
from app.services.schedule.repo import ScheduleRepo
from app.services.store.database import connect
from app.services.store.schema import LEARNER_MIGRATIONS


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[ScheduleRepo]:
    conn = connect(tmp_path / "learner.sqlite3", LEARNER_MIGRATIONS)
    yield ScheduleRepo(conn)
    conn.close()


def payload() -> list[Any]:
    """The ``Data`` list of contract v1 ``api/my/classes``."""
    return [
        {
            "Id": "c-101",
            "Name": "书法（二）",
            "Teacher": "王老师",
            "Place": "203教室",
            "OnlineUrl": None,
            "RRule": "FREQ=WEEKLY;BYDAY=TU;COUNT=16",
            "Start": "2026-09-01T09:00:00",
            "End": "2026-09-01T10:30:00",
            "TimeZone": "Asia/Shanghai",
        },
        {
            "Id": "c-202",
            "Name": "智能手机入门",
            "Teacher": "李老师",
            "Place": "",
            "OnlineUrl": "https://live.example.org/c-202",
            "RRule": "RRULE:FREQ=WEEKLY;BYDAY=TH",
            "Start": "2026-09-03T06:00:00Z",
            "End": "2026-09-03T07:00:00Z",
            "TimeZone": "China Standard Time",
        },
        {"Id": "c-bad", "Name": "Broken", "Start": "next tuesday", "TimeZone": "Asia/Shanghai"},
        "not an object",
    ]


def test_platform_classes_appear_marked_and_are_not_duplicated(repo: ScheduleRepo) -> None:
    mine = repo.save(
        ClassEntry(
            title="Walk with Li", start_local=datetime(2026, 9, 2, 7, 0), zone="Asia/Shanghai"
        )
    )
    first = refresh_platform_classes(repo, payload())
    assert (first.merged.added, first.merged.updated, first.merged.removed) == (2, 0, 0)
    assert first.skipped == ("c-bad", "#4")
    again = refresh_platform_classes(repo, payload())
    assert (again.merged.added, again.merged.updated, again.merged.removed) == (0, 0, 0)
    classes = {c.title: c for c in repo.all()}
    assert len(classes) == 3
    calligraphy, phone = classes["书法（二）"], classes["智能手机入门"]
    assert (calligraphy.source, calligraphy.platform_id, calligraphy.rrule) == (
        PLATFORM,
        "c-101",
        "FREQ=WEEKLY;BYDAY=TU;COUNT=16",
    )
    assert calligraphy.duration_min == 90 and calligraphy.place == "203教室"
    assert (phone.zone, phone.start_local, phone.link) == (
        "Asia/Shanghai",
        datetime(2026, 9, 3, 14, 0),
        "https://live.example.org/c-202",
    )
    assert classes["Walk with Li"].source == LOCAL and classes["Walk with Li"].id == mine.id


def test_sync_updates_in_place_keeps_own_reminders_and_removes_dropped(repo: ScheduleRepo) -> None:
    refresh_platform_classes(repo, payload())
    before = {c.platform_id: c for c in repo.all()}
    repo.save(ClassEntry(**{**_fields(before["c-101"]), "reminders": (60,)}))
    changed = payload()[:1]
    changed[0] = {**changed[0], "Place": "305教室"}
    result = refresh_platform_classes(repo, changed)
    assert (result.merged.added, result.merged.updated, result.merged.removed) == (0, 1, 1)
    (only,) = repo.all()
    assert (only.id, only.place, only.reminders) == (before["c-101"].id, "305教室", (60,))


def _fields(entry: ClassEntry) -> dict[str, Any]:
    return {f: getattr(entry, f) for f in entry.__slots__}


def test_sync_through_the_service_wakes_the_reminders(repo: ScheduleRepo) -> None:
    from datetime import UTC

    from app.services.schedule.service import ScheduleService

    class Clock:
        def now(self) -> datetime:
            return datetime(2026, 9, 1, tzinfo=UTC)

    service = ScheduleService(repo, Clock(), "Asia/Shanghai")
    woken: list[str] = []
    service.listeners.append(lambda: woken.append("refresh"))
    result = service.refresh_platform(payload())
    assert result.merged.added == 2 and woken == ["refresh"]
