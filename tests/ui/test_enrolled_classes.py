"""A signed-in learner's enrolled classes arrive in their schedule on every sync: marked as
from the platform, never twice. Real reference server, real SQLite, qasync loop."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.timetable import PLATFORM
from app.services.clock import SystemClock
from app.services.platform.config import remember_base
from app.services.schedule.service import ScheduleService
from app.services.store.database import connect
from app.services.store.schema import MACHINE_MIGRATIONS
from app.ui.event_loop import SilverEventLoop
from app.ui.platform_controller import PlatformController
from tests.conftest import make_services
from tests.reference_server import TOKEN, Catalog, running_server


@pytest.fixture
def loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = SilverEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)


def test_enrolled_classes_join_the_schedule_once_and_stay_in_step(
    loop: asyncio.AbstractEventLoop, data_dir: Path
) -> None:
    with running_server(Catalog(n_courses=2, lessons_per_course=1)) as server:
        conn = connect(data_dir / "machine.sqlite3", MACHINE_MIGRATIONS)
        remember_base(conn, server.base)  # as "admin sync --api-base" leaves it
        conn.close()
        services = make_services(data_dir)
        try:
            profile = services.profiles.default()
            repo = services.learner(profile).schedule
            schedule = ScheduleService(repo, SystemClock(), "Asia/Shanghai")
            kit = services.platform
            token: list[str | None] = [TOKEN]
            controller = PlatformController(
                kit, services.catalog, token=lambda: token[0], schedule=schedule
            )
            messages: list[str] = []
            controller.message.connect(messages.append)
            woken: list[str] = []  # the reminder scheduler listens like this
            schedule.listeners.append(lambda: woken.append("refresh"))

            def sync() -> None:
                controller.sync()
                loop.run_until_complete(asyncio.wait_for(controller.wait_idle(), 30))

            sync()
            classes = repo.all()
            assert [(c.title, c.teacher, c.source) for c in classes] == [
                ("书法班", "王老师", PLATFORM)
            ]
            assert "BYDAY=TU" in classes[0].rrule
            assert woken == ["refresh"]  # the reminders hear of the new class
            sync()
            assert len(repo.all()) == 1  # refreshed, never duplicated

            server.faults.token_expired = True
            sync()
            assert len(repo.all()) == 1  # an expired sign-in keeps what was there
            assert any("sign in" in m.lower() for m in messages)

            token[0] = None  # signed out: classes are not fetched
            server.faults.token_expired = False
            sync()
            assert len(repo.all()) == 1
            loop.run_until_complete(asyncio.wait_for(controller.aclose(), 10))
        finally:
            services.close()
