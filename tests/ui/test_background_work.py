"""The window's one way to do slow work: off the GUI thread, the result back on it, busy
while it runs, a failure in plain words. Real Qt (offscreen), real threads."""

from __future__ import annotations

import functools
import operator
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6

from app.core.errors import PlatformUnavailable, SilverError
from app.ui.background_work import BackgroundWork
from app.ui.texts import error_text


@pytest.fixture
def work(qapp: Any) -> Iterator[BackgroundWork]:
    ops = BackgroundWork()
    yield ops
    ops.stop()
    ops.deleteLater()


def test_the_result_arrives_on_the_gui_thread_and_busy_is_cleared(
    qtbot: Any, work: BackgroundWork
) -> None:
    gui = threading.get_ident()
    ran_in: list[int] = []
    got: list[tuple[int, int]] = []
    busy: list[bool] = []
    work.busy_changed.connect(busy.append)
    release = threading.Event()

    def slow() -> int:
        ran_in.append(threading.get_ident())
        release.wait(5)
        return 42

    assert work.run(slow, lambda n: got.append((n, threading.get_ident())), busy=True)
    assert work.busy and not work.idle  # at once, before the work is done
    release.set()
    qtbot.waitUntil(lambda: work.idle, timeout=5000)
    assert ran_in and ran_in[0] != gui
    assert got == [(42, gui)]
    assert busy == [True, False] and not work.busy


def test_a_failure_is_one_plain_sentence_and_busy_is_cleared(
    qtbot: Any, work: BackgroundWork
) -> None:
    said: list[str] = []
    done: list[object] = []
    work.failed.connect(said.append)

    def unreachable() -> None:
        raise PlatformUnavailable()

    work.run(unreachable, done.append, busy=True)
    qtbot.waitUntil(lambda: work.idle, timeout=5000)
    assert done == [] and not work.busy
    # the error's own sentence in the running language (English or Chinese), nothing more
    assert said == [error_text(PlatformUnavailable())] and "Traceback" not in said[0]


def test_an_unexpected_error_is_logged_and_said_plainly_without_a_traceback(
    qtbot: Any, work: BackgroundWork, caplog: Any
) -> None:
    said: list[str] = []
    work.failed.connect(said.append)
    work.run(lambda: 1 // 0, busy=True)
    qtbot.waitUntil(lambda: work.idle, timeout=5000)
    assert said == [error_text(SilverError())]  # "Something went wrong. Please try again."
    assert "ZeroDivisionError" in caplog.text  # the details go to the log only


def test_the_caller_can_handle_the_failure_itself(qtbot: Any, work: BackgroundWork) -> None:
    said: list[str] = []
    handled: list[Exception] = []
    work.failed.connect(said.append)

    def unreachable() -> None:
        raise PlatformUnavailable()

    work.run(unreachable, on_failed=handled.append)
    qtbot.waitUntil(lambda: work.idle, timeout=5000)
    assert [type(e) for e in handled] == [PlatformUnavailable] and said == []


def test_progress_reaches_the_gui_thread(qtbot: Any, work: BackgroundWork) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []

    def note(step: int) -> None:
        seen.append((step, threading.get_ident()))

    def counting() -> None:
        for step in range(3):
            work.call_on_gui(functools.partial(note, step))

    work.run(counting)
    qtbot.waitUntil(lambda: work.idle and len(seen) == 3, timeout=5000)
    assert seen == [(0, gui), (1, gui), (2, gui)]


def test_after_stop_nothing_is_reported_and_nothing_new_starts(
    qtbot: Any, work: BackgroundWork
) -> None:
    got: list[int] = []
    release = threading.Event()
    work.run(lambda: release.wait(5) and 1, got.append, busy=True)
    work.stop()
    release.set()
    qtbot.waitUntil(lambda: work.idle, timeout=5000)
    assert got == [] and not work.busy
    assert not work.run(lambda: 2, got.append)
    qtbot.wait(50)
    assert got == []


def test_work_that_finishes_after_its_window_is_gone_reports_to_nobody(qtbot: Any) -> None:
    """The window (and its BackgroundWork) was deleted while work still ran: the result
    reaches nobody, and nothing is emitted on the deleted object."""
    import threading

    import shiboken6

    work = BackgroundWork()
    release = threading.Event()
    done: list[object] = []
    work.run(lambda: release.wait(10) and "late", done.append)
    work.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(work), timeout=5_000)
    release.set()
    qtbot.wait(300)
    assert done == []
    other = BackgroundWork()  # the next window's work still reports
    other.run(lambda: "on time", done.append)
    qtbot.waitUntil(lambda: done == ["on time"], timeout=5_000)
    other.stop()


def gone(thing: Any) -> bool:
    return not shiboken6.isValid(thing)


def test_work_deleted_with_its_page_ends_its_thread(qtbot: Any, qapp: Any) -> None:
    """A media lesson's work goes with the lesson: leaving 20 lessons leaves no thread."""
    from PySide6.QtCore import QObject

    before = {t.ident for t in threading.enumerate()}
    for _ in range(20):
        page = QObject()
        work = BackgroundWork(page)
        done: list[int] = []
        work.run(lambda: 1, done.append)
        qtbot.waitUntil(functools.partial(operator.eq, done, [1]), timeout=5000)
        page.deleteLater()
        qtbot.waitUntil(functools.partial(gone, work), timeout=5000)

    def left() -> list[str]:
        return [t.name for t in threading.enumerate() if t.ident not in before]

    qtbot.waitUntil(lambda: left() == [], timeout=5000)
