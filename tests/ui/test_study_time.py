"""Study time is counted honestly: tests move a fake clock, the window and store are real."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.classroom_helpers import FakeClock
from tests.conftest import make_services

# Lesson pages hold Qt's FFmpeg player, which logs from its own threads: with pytest-qt's
# log handler a player call can wait for the GIL forever (see tests/ui/test_resume_offer.py).
pytestmark = pytest.mark.no_qt_log


@pytest.fixture
def study(qapp: Any, data_dir: Path) -> Iterator[Any]:
    """``study(clock)`` → a learner window whose services run on ``clock``."""
    from app.ui.qt_app import start_qt
    from app.ui.window_builder import build_window

    made: list[Any] = []

    def factory(clock: FakeClock) -> Any:
        svc = make_services(data_dir, "--lang", "en", clock=clock)
        start_qt("en", offscreen=True)
        built = build_window(svc, svc.chosen_profile(None))
        built.window.resize(1366, 768)
        built.window.show()
        built.window.activateWindow()
        assert QTest.qWaitForWindowActive(built.window)
        built.study.hold()  # the test ticks, after moving the clock
        made.append(built)
        return built

    yield factory
    for built in made:
        built.window.close()
        built.window.deleteLater()
        built.services.close()


def first_lesson(built: Any) -> tuple[str, str]:
    course = next(iter(built.services.catalog.catalog.courses.values()))
    return course.id, course.lessons[0].id


def run(built: Any, clock: FakeClock, seconds: int, *, click: bool = False) -> None:
    """Let ``seconds`` pass in one-second ticks; ``click``: the learner presses a key
    every minute (scrolling the lesson, or Tab elsewhere)."""
    for n in range(seconds):
        if click and n % 60 == 0:
            page = built.window.page
            QTest.keyClick(page.first_focus() or page, Qt.Key.Key_Down)
        clock.advance(1)
        built.study.tick()


def minutes_today(built: Any) -> float:
    return float(built.services.learner(built.profile).study.total_seconds()) / 60


def open_lesson(built: Any) -> str:
    _course, lesson = first_lesson(built)
    built.window.open(f"lesson:{lesson}")
    built.window.activateWindow()
    assert QTest.qWaitForWindowActive(built.window)
    return lesson


def test_reading_counts_and_idle_after_two_minutes_does_not(study: Any) -> None:
    clock = FakeClock()
    built = study(clock)
    open_lesson(built)
    assert built.study.in_front()
    run(built, clock, 10 * 60, click=True)  # reading, a key every minute (the last at 9:00)
    built.study.save()
    assert minutes_today(built) == pytest.approx(10, abs=0.1)
    run(built, clock, 30 * 60)  # the learner walked away
    built.study.save()
    assert minutes_today(built) == pytest.approx(11, abs=0.1)  # two minutes after the last key


def test_listening_counts_without_input(study: Any) -> None:
    clock = FakeClock()
    built = study(clock)
    open_lesson(built)
    from app.core.study_time import StudyKind

    built.study.meter.set_playing(StudyKind.LISTENED)
    built.study.meter.tick()
    for _ in range(20 * 60):
        clock.advance(1)
        built.study.meter.tick()  # read-aloud plays: no input needed
    built.study.save()
    rows = built.services.learner(built.profile).study.rows()
    assert {r.kind for r in rows} == {"listened"}
    assert sum(r.seconds for r in rows) == pytest.approx(20 * 60, abs=2)


def test_minimised_window_does_not_count(study: Any) -> None:
    clock = FakeClock()
    built = study(clock)
    open_lesson(built)
    built.window.showMinimized()
    assert not built.study.in_front()
    run(built, clock, 5 * 60, click=True)
    built.study.save()
    assert minutes_today(built) < 0.1


def test_locked_screen_does_not_count(study: Any) -> None:
    """A locked screen deactivates the window; the meter hears it as "not in front"."""
    clock = FakeClock()
    built = study(clock)
    open_lesson(built)
    built.study.meter.set_foreground(False)  # what a lock does to the window
    for _ in range(5 * 60):
        clock.advance(1)
        built.study.meter.touch()
        built.study.meter.tick()
    built.study.save()
    assert minutes_today(built) < 0.1


def test_leaving_the_lesson_stops_the_count(study: Any) -> None:
    clock = FakeClock()
    built = study(clock)
    assert not built.study.listening  # home: no input counts, so none is watched
    open_lesson(built)
    assert built.study.listening
    run(built, clock, 60, click=True)
    built.window.open("home")
    assert not built.study.listening
    run(built, clock, 5 * 60, click=True)
    assert minutes_today(built) == pytest.approx(1, abs=0.05)


def test_the_next_page_is_built_while_no_input_is_watched(study: Any) -> None:
    """Leaving a lesson, the next page is built and laid out before the window says it is
    open. The lesson's input filter steps aside meanwhile: a Python filter on the whole
    application is called for every event of every widget being made (home took 93 ms to
    build with one, 22-30 ms without: docs/performance.md). A page that cannot be opened
    leaves the learner in the lesson, still counted."""
    from app.core.errors import NotFoundError
    from app.ui.pages.base import Page

    clock = FakeClock()
    built = study(clock)
    watched_while_built: list[bool] = []

    def probe(_arg: str) -> Page:
        watched_while_built.append(built.study.listening)
        return Page()

    built.window.registry.register("probe", probe)
    open_lesson(built)
    assert built.study.listening
    built.window.open("probe")
    assert watched_while_built == [False]
    assert not built.study.listening  # not a lesson
    open_lesson(built)
    with pytest.raises(NotFoundError):
        built.window.open("lesson:no-such-lesson")
    assert built.study.listening  # still in the lesson
    run(built, clock, 60, click=True)
    assert minutes_today(built) == pytest.approx(1, abs=0.05)


def test_a_restart_mid_lesson_loses_at_most_30_seconds(study: Any, data_dir: Path) -> None:
    """The window is never closed (as in a crash): what was saved is all that is left."""
    clock = FakeClock()
    built = study(clock)
    open_lesson(built)
    run(built, clock, 7 * 60 + 29, click=True)  # 7 min 29 s of reading, then the power goes
    from app.services.store.database import connect
    from app.services.store.schema import LEARNER_MIGRATIONS
    from app.services.store.study_repo import StudyRepo

    conn = connect(built.services.paths.learner_db(built.profile.id), LEARNER_MIGRATIONS)
    saved = StudyRepo(conn).total_seconds()  # another process reads the file
    conn.close()
    assert 7 * 60 + 29 - 30 <= saved <= 7 * 60 + 29


def test_keys_count_as_being_there(study: Any) -> None:
    clock = FakeClock()
    built = study(clock)
    open_lesson(built)
    for _ in range(5):
        QTest.keyClick(built.window.page.first_focus(), Qt.Key.Key_Down)
        run(built, clock, 90)
    built.study.save()
    assert minutes_today(built) == pytest.approx(7.5, abs=0.1)


def test_a_guests_time_is_gone_when_the_visit_ends(qapp: Any, data_dir: Path) -> None:
    from app.ui.qt_app import start_qt
    from app.ui.window_builder import build_window

    clock = FakeClock()
    svc = make_services(data_dir, "--lang", "en", clock=clock)
    start_qt("en", offscreen=True)
    guest = svc.manager.start_guest("en")
    built = build_window(svc, guest)
    built.window.show()
    built.window.activateWindow()
    assert QTest.qWaitForWindowActive(built.window)
    built.study.hold()
    open_lesson(built)
    run(built, clock, 5 * 60, click=True)
    built.window.close()  # the visit ends: the time was saved in the guest's own folder
    assert svc.learner(guest).study.total_seconds() == 5 * 60
    folder = svc.paths.profile_dir(guest.id)
    svc.release(guest.id)
    svc.manager.end_guest(guest)
    assert not folder.exists()
    built.window.deleteLater()
    svc.close()


def test_a_video_playing_counts_as_watched(study: Any, data_dir: Path, qtbot: Any) -> None:
    """The learning record tells the platform how a lesson was taken in: a video that
    plays without a key press for five minutes is five minutes *watched*."""
    from app.ui.lesson_media import MediaView
    from app.ui.pages.lesson import LessonPage
    from tests.media_course import COURSE_ID, MediaCourse
    from tests.platform_helpers import point_at_server
    from tests.reference_server import Catalog, running_server
    from tests.ui.human import human_click

    with running_server(Catalog(n_courses=1, lessons_per_course=1, media=MediaCourse())) as srv:
        point_at_server(data_dir, srv.base, sync=True, lessons=(f"{COURSE_ID}-l1",))
        clock = FakeClock()
        built = study(clock)
        built.window.open(f"lesson:{COURSE_ID}-l1")
        built.window.activateWindow()
        assert QTest.qWaitForWindowActive(built.window)
        qtbot.waitUntil(lambda: built.platform.work.idle, timeout=20_000)
        page = built.window.page
        assert isinstance(page, LessonPage) and page.materials is not None
        view = page.materials.stack.currentWidget()
        assert isinstance(view, MediaView) and view.player.is_video
        human_click(view.player.play_button)
        qtbot.waitUntil(lambda: view.player.player.position() > 300, timeout=15_000)
        built.study.save()  # the moment the lesson was open before Play: read
        built.study.tick()  # the timer notes the video playing
        run(built, clock, 5 * 60)  # no key pressed: the video plays
        human_click(view.player.play_button)  # pause
        built.study.save()
        rows = built.services.learner(built.profile).study.rows()
        watched = sum(r.seconds for r in rows if r.kind == "watched")
        assert watched == pytest.approx(5 * 60, abs=2)
        assert {r.kind for r in rows} <= {"watched", "read"}
        assert sum(r.seconds for r in rows if r.kind == "read") <= 2
