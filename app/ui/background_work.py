"""Slow work off the GUI thread, the way Anki's ``QueryOp`` / ``CollectionOp`` do it.

``BackgroundWork.run(work, on_done)`` calls ``work()`` in a worker thread and hands its
result to ``on_done`` on the GUI thread. While work started with ``busy=True`` runs,
``busy`` is true (``busy_changed``). A failure never reaches the caller as an
exception: a ``SilverError`` goes to ``on_failed`` (by default its sentence, in the
running language, is emitted on ``failed``); anything else is logged and reported as
the general "Something went wrong" sentence. ``call_on_gui(fn)`` lets running work
report progress to widgets. Widgets are never touched off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from app.core.errors import SilverError
from app.ui.texts import error_text

T = TypeVar("T")
log = logging.getLogger(__name__)


class WorkStopped(Exception):
    """Raised inside running work (e.g. by its progress callback) after ``stop()``."""


@dataclass(frozen=True, slots=True)
class _Failed:
    """Work that gave no result, told apart from any value the work itself may return."""

    error: SilverError | None  # None: stopped, nothing to say


def _nothing(_result: object) -> None:
    return None


class _GuiRelay(QObject):
    """Carries callables from worker threads to the GUI thread. One per application,
    living as long as it: a worker thread that finishes while its window is being
    deleted then never emits on an object the GUI thread is destroying at that moment
    (a race that can crash the process, not just raise)."""

    call = Signal(object)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, fn: Any) -> None:
        fn()


_relay: _GuiRelay | None = None


def _gui_relay() -> _GuiRelay:
    """The application's relay (made on the GUI thread, by the first BackgroundWork)."""
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _GuiRelay(QCoreApplication.instance())
    return _relay


class BackgroundWork(QObject):
    busy_changed = Signal(bool)
    failed = Signal(str)  # a problem, in plain words

    def __init__(self, parent: QObject | None = None, *, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="background-work")
        self._running = 0
        self._busy = 0
        self.stopped = False
        self._relay = _gui_relay()
        # Deleted with its page or window: its thread ends too (an idle pool thread would
        # otherwise stay for the life of the app, one per media lesson opened). The slot
        # holds the pool only: ``self`` is being destroyed when it runs.
        pool = self._pool
        self.destroyed.connect(lambda *_: pool.shutdown(wait=False, cancel_futures=True))

    @property
    def busy(self) -> bool:
        return self._busy > 0

    @property
    def idle(self) -> bool:
        """No work is running or waiting to report back."""
        return self._running == 0

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], object] = _nothing,
        *,
        busy: bool = False,
        on_failed: Callable[[SilverError], object] | None = None,
    ) -> bool:
        """Start ``work`` in a worker thread; False (nothing started) after ``stop()``."""
        if self.stopped:
            return False
        self._running += 1
        if busy:
            self._add_busy(1)

        def finish(outcome: object) -> None:  # on the GUI thread
            self._running -= 1
            if busy:
                self._add_busy(-1)
            if self.stopped:
                return
            if not isinstance(outcome, _Failed):
                on_done(cast(T, outcome))
            elif outcome.error is not None:
                (on_failed or self._say)(outcome.error)

        def report(future: Future[T]) -> None:  # in the worker (or the stopping) thread
            outcome: object
            if future.cancelled():
                outcome = _Failed(None)
            elif (exc := future.exception()) is None:
                outcome = future.result()
            elif isinstance(exc, SilverError):
                outcome = _Failed(exc)
            elif self.stopped or isinstance(exc, WorkStopped):
                outcome = _Failed(None)
            else:
                log.error("background work failed", exc_info=exc)
                outcome = _Failed(SilverError())
            self.call_on_gui(lambda: finish(outcome))

        self._pool.submit(work).add_done_callback(report)
        return True

    def call_on_gui(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` on the GUI thread soon (safe from any thread)."""

        def if_still_here() -> None:  # on the GUI thread: nothing for a window that is gone
            if shiboken6.isValid(self):
                fn()

        try:
            self._relay.call.emit(if_still_here)
        except RuntimeError:  # the application is gone: nobody to tell
            log.debug("background work reported after the application closed")

    def stop(self) -> None:
        """The window is closing: start nothing more, report nothing more. Running work
        finishes in its thread (work may check ``stopped`` and raise ``WorkStopped``)."""
        self.stopped = True
        self._pool.shutdown(wait=False, cancel_futures=True)

    # ------------------------------------------------------------- inside
    def _add_busy(self, step: int) -> None:
        was = self.busy
        self._busy += step
        if self.busy != was:
            self.busy_changed.emit(self.busy)

    def _say(self, error: SilverError) -> None:
        self.failed.emit(error_text(error))
