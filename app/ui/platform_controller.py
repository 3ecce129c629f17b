"""The window's side of the platform: runs ``PlatformSync`` off the GUI thread and tells
pages what happened through signals, in plain words.

One controller per window. The sync itself runs its catalog and search-index steps in a
child process (``PlatformSync.run_apart``: no collector pass over its objects stops the
window). All platform work (the sync, saving a course for offline,
fetching a lesson, checking a sign-in, re-indexing) goes through one
``BackgroundWork``; its results come back on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core.errors import PlatformUnavailable, SilverError
from app.core.hls_choice import DEFAULT_HEIGHT
from app.core.i18n import QT_TRANSLATE_NOOP
from app.services.catalog_service import CatalogService
from app.services.platform.platform_kit import PlatformKit
from app.services.schedule.service import ScheduleService
from app.ui.background_work import BackgroundWork, WorkStopped
from app.ui.texts import error_text

if TYPE_CHECKING:  # asyncio, the sync and its HTTP stack load at the first sync (issue 17)
    from app.services.platform_sync import ClassesReport, PlatformSync, SaveReport, SyncReport

log = logging.getLogger(__name__)

STEPS = {
    "topics": QT_TRANSLATE_NOOP("Platform", "Asking the lesson service what is new…"),
    "parts": QT_TRANSLATE_NOOP("Platform", "Reading the list of courses…"),
    "details": QT_TRANSLATE_NOOP("Platform", "Fetching courses: {done} of {total}"),
    "saving": QT_TRANSLATE_NOOP("Platform", "Saving the courses on this computer…"),
    "index": QT_TRANSLATE_NOOP("Platform", "Getting the course search ready…"),
    "classes": QT_TRANSLATE_NOOP("Platform", "Bringing your classes into your schedule…"),
    "lessons": QT_TRANSLATE_NOOP("Platform", "Saving lessons: {done} of {total}"),
    "planning": QT_TRANSLATE_NOOP("Platform", "Getting ready to save the course…"),
    "media": QT_TRANSLATE_NOOP("Platform", "Saving videos and handouts: part {done} of {total}"),
}


class PlatformController(QObject):
    busy_changed = Signal(bool)
    progress = Signal(str, int, int)  # plain text, done, total
    message = Signal(str)  # a result or problem, in plain words
    offline_changed = Signal(bool)
    catalog_changed = Signal()
    lesson_ready = Signal(str)
    course_saved = Signal(str)
    saving_changed = Signal(bool)  # a course is being saved for offline (it can be stopped)

    def __init__(
        self,
        kit: PlatformKit,
        catalog: CatalogService,
        parent: QObject | None = None,
        *,
        token: Callable[[], str | None] = lambda: None,
        schedule: ScheduleService | None = None,
        video_height: Callable[[], int] = lambda: DEFAULT_HEIGHT,
    ) -> None:
        """``token`` gives the signed-in learner's platform token (None: not signed in);
        their enrolled classes are merged into ``schedule`` at every sync.
        ``video_height`` gives the caregiver's video height, read at each "Save for offline"."""
        super().__init__(parent)
        self.kit = kit
        self.catalog = catalog
        self._schedule = schedule
        self._token = token
        self._video_height = video_height
        self._sync: PlatformSync | None = None
        self.work = BackgroundWork(self)
        self.work.busy_changed.connect(self.busy_changed)
        self.offline = False
        self.last_message = ""
        self.saving = False
        self._stop_saving = False
        self.save_notes: dict[str, str] = {}  # course id → what its last save said

    @property
    def platform(self) -> PlatformSync:
        """The sync use case, made at the first use: not needed to show the first page."""
        if self._sync is None:
            from app.services.platform_sync import LearnerClasses, PlatformSync

            schedule = self._schedule
            learner = (
                None
                if schedule is None
                else LearnerClasses(self._token, lambda: schedule.repo.apart())
            )
            self._sync = PlatformSync(self.kit, self.catalog, learner)
        return self._sync

    @property
    def busy(self) -> bool:
        return self.work.busy

    # ------------------------------------------------------------- public
    def start(self) -> None:
        """At app start: sync in the background (or only bring the search index up to date)."""
        if self.kit.config.configured:
            self.sync()
        else:
            self.refresh_search()

    def sync(self) -> None:
        if not self.kit.config.configured:
            self._say(
                QCoreApplication.translate(
                    "Platform",
                    "No lesson service address is set yet, so only saved lessons are shown.",
                )
            )
        elif not self.busy:
            self._run(lambda: self.platform.run_apart(self._progress), self._synced, busy=True)

    def save_course(self, course_id: str) -> None:
        """Save a course for offline in the background; ``stop_saving`` ends it early."""
        if self.busy:
            return
        self.platform.video_height = self._video_height()  # the choice made most recently

        def work() -> SaveReport | None:
            try:
                return self.platform.save_course(course_id, self._saving_progress)
            except WorkStopped:
                return None  # stopped by the learner: whole files kept, no half ones

        def failed(exc: SilverError) -> None:
            self._set_saving(False)
            self._failed(exc)

        self._stop_saving = False
        self._set_saving(True)
        self.work.run(work, lambda report: self._saved(course_id, report), busy=True,
                      on_failed=failed)  # fmt: skip

    def stop_saving(self) -> None:
        """The learner pressed "Stop saving": the save ends at its next file."""
        if self.saving:
            self._stop_saving = True

    def fetch_lesson(self, lesson_id: str) -> None:
        def fetched(found: bool) -> None:
            if found:
                self.lesson_ready.emit(lesson_id)

        self._run(lambda: self.platform.fetch_lesson(lesson_id), fetched)

    def check_token(self, token: str) -> None:
        """Ask the platform whether a freshly pasted sign-in code works (401 → sign in
        again); when it does, the learner's classes join their schedule."""
        if self.kit.config.configured:
            self._run(lambda: self.platform.enrolled_classes(token), self._signed_in)

    def refresh_search(self) -> None:
        """Re-index in the background after the installed courses changed (a pack)."""
        self.work.run(self.platform.refresh_index, on_failed=self._index_failed)

    def search(self, query: str) -> list[str]:
        return self.kit.search.course_ids(query, limit=200)

    async def wait_idle(self) -> None:
        """Wait until running work has reported back (tests, closing)."""
        import asyncio

        while not self.work.idle:
            await asyncio.sleep(0.01)

    def shutdown(self) -> None:
        """The window is closing: start nothing more; running work stops at its next step."""
        self.work.stop()

    async def aclose(self) -> None:
        self.shutdown()
        await self.wait_idle()

    # ------------------------------------------------------------- results (GUI thread)
    def _run(self, work: Callable[[], object], on_done: Callable[..., object], **kw: bool) -> None:
        self.work.run(work, on_done, on_failed=self._failed, **kw)

    def _progress(self, step: str, done: int, total: int) -> None:  # in the worker thread
        if self.work.stopped:
            raise WorkStopped()
        self.work.call_on_gui(lambda: self._show_progress(step, done, total))

    def _saving_progress(self, step: str, done: int, total: int) -> None:  # worker thread
        if self._stop_saving:
            raise WorkStopped()
        self._progress(step, done, total)

    def _set_saving(self, saving: bool) -> None:
        if saving != self.saving:
            self.saving = saving
            self.saving_changed.emit(saving)

    def _show_progress(self, step: str, done: int, total: int) -> None:
        text = QCoreApplication.translate("Platform", STEPS[step]) if step in STEPS else ""
        self.progress.emit(text.format(done=done, total=total), done, total)

    def _synced(self, report: SyncReport) -> None:
        self._set_offline(False)
        self.catalog_changed.emit()
        self._say(
            QCoreApplication.translate(
                "Platform", "Lessons are up to date: %n course(s).", None, report.courses
            )
        )
        if report.classes is not None and self._schedule is not None:
            self._schedule.changed()
        if report.classes_problem is not None:
            self._failed(report.classes_problem)

    def _saved(self, course_id: str, report: SaveReport | None) -> None:
        self._set_saving(False)
        if report is None:
            self._say(
                QCoreApplication.translate(
                    "Platform",
                    "Saving stopped. What was already saved is kept; "
                    "press “Save for offline” again to go on.",
                )
            )
            return
        lines = [
            QCoreApplication.translate(
                "Platform", "Saved %n lesson(s) on this computer.", None, report.lessons
            )
        ]
        if report.problems:
            lines.append(
                QCoreApplication.translate(
                    "Platform", "%n file(s) could not be saved; everything else was.", None,
                    len(report.problems),
                )
            )  # fmt: skip
            lines += [error_text(problem) for problem in report.problems]
        # The note first: the signals below rebuild the course page, which shows it.
        self.save_notes[course_id] = "\n".join(lines)
        self._set_offline(False)
        self.catalog_changed.emit()
        self.course_saved.emit(course_id)
        self._say(self.save_notes[course_id])

    def _signed_in(self, classes: ClassesReport) -> None:
        self._say(
            QCoreApplication.translate(
                "Platform", "Signed in. You are enrolled in %n class(es).", None, classes.enrolled
            )
        )
        if self._schedule is not None:
            self._schedule.changed()

    def _failed(self, exc: SilverError) -> None:
        log.info("platform work failed: %r", exc)
        if isinstance(exc, PlatformUnavailable):
            self._set_offline(True)
            self._say(
                QCoreApplication.translate(
                    "Platform", "Showing saved lessons: the lesson service cannot be reached now."
                )
            )
        else:
            self._say(error_text(exc))

    def _index_failed(self, exc: SilverError) -> None:
        log.warning("search index refresh failed: %r", exc)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)

    def _set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.offline_changed.emit(offline)
