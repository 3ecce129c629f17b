"""Sharing the learning record from the window: asked once at sign-in, sent after a sync,
never for a guest or with sharing off; a sign-in that ran out keeps the queue."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest

from app.services.platform.config import remember_base
from app.services.secrets.keyring_store import KeyringSecretStore
from app.services.store.database import connect
from app.services.store.schema import MACHINE_MIGRATIONS
from app.ui.event_loop import SilverEventLoop
from tests.classroom_helpers import FakeClock
from tests.conftest import make_services
from tests.platform_helpers import MemoryKeyring
from tests.reference_server import TOKEN, Catalog, Faults, ReferenceServer, running_server

# Lesson pages hold Qt's FFmpeg player, which logs from its own threads: with pytest-qt's
# log handler a player call can wait for the GIL forever (see tests/ui/test_resume_offer.py).
pytestmark = pytest.mark.no_qt_log


@pytest.fixture
def loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = SilverEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def learner(qapp: Any, data_dir: Path) -> Iterator[Any]:
    """``learner(server, guest=False)`` → a window on the server, fake clock, memory keyring."""
    from app.ui.qt_app import start_qt
    from app.ui.window_builder import build_window

    made: list[Any] = []

    def factory(server: ReferenceServer | None, *, guest: bool = False) -> Any:
        if server is not None:
            conn = connect(data_dir / "machine.sqlite3", MACHINE_MIGRATIONS)
            remember_base(conn, server.base)
            conn.close()
        clock = FakeClock()
        svc = make_services(
            data_dir, "--lang", "en", clock=clock, secrets=KeyringSecretStore(MemoryKeyring())
        )
        start_qt("en", offscreen=True)
        profile = svc.manager.start_guest("en") if guest else svc.chosen_profile(None)
        built = build_window(svc, profile)
        built.window.resize(1366, 768)
        built.window.show()
        built.window.activateWindow()
        assert QTest.qWaitForWindowActive(built.window)
        built.study.hold()  # the test ticks, after moving the clock
        made.append(built)
        return built, clock

    yield factory
    for built in made:
        built.window.close()
        built.window.deleteLater()
        built.services.close()


def study_ten_minutes(built: Any, clock: FakeClock) -> None:
    course = next(iter(built.services.catalog.catalog.courses.values()))
    built.window.open(f"lesson:{course.lessons[0].id}")
    built.window.activateWindow()
    assert QTest.qWaitForWindowActive(built.window)
    built.study.tick()  # the meter learns the window is in front before the clock moves
    for n in range(600):
        if n % 60 == 0:
            built.study.meter.touch()
        clock.advance(1)
        built.study.tick()
    built.window.open("home")  # leaving the lesson saves


def sign_in(built: Any) -> Any:
    page = built.window.open("signin")
    page.token.setText(TOKEN)
    page.sign_in()
    return page


def sync(built: Any, loop: asyncio.AbstractEventLoop) -> None:
    built.platform.sync()
    for _ in range(3):  # the sync, then the send it starts
        loop.run_until_complete(asyncio.wait_for(built.platform.wait_idle(), 30))


def test_asked_once_at_sign_in_then_records_go_after_a_sync(
    learner: Any, loop: asyncio.AbstractEventLoop
) -> None:
    with running_server(Catalog(n_courses=1, lessons_per_course=1)) as server:
        built, clock = learner(server)
        page = sign_in(built)
        question = page.after_sign_in
        assert question.label.isVisibleTo(page)
        assert question.label.text().startswith("Share my learning record with the platform?")
        question.yes_button.click()
        assert built.settings.values()["share_record"] is True
        page = sign_in(built)  # signing in again does not ask again
        assert not page.after_sign_in.label.isVisibleTo(page)
        study_ten_minutes(built, clock)
        course = next(iter(built.services.catalog.catalog.courses.values()))
        lesson = built.window.open(f"lesson:{course.lessons[0].id}")
        lesson.bookmarks.done_button.click()  # "Mark as done"
        lesson.bookmarks.done_button.click()  # pressed again: still one "completed"
        sync(built, loop)
        sent = sorted((r["Kind"], r["Seconds"]) for r in server.records.values())
        assert sent == [("completed", 0), ("read", 600)]
        assert built.services.learner(built.profile).study.waiting() == 0


def test_sharing_off_sends_nothing(learner: Any, loop: asyncio.AbstractEventLoop) -> None:
    with running_server(Catalog(n_courses=1, lessons_per_course=1)) as server:
        built, clock = learner(server)
        page = sign_in(built)
        page.after_sign_in.no_button.click()
        assert built.settings.values()["share_record"] is False
        study_ten_minutes(built, clock)
        sync(built, loop)
        assert server.hits["/api/my/records"] == 0
        store = built.services.learner(built.profile)
        assert store.study.waiting() == 0 and store.study.total_seconds() == 600


def test_a_guest_is_never_asked_and_sends_nothing(
    learner: Any, loop: asyncio.AbstractEventLoop
) -> None:
    with running_server(Catalog(n_courses=1, lessons_per_course=1)) as server:
        built, clock = learner(server, guest=True)
        page = sign_in(built)
        assert page.after_sign_in is None
        study_ten_minutes(built, clock)
        sync(built, loop)
        assert server.hits["/api/my/records"] == 0
        assert built.services.learner(built.profile).study.waiting() == 0


def test_a_sign_in_that_ran_out_asks_again_and_keeps_the_queue(
    learner: Any, loop: asyncio.AbstractEventLoop
) -> None:
    faults = Faults()
    with running_server(Catalog(n_courses=1, lessons_per_course=1), faults) as server:
        built, clock = learner(server)
        sign_in(built).after_sign_in.yes_button.click()
        study_ten_minutes(built, clock)
        faults.token_expired = True
        sync(built, loop)
        assert "Your sign-in has run out. Please sign in again." in built.window.banner.label.text()
        assert server.records == {}
        assert built.services.learner(built.profile).study.waiting() == 1
