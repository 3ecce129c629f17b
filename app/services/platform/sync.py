"""Sync: read the whole public catalog, then write it to the cache in one go.

The tag tree, the version index and every part must be readable, or the sync
fails (``PlatformUnavailable`` / ``ApiDataError``) and the cache stays exactly as
it was. A course whose details cannot be read is skipped and reported; its
previously cached lessons stay. Saving a course for offline fetches every lesson
text, the pictures they show and the thumbnail; a missing picture never fails it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import ApiDataError, PlatformUnavailable
from app.core.lesson_html import picture_urls
from app.core.platform import (
    CatalogFetch,
    CourseDetails,
    LessonText,
    PartResult,
    PlatformSource,
    Progress,
    merge_parts,
)
from app.services.platform.cache import PlatformCache, media_name
from app.services.platform.http_cache import HttpCache

DETAIL_WORKERS = 8


@dataclass
class SyncReport:
    topics: int = 0
    courses: int = 0
    lessons: int = 0
    skipped: list[str] = field(default_factory=list)


def _no_progress(step: str, done: int, total: int) -> None:
    return None


async def fetch_catalog(
    source: PlatformSource, progress: Progress = _no_progress, workers: int = DETAIL_WORKERS
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
    details: dict[str, CourseDetails] = {}
    queue: asyncio.Queue[str] = asyncio.Queue()
    for course in courses:
        queue.put_nowait(course.id)
    done = 0

    async def worker() -> None:
        nonlocal done
        while True:
            try:
                course_id = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                found = await source.course_details(course_id)
                if found.id == course_id:
                    details[course_id] = found
                else:
                    skipped.append(f"details of {course_id}: wrong id")
            except (ApiDataError, PlatformUnavailable) as exc:
                skipped.append(f"details of {course_id}: {exc}")
            done += 1
            if done % 25 == 0 or done == len(courses):
                progress("details", done, len(courses))

    await asyncio.gather(*(worker() for _ in range(max(1, workers))))
    return CatalogFetch(tuple(topics), tuple(courses), details, tuple(skipped))


class PlatformSync:
    """Fetch with a ``PlatformSource``, write with a ``PlatformCache`` (off the GUI thread)."""

    def __init__(
        self,
        source: PlatformSource,
        cache: PlatformCache,
        http_cache: HttpCache,
        after_write: Callable[[], None] = lambda: None,
    ) -> None:
        self.source = source
        self.cache = cache
        self.http_cache = http_cache
        self._after_write = after_write

    async def sync_catalog(self, progress: Progress = _no_progress) -> SyncReport:
        try:
            fetch = await fetch_catalog(self.source, progress)
        except BaseException:
            self.http_cache.take_pending()  # nothing of a failed sync is kept
            raise
        progress("saving", 0, 1)
        answers = self.http_cache.take_pending()
        await asyncio.to_thread(self.cache.store_catalog, fetch, answers)
        self._after_write()
        return SyncReport(
            topics=len(fetch.topics),
            courses=len(fetch.courses),
            lessons=sum(len(d.lessons) for d in fetch.details.values()),
            skipped=list(fetch.skipped),
        )

    async def fetch_lesson(self, lesson_id: str) -> bool:
        """Fetch and keep one lesson's text (and its pictures). False if it has no text."""
        lesson = self.cache.lesson(lesson_id)
        if lesson is None:
            return False
        text = await self.source.lesson_text(lesson)
        if text is None:
            return False
        media = await self._pictures(text)
        course = self.cache.conn.execute(
            "SELECT course_id FROM platform_lessons WHERE id = ?", (lesson_id,)
        ).fetchone()[0]
        answers = self.http_cache.take_pending()
        await asyncio.to_thread(
            self.cache.store_lessons, course, {lesson_id: text}, media, answers, saved=False
        )
        self._after_write()
        return True

    async def save_course(self, course_id: str, progress: Progress = _no_progress) -> int:
        """Fetch every lesson of a course (and its media) for offline use; lessons saved."""
        details = await self.source.course_details(course_id)
        texts: dict[str, LessonText] = {}
        media: dict[str, str] = {}
        for i, lesson in enumerate(details.lessons):
            progress("lessons", i, len(details.lessons))
            text = await self.source.lesson_text(lesson)
            if text is not None:
                texts[lesson.id] = text
                media.update(await self._pictures(text))
            for item in lesson.items:
                if item.format in ("mp3", "jpg") and item.storages:
                    media.update(await self._media([item.storages[0]]))
        thumb = self.cache.thumbnail_url(course_id)
        media.update(await self._media([thumb] if thumb else []))
        progress("lessons", len(details.lessons), len(details.lessons))
        answers = self.http_cache.take_pending()
        await asyncio.to_thread(
            self.cache.store_lessons, course_id, texts, media, answers, saved=True, details=details
        )
        self._after_write()
        return len(texts)

    async def _pictures(self, text: LessonText) -> dict[str, str]:
        if text.format != "html":
            return {}
        return await self._media(picture_urls(text.body, text.base_url))

    async def _media(self, urls: list[str]) -> dict[str, str]:
        """Optional files: each one missing is simply left out."""
        saved: dict[str, str] = {}
        for url in urls:
            dest = Path(self.cache.media_dir) / media_name(url)
            if dest.is_file() or await self.source.media(url, str(dest)):
                saved[url] = str(dest)
        return saved
