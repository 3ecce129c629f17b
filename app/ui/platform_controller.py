"""Runs platform work on the qasync loop and reports it to pages through signals.

One controller per window. It owns the app's one ``httpx.AsyncClient`` (through a
``PlatformSession``), keeps strong references to its running tasks, and turns
results and errors into plain sentences. Writes to SQLite and search indexing run
in worker threads (``asyncio.to_thread``), so the window never stalls.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core.errors import PlatformUnavailable, SilverError
from app.services.catalog import CatalogService
from app.services.platform.kit import PlatformKit, PlatformSession

log = logging.getLogger(__name__)
_closing: set[asyncio.Task[None]] = set()  # closings still running after their window went


@contextlib.contextmanager
def quiet_collector() -> Iterator[None]:
    """No full garbage collection while a big sync runs (one pass over tens of thousands
    of fresh objects stalls the window ~0.1 s); afterwards the survivors — mostly the
    new catalog — are set aside (``gc.freeze``) so later passes stay short."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


class PlatformController(QObject):
    busy_changed = Signal(bool)
    progress = Signal(str, int, int)  # plain text, done, total
    message = Signal(str)  # a result or problem, in plain words
    offline_changed = Signal(bool)
    catalog_changed = Signal()
    lesson_ready = Signal(str)
    course_saved = Signal(str)

    def __init__(
        self,
        kit: PlatformKit,
        catalog: CatalogService,
        parent: QObject | None = None,
        *,
        token: Callable[[], str | None] = lambda: None,
        enrolled_classes: Callable[[list[Any]], object] | None = None,
        **client_options: Any,
    ) -> None:
        """``token`` gives the signed-in learner's platform token (None: not signed in);
        ``enrolled_classes`` receives their classes (contract v1 ``api/my/classes``) after
        every sync, for the schedule to merge."""
        super().__init__(parent)
        self._token = token
        self._enrolled_classes = enrolled_classes
        self.kit = kit
        self.catalog = catalog
        self._client_options = client_options
        self._session: PlatformSession | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.busy = False
        self.offline = False
        self.last_message = ""

    # ------------------------------------------------------------- public
    def start(self) -> None:
        """At app start: bring the search index up to date, then sync in the background."""
        self._spawn(self._start())

    def sync(self) -> None:
        if not self.busy:
            self._spawn(self._sync())

    def save_course(self, course_id: str) -> None:
        if not self.busy:
            self._spawn(self._save(course_id))

    def fetch_lesson(self, lesson_id: str) -> None:
        self._spawn(self._fetch_lesson(lesson_id))

    def check_token(self, token: str) -> None:
        """Ask the platform whether a freshly pasted sign-in code works (401 → sign in again)."""
        if self.kit.config.configured:
            self._spawn(self._check_token(token))

    def refresh_search(self) -> None:
        """Re-index after the installed courses changed (e.g. a pack was installed).

        In the background on the app's loop; where no loop runs (a test, a script) at once.
        """
        try:
            asyncio.get_event_loop_policy().get_event_loop()
        except RuntimeError:
            self.kit.search.refresh(self.catalog.sources)
            return
        self._spawn(self._refresh_search())

    def search(self, query: str) -> list[str]:
        return self.kit.search.course_ids(query, limit=200)

    async def wait_idle(self) -> None:
        """Wait for running work (tests and shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def shutdown(self) -> None:
        """The window is closing: stop work and close the connection in the background."""
        task = asyncio.ensure_future(self.aclose())
        _closing.add(task)
        task.add_done_callback(_closing.discard)

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)
        if self._session is not None:
            await self._session.aclose()
            self._session = None

    # ------------------------------------------------------------- work
    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _open(self) -> PlatformSession:
        if self._session is None:
            # loading httpx and the TLS certificates takes ~0.2 s: not on the GUI thread
            session = await asyncio.to_thread(self.kit.open_session, **self._client_options)
            if self._session is None:
                self._session = session
            else:
                await session.aclose()
        return self._session

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)

    def _set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.offline_changed.emit(offline)

    async def _refresh_search(self) -> None:
        try:
            with quiet_collector():
                await asyncio.to_thread(self.kit.search.refresh, self.catalog.sources)
        except SilverError:
            log.exception("search index refresh failed")

    async def _start(self) -> None:
        await self._refresh_search()
        if self.kit.config.configured:
            await self._sync()

    def _on_progress(self, step: str, done: int, total: int) -> None:
        texts = {
            "topics": QCoreApplication.translate(
                "Platform", "Asking the lesson service what is new…"
            ),
            "parts": QCoreApplication.translate("Platform", "Reading the list of courses…"),
            "details": QCoreApplication.translate(
                "Platform", "Fetching courses: {done} of {total}"
            ),
            "saving": QCoreApplication.translate(
                "Platform", "Saving the courses on this computer…"
            ),
            "lessons": QCoreApplication.translate("Platform", "Saving lessons: {done} of {total}"),
        }
        text = texts.get(step, "").format(done=done, total=total)
        self.progress.emit(text, done, total)

    async def _sync(self) -> None:
        if not self.kit.config.configured:
            self._say(
                QCoreApplication.translate(
                    "Platform",
                    "No lesson service address is set yet, so only saved lessons are shown.",
                )
            )
            return
        self._set_busy(True)
        try:
            with quiet_collector():
                report = await (await self._open()).sync.sync_catalog(self._on_progress)
        except SilverError as exc:
            self._failed(exc)
            return
        finally:
            self._set_busy(False)
        self._set_offline(False)
        await self._changed()
        self._say(
            QCoreApplication.translate(
                "Platform", "Lessons are up to date: {courses} courses."
            ).format(courses=report.courses)
        )
        await self._refresh_classes()

    async def _refresh_classes(self, token: str | None = None) -> None:
        """Bring the learner's enrolled classes into their schedule (when signed in)."""
        if self._enrolled_classes is None:
            return
        try:
            token = token or self._token()
            if not token:
                return
            items = await (await self._open()).source.class_items(token)
        except SilverError as exc:
            self._failed(exc)
            return
        self._enrolled_classes(items)

    async def _save(self, course_id: str) -> None:
        self._set_busy(True)
        try:
            count = await (await self._open()).sync.save_course(course_id, self._on_progress)
        except SilverError as exc:
            self._failed(exc)
            return
        finally:
            self._set_busy(False)
        self._set_offline(False)
        await self._changed()
        self.course_saved.emit(course_id)
        self._say(
            QCoreApplication.translate("Platform", "Saved {n} lessons on this computer.").format(
                n=count
            )
        )

    async def _fetch_lesson(self, lesson_id: str) -> None:
        try:
            if await (await self._open()).sync.fetch_lesson(lesson_id):
                self.catalog.catalog = await asyncio.to_thread(self.catalog.build)
                self.lesson_ready.emit(lesson_id)
        except SilverError as exc:
            self._failed(exc)

    async def _check_token(self, token: str) -> None:
        try:
            classes = await (await self._open()).source.enrolled_classes(token)
        except SilverError as exc:
            self._failed(exc)
            return
        self._say(
            QCoreApplication.translate(
                "Platform", "Signed in. You are enrolled in {n} classes."
            ).format(n=len(classes))
        )
        await self._refresh_classes(token)

    async def _changed(self) -> None:
        # 10,000 courses take ~0.5 s to gather and to free: never on the GUI thread
        retired = [self.catalog.catalog]
        with quiet_collector():
            self.catalog.catalog = await asyncio.to_thread(self.catalog.build)
            await asyncio.to_thread(retired.clear)
        self.catalog_changed.emit()
        await self._refresh_search()

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
            self._say(QCoreApplication.translate("Errors", exc.template).format(**exc.params))
