"""Enrolled classes from the platform merge into the schedule: marked, refreshed, never doubled.

Through the sync use case against the reference server (serving ``payload()``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.timetable import LOCAL, PLATFORM, ClassEntry
from app.services.platform_sync import LearnerClasses
from app.services.schedule.repo import ScheduleRepo
from app.services.store.database import connect
from app.services.store.schema import LEARNER_MIGRATIONS
from tests.platform_helpers import Client
from tests.reference_server import TOKEN, Catalog, ReferenceServer, running_server


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[ScheduleRepo]:
    conn = connect(tmp_path / "learner.sqlite3", LEARNER_MIGRATIONS)
    yield ScheduleRepo(conn)
    conn.close()


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    with running_server(Catalog(n_courses=1, lessons_per_course=1, classes=payload())) as srv:
        yield srv


@pytest.fixture
def client(server: ReferenceServer, repo: ScheduleRepo, tmp_path: Path) -> Iterator[Client]:
    c = Client(server.base, tmp_path, learner=LearnerClasses(lambda: TOKEN, repo.apart))
    yield c
    c.close()


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


def test_platform_classes_appear_marked_and_are_not_duplicated(
    repo: ScheduleRepo, client: Client
) -> None:
    mine = repo.save(
        ClassEntry(
            title="Walk with Li", start_local=datetime(2026, 9, 2, 7, 0), zone="Asia/Shanghai"
        )
    )
    first = client.sync.enrolled_classes(TOKEN)
    assert (first.enrolled, first.added, first.updated, first.removed) == (2, 2, 0, 0)
    assert first.skipped == ("c-bad", "#4")
    again = client.sync.enrolled_classes(TOKEN)
    assert (again.added, again.updated, again.removed) == (0, 0, 0)
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


def test_sync_updates_in_place_keeps_own_reminders_and_removes_dropped(
    repo: ScheduleRepo, client: Client, server: ReferenceServer
) -> None:
    client.sync.enrolled_classes(TOKEN)
    before = {c.platform_id: c for c in repo.all()}
    repo.save(ClassEntry(**{**_fields(before["c-101"]), "reminders": (60,)}))
    changed = payload()[:1]
    changed[0] = {**changed[0], "Place": "305教室"}
    server.catalog.classes = changed
    result = client.sync.enrolled_classes(TOKEN)
    assert (result.added, result.updated, result.removed) == (0, 1, 1)
    (only,) = repo.all()
    assert (only.id, only.place, only.reminders) == (before["c-101"].id, "305教室", (60,))


def _fields(entry: ClassEntry) -> dict[str, Any]:
    return {f: getattr(entry, f) for f in entry.__slots__}


def test_a_whole_sync_brings_the_classes_in_after_the_catalog(
    repo: ScheduleRepo, client: Client
) -> None:
    report = client.sync.run()
    assert report.courses == 1 and report.classes is not None
    assert (report.classes.added, report.classes_problem) == (2, None)
    assert {c.platform_id for c in repo.all()} == {"c-101", "c-202"}


def test_an_expired_sign_in_keeps_the_catalog_and_the_classes(
    repo: ScheduleRepo, client: Client, server: ReferenceServer
) -> None:
    client.sync.run()
    server.faults.token_expired = True
    report = client.sync.run()
    assert report.courses == 1 and report.classes is None
    assert report.classes_problem is not None and "sign in again" in str(report.classes_problem)
    assert len(repo.all()) == 2


def test_the_merge_beside_the_window_never_meets_its_open_transaction(tmp_path: Path) -> None:
    """The window's sync merges classes in a worker thread while the window writes (study
    time, every minute) on its own connection. Through that one connection the two writes
    met: "cannot start a transaction within a transaction" (seen in CI). ``apart()`` gives
    the merge a connection of its own; both threads' writes all land."""
    import threading

    from app.services.store.database import transaction

    window = connect(tmp_path / "learner.sqlite3", LEARNER_MIGRATIONS)  # the window's
    repo = ScheduleRepo(window)
    entries = [
        ClassEntry(
            title=f"Class {n}",
            start_local=datetime(2026, 9, 2, 7, 0),
            zone="Asia/Shanghai",
            source=PLATFORM,
            platform_id=f"c-{n}",
        )
        for n in range(20)
    ]
    problems: list[BaseException] = []

    def merge_again_and_again() -> None:
        try:
            for n in range(40):
                with repo.apart() as schedule:
                    schedule.merge_platform(entries[: 10 + n % 10])
        except BaseException as exc:  # reported by the test below
            problems.append(exc)

    worker = threading.Thread(target=merge_again_and_again)
    worker.start()
    writes = 0
    while worker.is_alive() or writes < 200:
        with transaction(window) as conn:
            conn.execute("PRAGMA user_version")  # a write transaction on the window's side
        writes += 1
    worker.join()
    window.close()
    assert problems == []
    after = connect(tmp_path / "learner.sqlite3", LEARNER_MIGRATIONS)
    platform_classes = [c for c in ScheduleRepo(after).all() if c.source == PLATFORM]
    after.close()
    assert len(platform_classes) == 10 + 39 % 10  # what the last merge asked for
