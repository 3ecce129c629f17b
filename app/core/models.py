"""Catalog and lesson models shared by packs, the platform adapter and the UI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from app.core.i18n import LocalText, pick


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    STEP = "step"
    BULLET = "bullet"
    REMEMBER = "remember"
    IMAGE = "image"


@dataclass(frozen=True, slots=True)
class Link:
    """A link inside a block's text (``text[start:end]``); opened only after the user agrees."""

    start: int
    end: int
    href: str


@dataclass(frozen=True, slots=True)
class Block:
    """One visual block of a lesson: a heading, paragraph, step, bullet, summary line or image."""

    kind: BlockKind
    text: str = ""
    number: str = ""  # a step's number as written ("1")
    image: str = ""  # absolute path (or cached file) of an illustration
    alt: str = ""  # the illustration's alt text, in the lesson's language
    links: tuple[Link, ...] = ()  # web links in ``text`` (platform lessons only)


@dataclass(frozen=True, slots=True)
class LessonRef:
    """A lesson as listed in its course (no text yet)."""

    id: str
    course_id: str
    title: LocalText
    minutes: int = 0
    order: int = 0

    def title_in(self, lang: str) -> str:
        return pick(self.title, lang)


@dataclass(frozen=True, slots=True)
class Course:
    """A course in the catalog, from a pack or the platform, with its titles per language."""

    id: str
    section: str
    title: LocalText
    description: LocalText
    lessons: tuple[LessonRef, ...]
    topics: tuple[str, ...] = ()
    source: str = ""  # "pack:<id>" or "platform"
    languages: tuple[str, ...] = ("zh_CN",)
    cover: str = ""

    def title_in(self, lang: str) -> str:
        return pick(self.title, lang)

    def description_in(self, lang: str) -> str:
        return pick(self.description, lang)


@dataclass(frozen=True, slots=True)
class LessonContent:
    """A lesson's text in one language, parsed into blocks."""

    lesson_id: str
    lang: str
    blocks: tuple[Block, ...]
    narration: str = ""  # optional human-recorded WAV
    narration_timings: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Catalog:
    """Everything installed, by id. Built once by the catalog service; read by everyone."""

    courses: Mapping[str, Course] = field(default_factory=dict)

    def course_of_lesson(self, lesson_id: str) -> Course | None:
        for course in self.courses.values():
            if any(lesson.id == lesson_id for lesson in course.lessons):
                return course
        return None

    def lesson(self, lesson_id: str) -> LessonRef | None:
        course = self.course_of_lesson(lesson_id)
        if course is None:
            return None
        return next(lesson for lesson in course.lessons if lesson.id == lesson_id)

    def in_section(self, section_id: str) -> list[Course]:
        return [c for c in self.courses.values() if c.section == section_id]
