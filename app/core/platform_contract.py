"""What the platform gives us (contract v1.1, docs/platform.md), as typed models, and the port.

The models are what an adapter returns after validation; nothing here knows about
HTTP, JSON files or SQLite. ``PlatformSource`` is the port the sync and the app use;
``app/services/platform/`` holds the adapter that speaks the static-JSON layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

ONLINE = "ONLINE"
TEXT_FORMATS: tuple[str, ...] = ("html", "txt")
VIDEO_FORMATS: tuple[str, ...] = ("m3u8", "mp4")
AUDIO_FORMATS: tuple[str, ...] = ("mp3",)
SUBTITLE_FORMATS: tuple[str, ...] = ("vtt", "srt")
KNOWN_FORMATS: frozenset[str] = frozenset(
    (*TEXT_FORMATS, *VIDEO_FORMATS, *AUDIO_FORMATS, *SUBTITLE_FORMATS, "pdf", "jpg")
)
"""Every ``ti_format`` of contract v1.1; an item of any other format is skipped with a note."""


@dataclass(frozen=True, slots=True)
class Topic:
    """A first-level tag of the silver-age tag tree (shown as a topic filter)."""

    id: str
    name: str
    order: int = 0


@dataclass(frozen=True, slots=True)
class TagRef:
    """A tag a course carries in the index; those that are topics file the course under them."""

    dimension_id: str
    tag_id: str
    tag_name: str
    order: int = 0


@dataclass(frozen=True, slots=True)
class CourseItem:
    """One course as listed in a part of the version index."""

    id: str
    title: str
    description: str = ""
    resource_type: str = ""
    language: str = "zh_CN"
    status: str = ONLINE
    thumbnails: tuple[str, ...] = ()  # absolute URLs (resolved against the part's URL)
    lesson_count: int = 0
    tags: tuple[TagRef, ...] = ()

    @property
    def online(self) -> bool:
        return self.status == ONLINE


@dataclass(frozen=True, slots=True)
class VersionIndex:
    """The catalog's version index: which parts to read, in the order they apply."""

    module_version: int
    part_urls: tuple[str, ...]  # absolute, in order: a later part wins


@dataclass(frozen=True, slots=True)
class PartResult:
    """The usable items of one part plus a plain note for each item that was skipped."""

    items: tuple[CourseItem, ...]
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TiItem:
    """One material of a lesson: text (html/txt), video (m3u8/mp4), audio (mp3), a PDF
    handout, a picture (jpg) or subtitles (vtt/srt)."""

    format: str
    storages: tuple[str, ...]  # absolute URLs, tried in order
    size: int = 0
    md5: str = ""
    duration: int = 0  # seconds; 0 when the platform did not say
    language: str = ""  # "zh_CN", "en" or "" (the course's language)


@dataclass(frozen=True, slots=True)
class LessonDetail:
    """One lesson of a course's details: its title, its place and its materials."""

    id: str
    title: str
    order: int
    items: tuple[TiItem, ...] = ()

    def text_item(self) -> TiItem | None:
        """The lesson's text material: HTML preferred, then plain text."""
        for fmt in TEXT_FORMATS:
            for item in self.items:
                if item.format == fmt and item.storages:
                    return item
        return None

    def items_of(self, formats: tuple[str, ...]) -> tuple[TiItem, ...]:
        """The lesson's usable items of these formats, in the order the platform gave."""
        return tuple(i for i in self.items if i.format in formats and i.storages)


@dataclass(frozen=True, slots=True)
class CourseDetails:
    """A course's details from the platform: its lessons in order, and a note per item left out."""

    id: str
    title: str
    description: str
    lessons: tuple[LessonDetail, ...]
    skipped: tuple[str, ...] = ()  # a plain note per lesson item that was left out


@dataclass(frozen=True, slots=True)
class LessonText:
    """A lesson's text as fetched and checked: ``format`` is "html" or "txt"."""

    format: str
    body: str
    base_url: str  # where it came from: relative picture URLs resolve against it


LessonRow = tuple[str, str, str, int, int, str]
"""One lesson as the cache stores it: id, course id, title, order, minutes, materials (JSON).

A sync keeps each course's lessons in this flat shape while it fetches: plain tuples of
strings and numbers are not walked by the garbage collector, so holding 10,000 courses
does not make its passes (which stop every thread, the GUI's too) long."""


@dataclass(frozen=True, slots=True)
class CatalogFetch:
    """One complete read of the public catalog (tag tree, index, parts, details)."""

    topics: tuple[Topic, ...]
    courses: tuple[CourseItem, ...]
    lessons: dict[str, tuple[LessonRow, ...]]  # course id → its lessons, as stored
    skipped: tuple[str, ...]


Progress = Callable[[str, int, int], None]
"""``progress(step, done, total)``: step is "topics", "parts", "details", "saving",
"index", "classes" (a sync) or "lessons" (saving a course for offline)."""


class PlatformSource(Protocol):
    """The platform as the app needs it; adapters implement one API layout each."""

    async def topics(self) -> list[Topic]: ...

    async def version_index(self) -> VersionIndex: ...

    async def part(self, url: str) -> PartResult: ...

    async def course_details(self, course_id: str) -> CourseDetails: ...

    async def lesson_text(self, lesson: LessonDetail) -> LessonText | None:
        """The lesson's checked text, or None when it has no text material."""
        ...

    async def media(self, url: str, dest: str) -> bool:
        """Save one optional file (thumbnail, picture, audio) at ``dest``; False if missing."""
        ...

    async def class_items(self, token: str) -> list[object]:
        """The items of the learner's enrolled classes (contract v1 ``api/my/classes``
        ``Data``), read item by item by ``app.core.platform_classes``; ``SignInNeeded``
        when the sign-in ran out."""
        ...

    async def send_records(self, token: str, records: list[dict[str, object]]) -> list[str]:
        """Post learning records (contract v1.1 ``api/my/records``, ≤ 500); the ids the
        platform accepted. The same ``Id`` again is accepted and counted once."""
        ...


def merge_parts(parts: list[PartResult]) -> tuple[list[CourseItem], list[str]]:
    """Online courses of all parts in first-seen order; the same id in a later part wins."""
    merged: dict[str, CourseItem] = {}
    skipped: list[str] = []
    for part in parts:
        skipped.extend(part.skipped)
        for item in part.items:
            merged[item.id] = item
    return [item for item in merged.values() if item.online], skipped
