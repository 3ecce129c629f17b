"""Catches what nobody expected: an exception in a slot or a timer must not end the
learner's lesson, and must not show them a stack trace.

Qt calls Python slots from its event loop; an exception there goes to ``sys.excepthook``.
The guard replaces that hook while the app runs: it writes the details to the crash log
and shows the calm ``CrashNotice`` in the learner's window; the window keeps working.
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import Callable
from types import TracebackType

from app.services.crash_log import CrashLog
from app.ui.crash_notice import CrashNotice

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashGuard:
    """``install()`` / ``uninstall()`` the hook; ``watch(notice)`` for each window's notice."""

    def __init__(self, log: CrashLog, *, echo: Callable[[str], object] | None = None) -> None:
        """``echo``: where a developer also sees the details (stderr when run from a terminal)."""
        self.log = log
        self._echo = echo
        self._notices: list[weakref.ref[CrashNotice]] = []
        self._previous: Hook | None = None
        self.count = 0

    def watch(self, notice: CrashNotice) -> None:
        self._notices.append(weakref.ref(notice))

    def install(self) -> None:
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None
        self.log.close()

    def handle(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """The hook: log, tell the learner calmly, carry on (Ctrl+C still ends a terminal run)."""
        if issubclass(kind, KeyboardInterrupt):
            if self._previous is not None:
                self._previous(kind, exc, tb)
            return
        self.count += 1
        details = self.log.details(kind, exc, tb)
        self.log.write(details)
        if self._echo is not None:
            self._echo(details)
        for notice in self._live():
            notice.show_problem(details, str(self.log.path))

    def _live(self) -> list[CrashNotice]:
        """The notices of windows that are still open (a closed window's is skipped)."""
        live: list[CrashNotice] = []
        for ref in self._notices:
            notice = ref()
            try:
                if notice is not None and notice.window().isVisible():
                    live.append(notice)
            except RuntimeError:  # its window was deleted
                continue
        self._notices = [r for r in self._notices if r() is not None]
        return live
