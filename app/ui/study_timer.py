"""The window's side of honest study time: feeds the ``StudyMeter`` and saves what it counts.

Input anywhere in the app while a lesson is open (an application-wide event filter, never
eating events, installed only then: outside a lesson no input counts, and a Python filter
on every event would slow the building of every page), the page on screen (a lesson or
not), whether the window is in front (minimised or a locked screen take the window out of
front: the desktop deactivates it) and whether the lesson is being read aloud. Counted
time goes to the learner's store every 30 seconds, when the lesson is left and when the
window closes, so a crash or power cut loses at most 30 s.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.core.ports import Clock
from app.core.study_time import StudyMeter
from app.core.text_ids import parse_lesson_key
from app.services.store.study_repo import StudyRepo
from app.ui.app_filter import AppFilter
from app.ui.idle_guard import INPUT_EVENTS
from app.ui.pages.base import Page


class StudyTimer(QObject):
    """``lesson_of(page)`` → (course id, lesson id) or None; ``sharing()``: queue records too."""

    def __init__(
        self,
        clock: Clock,
        repo: StudyRepo,
        window: QWidget,
        course_of: Callable[[str], str | None],
        sharing: Callable[[], bool],
        interval_ms: int = 1000,
    ) -> None:
        super().__init__(window)
        self._clock = clock
        self._repo = repo
        self._window = window
        self._course_of = course_of
        self._sharing = sharing
        self.meter = StudyMeter(clock)
        self._page: Page | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)
        self._input = AppFilter(self)
        self._timer.start()

    def page_opened(self, page: Page, key: str = "") -> None:
        """The window shows ``page`` (registry ``key``): a lesson starts the count,
        anything else ends it. Known by its key, so the reader loads only when opened."""
        self._page = page
        prefix, _, arg = key.partition(":")
        if prefix == "lesson":
            lesson_id, _start = parse_lesson_key(arg)
            course = self._course_of(lesson_id)
            if course is not None:
                self.meter.open_lesson(course, lesson_id)
                self._input.set(True)
                return
        self._input.set(False)
        self.meter.close_lesson()
        self.save()

    def page_changing(self, changing: bool) -> None:
        """The window is building its next page: watch no input meanwhile (a Python filter
        would be called for every event of every widget made, three times the work home
        takes without it); after, watch again if the page still shown is a lesson."""
        self._input.set(self.meter.lesson_open and not changing)

    @property
    def listening(self) -> bool:
        """Whether the app's input is being watched now (only while a lesson is open)."""
        return self._input.on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.meter.touch()
        return False

    def in_front(self) -> bool:
        """Shown, not minimised, and the active window (a locked screen deactivates it)."""
        w = self._window
        return w.isVisible() and not w.isMinimized() and w.isActiveWindow()

    def tick(self) -> None:
        """Once a second: note what is going on, count, and save every 30 s."""
        self.meter.tick()
        self.meter.set_foreground(self.in_front())
        page = self._page
        # read aloud or a recording: listened; a video: watched; nothing playing: None
        self.meter.set_playing(page.study_kind() if page is not None else None)
        if self.meter.due():
            self.save()

    def save(self) -> None:
        """Write what was counted (nothing to write: no transaction)."""
        counted = self.meter.take()
        if counted:
            self._repo.add(counted, self._clock.now(), queue=self._sharing())

    def hold(self) -> None:
        """Stop ticking by itself: a test drives ``tick()`` after moving its fake clock.
        One tick now notes what is going on (in front, playing), so the count does not
        depend on whether the timer happened to fire before."""
        self._timer.stop()
        self.tick()

    def close(self) -> None:
        """The window closes: count to now and save."""
        self._timer.stop()
        self.meter.close_lesson()
        self.save()
        self._input.set(False)
