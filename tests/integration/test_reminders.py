"""Reminders driven by an injected clock, on a real learner database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.core.timetable import ClassEntry
from app.services.reminders.scheduler import ReminderScheduler
from app.services.schedule.repo import ScheduleRepo
from app.services.store.database import connect
from app.services.store.schema import LEARNER_MIGRATIONS
from app.services.translations import load_translator

# Tuesday 1 September 2026, 09:00 in Shanghai = 01:00 UTC.
CLASS_START = datetime(2026, 9, 1, 1, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.moment = now

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


class Recorder:
    def __init__(self) -> None:
        self.said: list[str] = []
        self.notes: list[tuple[str, str]] = []

    def stop(self) -> None:
        pass

    def speak(self, text: str, lang: str = "zh_CN") -> None:
        self.said.append(text)

    def notify(self, title: str, text: str) -> None:
        self.notes.append((title, text))


@pytest.fixture(autouse=True)
def english(qapp: Any) -> Iterator[None]:
    """Reminders speak the learner's language; these tests read the English catalogue."""
    translator = load_translator("en")
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[ScheduleRepo]:
    conn = connect(tmp_path / "learner.sqlite3", LEARNER_MIGRATIONS)
    r = ScheduleRepo(conn)
    r.save(
        ClassEntry(
            title="Calligraphy",
            start_local=datetime(2026, 9, 1, 9, 0),
            zone="Asia/Shanghai",
            rrule="FREQ=WEEKLY;BYDAY=TU",
            place="room 203",
        )
    )
    yield r
    conn.close()


def make(repo: ScheduleRepo, at: datetime) -> tuple[ReminderScheduler, FakeClock, Recorder]:
    clock, rec = FakeClock(at), Recorder()
    return ReminderScheduler(repo, clock, rec, rec), clock, rec


def tick_through(s: ReminderScheduler, clock: FakeClock, minutes: int, step_s: int = 15) -> None:
    for _ in range(minutes * 60 // step_s):
        clock.advance(seconds=step_s)
        s.tick()


def test_on_time_reminder_is_shown_spoken_and_notified_once(repo: ScheduleRepo) -> None:
    s, clock, rec = make(repo, CLASS_START - timedelta(minutes=40))
    assert s.start() == []
    assert s.next_fire_utc == CLASS_START - timedelta(minutes=30)
    tick_through(s, clock, 9)
    assert rec.said == []
    tick_through(s, clock, 2)  # passes 08:30
    assert rec.said == ["Your Calligraphy class starts in 30 minutes, in room 203."]
    assert rec.notes == [("Class reminder", rec.said[0])]
    assert s.active[0].text == rec.said[0] and not s.active[0].missed
    tick_through(s, clock, 10)
    assert len(rec.said) == 1  # none twice
    tick_through(s, clock, 20)  # passes 08:55
    assert rec.said[1] == "Your Calligraphy class starts in 5 minutes, in room 203."


def test_snooze_brings_it_back_after_the_chosen_minutes(repo: ScheduleRepo) -> None:
    s, clock, rec = make(repo, CLASS_START - timedelta(minutes=30, seconds=5))
    s.start()
    tick_through(s, clock, 1)
    assert len(rec.said) == 1
    s.snooze(10)
    assert s.active == []
    tick_through(s, clock, 9)
    assert len(rec.said) == 1
    tick_through(s, clock, 2)
    assert rec.said[-1] == "Your Calligraphy class starts in 19 minutes, in room 203."
    s.dismiss()
    assert s.active == []


def test_sleep_over_the_fire_time_fires_on_wake_once(repo: ScheduleRepo) -> None:
    s, clock, rec = make(repo, CLASS_START - timedelta(hours=1))
    s.start()
    clock.advance(minutes=50)  # the laptop slept through 08:30 and 08:55 would be next
    s.tick()
    assert rec.said == ["Your Calligraphy class starts in 10 minutes, in room 203."]
    assert s.active[0].missed
    clock.advance(minutes=6)  # now past 08:55: the 5-minute reminder
    s.tick()
    s.tick()
    assert len(rec.said) == 2


def test_missed_while_closed_shown_once_at_start_and_older_ones_not(
    repo: ScheduleRepo,
) -> None:
    # Closed at 08:00, started again at 09:10 while the class is on.
    s, _, rec = make(repo, CLASS_START + timedelta(minutes=10))
    shown = s.start()
    assert [r.text for r in shown] == ["Your Calligraphy class started at 09:00, in room 203."]
    assert len(rec.notes) == 1
    # A second start (restart) shows nothing: fired reminders are remembered.
    s2, _, rec2 = make(repo, CLASS_START + timedelta(minutes=12))
    assert s2.start() == [] and rec2.said == []
    # A week later, started 3 hours after the reminder: too old, silently skipped.
    s3, _, rec3 = make(repo, CLASS_START + timedelta(days=7, hours=2, minutes=30))
    assert s3.start() == [] and rec3.said == []


def test_reminder_not_repeated_after_restart_mid_stream(repo: ScheduleRepo) -> None:
    s, clock, rec = make(repo, CLASS_START - timedelta(minutes=31))
    s.start()
    tick_through(s, clock, 2)
    assert len(rec.said) == 1
    s2, _, rec2 = make(repo, clock.moment + timedelta(seconds=30))
    assert s2.start() == [] and rec2.said == []
    assert s2.next_fire_utc == CLASS_START - timedelta(minutes=5)


def test_adding_a_class_is_picked_up_after_refresh(repo: ScheduleRepo) -> None:
    s, clock, rec = make(repo, CLASS_START - timedelta(hours=3))
    s.start()
    repo.save(
        ClassEntry(
            title="Tai chi",
            start_local=datetime(2026, 9, 1, 7, 0),
            zone="Asia/Shanghai",
            link="https://example.org/room",
            reminders=(5,),
        )
    )
    s.refresh()
    tick_through(s, clock, 60)
    assert rec.said == ["Your Tai chi class starts in 5 minutes, online."]
