"""The one platform sync: catalog, search index and the learner's enrolled classes.

Qt-free and blocking: every call runs its own asyncio loop and HTTP client and closes
them, so ``admin sync`` calls it directly and the window runs it off the GUI thread
(``app/ui/background_work.py``). ``PlatformSync.run`` does, in order:

1. **catalog**: tag tree, version index, every part, then each course's details
   (``DETAIL_WORKERS`` at a time), written in one transaction. When the tree, the index
   or a part cannot be read nothing is written and the error (``PlatformUnavailable``,
   ``ApiDataError``) is raised after step 2. A course whose details cannot be read is
   skipped and reported; its cached lessons stay.
2. **search index**: brought up to date with what is on this computer (also after a
   failed step 1: packs may have changed).
3. **enrolled classes**, only for a signed-in learner: ``api/my/classes`` is read by
   ``app.core.platform_classes`` and merged into their schedule. A problem here (the
   sign-in ran out) is kept in ``SyncReport.classes_problem`` and never undoes 1-2.

``progress(step, done, total)`` is called from the thread doing the work.
``run_apart`` (the window's sync) does steps 1-2 in a child process
(``app/services/platform_sync_apart.py``).
Saving a course for offline and fetching one lesson use the same connection rules.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app.core.errors import (
    ApiDataError,
    MediaNotSaved,
    PlatformUnavailable,
    SecretsUnavailable,
    SilverError,
)
from app.core.hls_choice import DEFAULT_HEIGHT
from app.core.platform_classes import classes_from_platform
from app.core.platform_contract import (
    CatalogFetch,
    LessonRow,
    LessonText,
    PartResult,
    PlatformSource,
    Progress,
    merge_parts,
)
from app.services.catalog_service import CatalogService
from app.services.platform.http_cache import HttpCache
from app.services.platform.platform_cache import lesson_rows, media_name
from app.services.platform.platform_kit import PlatformKit
from app.services.schedule.repo import ScheduleRepo

if TYPE_CHECKING:  # httpx loads only when going online
    from app.services.platform.http import PlatformHttp

DETAIL_WORKERS = 8
T = TypeVar("T")
FreeSpace = Callable[[Path], int]


def disk_free(folder: Path) -> int:
    from app.services.offline_media import free_space

    return free_space(folder)


@dataclass(frozen=True, slots=True)
class ClassesReport:
    """The learner's enrolled classes after a merge into their schedule."""

    enrolled: int  # classes that could be read
    added: int = 0
    updated: int = 0
    removed: int = 0
    skipped: tuple[str, ...] = ()  # ids (or positions) of items that could not be read


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one sync did: what it brought in, what it left out, and how the classes went."""

    topics: int = 0
    courses: int = 0
    lessons: int = 0
    skipped: tuple[str, ...] = ()  # plain notes: parts' items and courses left out
    classes: ClassesReport | None = None  # None: nobody signed in
    classes_problem: SilverError | None = None  # the classes could not be brought in


@dataclass(frozen=True, slots=True)
class SaveReport:
    """A course saved for offline: lessons with text, and the files left out (each a plain
    sentence; the rest of the course was saved)."""

    lessons: int
    problems: tuple[MediaNotSaved, ...] = ()


@dataclass(frozen=True, slots=True)
class LearnerClasses:
    """Whose enrolled classes a sync brings in, and into which schedule."""

    token: Callable[[], str | None]  # their platform sign-in; None: not signed in
    # opened only when they are signed in, for the merge alone: ``ScheduleRepo.apart()``
    # when the merge runs beside the window (another thread, another connection)
    schedule: Callable[[], AbstractContextManager[ScheduleRepo]]


@dataclass(frozen=True, slots=True)
class PlatformSession:
    """A live connection to the platform for one piece of work: close it with ``aclose``."""

    client: Any  # httpx.AsyncClient (httpx is imported only when going online)
    source: PlatformSource  # the contract-v1 adapter on it
    http_cache: HttpCache  # this connection's new answers wait here until they are written
    http: PlatformHttp  # the HTTP rules on ``client``, for files saved for offline

    async def aclose(self) -> None:
        await self.client.aclose()


def open_session(kit: PlatformKit) -> PlatformSession:
    """Call inside the event loop that will use it (its own, in a worker thread)."""
    from app.services.platform.http import PlatformHttp, make_client
    from app.services.platform.static_json import StaticJsonSource

    limits = kit.http_limits()
    client = make_client(limits)
    answers = HttpCache(kit.cache.conn)  # not mixed with other connections' answers
    http = PlatformHttp(client, answers, limits, kit.sleep or asyncio.sleep)
    return PlatformSession(client, StaticJsonSource(http, kit.config), answers, http)


def no_progress(step: str, done: int, total: int) -> None:
    return None


async def fetch_catalog(
    source: PlatformSource, progress: Progress = no_progress, workers: int = DETAIL_WORKERS
) -> CatalogFetch:
    """Everything the catalog needs; raises if the tree, index or a part cannot be read."""
    progress("topics", 0, 1)
    topics = await source.topics()
    index = await source.version_index()
    parts: list[PartResult] = []
    for i, url in enumerate(index.part_urls):
        progress("parts", i, len(index.part_urls))
        parts.append(await source.part(url))
    courses, skipped = merge_parts(parts)
    lessons: dict[str, tuple[LessonRow, ...]] = {}  # plain rows: see LessonRow
    queue = [course.id for course in reversed(courses)]
    done = 0

    async def worker() -> None:
        nonlocal done
        while queue:
            course_id = queue.pop()
            try:
                found = await source.course_details(course_id)
                if found.id == course_id:
                    lessons[course_id] = lesson_rows(found)
                    skipped.extend(f"{course_id}: {note}" for note in found.skipped)
                else:
                    skipped.append(f"details of {course_id}: wrong id")
            except (ApiDataError, PlatformUnavailable) as exc:
                skipped.append(f"details of {course_id}: {exc}")
            done += 1
            if done % 25 == 0 or done == len(courses):
                progress("details", done, len(courses))

    await asyncio.gather(*(worker() for _ in range(max(1, workers))))
    return CatalogFetch(tuple(topics), tuple(courses), lessons, tuple(skipped))


class PlatformSync:
    """The platform work of ``admin sync`` and of the window; call it off the GUI thread."""

    def __init__(
        self,
        kit: PlatformKit,
        catalog: CatalogService,
        learner: LearnerClasses | None = None,
        *,
        free_space: FreeSpace = disk_free,
        video_height: int = DEFAULT_HEIGHT,
    ) -> None:
        """``free_space(folder)``: free bytes where saved media go (tests give a small
        number); ``video_height``: the HLS rendition to keep (``app.core.hls_choice``)."""
        self.kit = kit
        self.catalog = catalog
        self.learner = learner
        self.free_space = free_space
        self.video_height = video_height

    # ------------------------------------------------------------- the sync
    def run(self, progress: Progress = no_progress) -> SyncReport:
        """Catalog, search index, enrolled classes (see the module text)."""
        try:
            report = self.online(lambda session: self._sync_catalog(session, progress))
        finally:
            progress("index", 0, 1)
            self.refresh_index()
        return self.with_classes(report, progress)

    def run_apart(self, progress: Progress = no_progress) -> SyncReport:
        """``run`` with its catalog and search-index steps in a child process, which
        writes the platform cache itself; then this process reloads its catalog and
        brings in the enrolled classes. The window's sync: the ~50,000 objects the
        catalog steps make (and the collector passes over them) never stop its GUI
        thread. ``progress`` raising (e.g. ``WorkStopped``) ends the child at once."""
        from app.services.platform_sync_apart import SyncJob, run_in_child

        report = run_in_child(SyncJob.of(self.kit, self.catalog.sources), progress)
        self.catalog.refresh()
        return self.with_classes(report, progress)

    def with_classes(self, report: SyncReport, progress: Progress = no_progress) -> SyncReport:
        """Step 3 of ``run``: the signed-in learner's enrolled classes, added to ``report``."""
        if self.learner is None:
            return report
        try:
            token = self.learner.token()
        except SecretsUnavailable:
            return report  # no keyring on this computer: nobody can be signed in
        if not token:
            return report
        progress("classes", 0, 1)
        try:
            classes = self.enrolled_classes(token)
        except SilverError as exc:
            return replace(report, classes_problem=exc)
        return replace(report, classes=classes)

    def enrolled_classes(self, token: str) -> ClassesReport:
        """Read the classes ``token`` is enrolled in and merge them into the learner's
        schedule (their own classes are never touched). ``SignInNeeded`` on a 401."""
        items = self.online(lambda session: session.source.class_items(token))
        found = classes_from_platform(items)
        if self.learner is None:
            return ClassesReport(len(found.entries), skipped=found.skipped)
        with self.learner.schedule() as schedule:
            merged = schedule.merge_platform(found.entries)
        return ClassesReport(
            len(found.entries), merged.added, merged.updated, merged.removed, found.skipped
        )

    def refresh_index(self) -> int:
        """Re-index what changed on this computer (after a sync, or a pack installed)."""
        return self.kit.search.refresh(self.catalog.sources)

    # ------------------------------------------------------------- saving for offline
    def save_course(self, course_id: str, progress: Progress = no_progress) -> SaveReport:
        """Keep every lesson of a course for offline use: texts, pictures, thumbnail, and
        its videos (one rendition), recordings, handouts and subtitles
        (``app/services/offline_media.py``). ``NotEnoughSpace`` before anything is fetched
        when the disk is too full; a file missing or damaged on the service is one of the
        report's problems and never fails the rest. ``progress`` may raise to cancel: what
        was fetched whole is kept (a new save goes on from there), no half file stays."""
        report = self.online(lambda session: self._save_course(session, course_id, progress))
        self._changed()
        return report

    def fetch_lesson(self, lesson_id: str) -> bool:
        """Fetch and keep one lesson's text (and its pictures). False if it has no text."""
        found = self.online(lambda session: self._fetch_lesson(session, lesson_id))
        if found:
            self.catalog.refresh()
        return found

    # ------------------------------------------------------------- inside
    def online(self, work: Callable[[PlatformSession], Awaitable[T]]) -> T:
        """``await work(session)`` on a fresh connection, closed afterwards."""

        async def go() -> T:
            session = open_session(self.kit)
            try:
                return await work(session)
            finally:
                await session.aclose()

        return asyncio.run(go())

    def _changed(self) -> None:
        self.catalog.refresh()
        self.refresh_index()

    async def _sync_catalog(self, session: PlatformSession, progress: Progress) -> SyncReport:
        fetch = await fetch_catalog(session.source, progress)
        progress("saving", 0, 1)
        self.kit.cache.store_catalog(fetch, session.http_cache.take_pending())
        self.catalog.refresh()
        return SyncReport(
            topics=len(fetch.topics),
            courses=len(fetch.courses),
            lessons=sum(len(rows) for rows in fetch.lessons.values()),
            skipped=fetch.skipped,
        )

    async def _fetch_lesson(self, session: PlatformSession, lesson_id: str) -> bool:
        cache = self.kit.cache
        lesson = cache.lesson(lesson_id)
        if lesson is None:
            return False
        text = await session.source.lesson_text(lesson)
        if text is None:
            return False
        media = await self._pictures(session, text)
        course = cache.conn.execute(
            "SELECT course_id FROM platform_lessons WHERE id = ?", (lesson_id,)
        ).fetchone()[0]
        answers = session.http_cache.take_pending()
        cache.store_lessons(course, {lesson_id: text}, media, answers, saved=False)
        return True

    async def _save_course(
        self, session: PlatformSession, course_id: str, progress: Progress
    ) -> SaveReport:
        from app.services.offline_media import OfflineMedia  # m3u8: only when saving

        details = await session.source.course_details(course_id)
        files = OfflineMedia(
            session.http,
            Path(self.kit.cache.media_dir),
            space=self.free_space,
            height=self.video_height,
        )
        progress("planning", 0, 1)
        jobs = await files.plan(details)
        files.check_room(jobs)  # before any lesson file is fetched
        texts: dict[str, LessonText] = {}
        media: dict[str, str] = {}
        for i, lesson in enumerate(details.lessons):
            progress("lessons", i, len(details.lessons))
            text = await session.source.lesson_text(lesson)
            if text is not None:
                texts[lesson.id] = text
                media.update(await self._pictures(session, text))
        thumb = self.kit.cache.thumbnail_url(course_id)
        media.update(await self._media(session, [thumb] if thumb else []))
        progress("lessons", len(details.lessons), len(details.lessons))
        fetched = await files.fetch(jobs, progress)
        media.update(fetched.saved)
        answers = session.http_cache.take_pending()
        self.kit.cache.store_lessons(course_id, texts, media, answers, saved=True, details=details)
        return SaveReport(len(texts), fetched.problems)

    async def _pictures(self, session: PlatformSession, text: LessonText) -> dict[str, str]:
        if text.format != "html":
            return {}
        from app.core.html_blocks import picture_urls  # nh3: only when saving lessons

        return await self._media(session, picture_urls(text.body, text.base_url))

    async def _media(self, session: PlatformSession, urls: list[str]) -> dict[str, str]:
        """Optional files: each one missing is simply left out."""
        saved: dict[str, str] = {}
        for url in urls:
            dest = Path(self.kit.cache.media_dir) / media_name(url)
            if dest.is_file() or await session.source.media(url, str(dest)):
                saved[url] = str(dest)
        return saved
