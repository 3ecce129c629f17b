"""Typed reading of ``pack.json`` (docs/course-pack.md). Anything off → one ``PackError``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from app.core.errors import PackError
from app.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from app.core.models import Course, LessonRef
from app.core.sections import SECTION_IDS

FORMAT_VERSION = 1
_PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_ITEM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_VERSION = re.compile(r"^\d+(\.\d+){0,3}$")
_MD5 = re.compile(r"^[0-9a-f]{32}$")
MEDIA_FORMATS: tuple[str, ...] = ("mp4", "mp3", "pdf", "vtt", "srt")
"""What a pack lesson's ``media`` may hold: a video, a recording, a handout, subtitles."""


def _fail(template: str, **params: Any) -> PackError:
    return PackError(template, **params)


@dataclass(frozen=True, slots=True)
class PackImage:
    """A lesson picture named in ``pack.json``, with its alt text in each language."""

    file: str
    alt: dict[str, str]


@dataclass(frozen=True, slots=True)
class PackMedia:
    """A video, recording, handout or subtitles file of a lesson (checked by its md5)."""

    format: str  # one of MEDIA_FORMATS
    file: str
    md5: str
    language: str = ""  # subtitles: whose language
    duration: int = 0  # seconds, for video and recordings


@dataclass(frozen=True, slots=True)
class PackLesson:
    """One lesson in ``pack.json``: where its text, pictures, narration and media files are."""

    ref: LessonRef
    text: dict[str, str]  # language → relative path
    images: tuple[PackImage, ...]
    narration: dict[str, tuple[str, str]]  # language → (wav path, timings path or "")
    media: tuple[PackMedia, ...] = ()


@dataclass(frozen=True, slots=True)
class PackManifest:
    """A checked ``pack.json``: the pack's id and version, its courses and each lesson's files."""

    id: str
    version: str
    title: dict[str, str]
    description: dict[str, str]
    languages: tuple[str, ...]
    courses: tuple[Course, ...]
    lessons: dict[str, PackLesson]

    @property
    def version_key(self) -> tuple[int, ...]:
        return tuple(int(p) for p in self.version.split("."))

    def files(self) -> set[str]:
        """Every file the manifest names (relative paths)."""
        names: set[str] = set()
        for lesson in self.lessons.values():
            names.update(lesson.text.values())
            names.update(image.file for image in lesson.images)
            for wav, timings in lesson.narration.values():
                names.update(n for n in (wav, timings) if n)
            names.update(m.file for m in lesson.media)
        return names

    def media_md5(self) -> dict[str, str]:
        """Each media file the manifest names → the md5 it must have."""
        return {m.file: m.md5 for lesson in self.lessons.values() for m in lesson.media}


def safe_path(value: Any, where: str) -> str:
    """A relative path that stays inside the pack, or ``PackError``."""
    if not isinstance(value, str) or not value:
        raise _fail(
            QT_TRANSLATE_NOOP("Errors", "The pack names a file badly at {where}."), where=where
        )
    path = PurePosixPath(value)
    if (
        path.is_absolute()
        or "\\" in value
        or ":" in value
        or any(part in {"..", ""} for part in value.split("/"))
    ):
        raise _fail(
            QT_TRANSLATE_NOOP("Errors", "The pack tries to use a file outside itself: {path}"),
            path=value,
        )
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(
            QT_TRANSLATE_NOOP("Errors", "The pack is missing information at {where}."), where=where
        )
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise _fail(
            QT_TRANSLATE_NOOP("Errors", "The pack is missing information at {where}."), where=where
        )
    return value


def _text(value: Any, languages: tuple[str, ...], where: str) -> dict[str, str]:
    obj = _object(value, where)
    out: dict[str, str] = {}
    for lang in languages:
        text = obj.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise _fail(
                QT_TRANSLATE_NOOP("Errors", "The pack has no {lang} text at {where}."),
                lang=lang,
                where=where,
            )
        out[lang] = text.strip()
    return out


def _id(value: Any, pattern: re.Pattern[str], where: str) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise _fail(
            QT_TRANSLATE_NOOP("Errors", "The pack has a bad name (id) at {where}."), where=where
        )
    return value


def _media(raw: Any, where: str) -> PackMedia:
    entry = _object(raw, where)
    fmt, md5 = entry.get("format"), entry.get("md5")
    language, duration = entry.get("language", ""), entry.get("duration", 0)
    if (
        fmt not in MEDIA_FORMATS
        or not isinstance(md5, str)
        or not _MD5.match(md5)
        or not isinstance(language, str)
        or (language and language not in LANGUAGES)
        or not isinstance(duration, int)
        or isinstance(duration, bool)
        or not 0 <= duration <= 36_000
    ):
        raise _fail(
            QT_TRANSLATE_NOOP("Errors", "The pack is missing information at {where}."), where=where
        )
    file = safe_path(entry.get("file"), f"{where}.file")
    if not file.lower().endswith(f".{fmt}"):
        raise _fail(
            QT_TRANSLATE_NOOP("Errors", "The pack names a file badly at {where}."), where=where
        )
    return PackMedia(str(fmt), file, md5, language, duration)


def parse_manifest(data: Any) -> PackManifest:
    """Validate decoded ``pack.json``; every problem is a ``PackError`` naming where it is."""
    root = _object(data, "pack.json")
    fmt = root.get("format_version")
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        raise _fail(
            QT_TRANSLATE_NOOP("Errors", "The pack is missing information at {where}."),
            where="format_version",
        )
    if fmt > FORMAT_VERSION:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Errors", "This course pack needs a newer version of Silver Classroom."
            )
        )
    pack_id = _id(root.get("id"), _PACK_ID, "id")
    version = root.get("version")
    if not isinstance(version, str) or not _VERSION.match(version):
        raise _fail(QT_TRANSLATE_NOOP("Errors", "The pack has a bad version number."))
    raw_langs = _list(root.get("languages"), "languages")
    if not all(isinstance(lang, str) and lang in LANGUAGES for lang in raw_langs):
        raise _fail(
            QT_TRANSLATE_NOOP("Errors", "The pack is missing information at {where}."),
            where="languages",
        )
    languages = tuple(dict.fromkeys(raw_langs))
    courses: list[Course] = []
    lessons: dict[str, PackLesson] = {}
    course_ids: set[str] = set()
    for ci, raw_course in enumerate(_list(root.get("courses"), "courses")):
        where = f"courses[{ci}]"
        course = _object(raw_course, where)
        course_id = _id(course.get("id"), _ITEM_ID, f"{where}.id")
        if course_id in course_ids:
            raise _fail(
                QT_TRANSLATE_NOOP("Errors", "The pack uses the name {id} twice."), id=course_id
            )
        course_ids.add(course_id)
        section = course.get("section", "silver_age")
        if section not in SECTION_IDS:
            raise _fail(
                QT_TRANSLATE_NOOP("Errors", "The pack has a bad name (id) at {where}."),
                where=f"{where}.section",
            )
        topics = course.get("topics", [])
        if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
            raise _fail(
                QT_TRANSLATE_NOOP("Errors", "The pack is missing information at {where}."),
                where=f"{where}.topics",
            )
        refs: list[LessonRef] = []
        for li, raw_lesson in enumerate(_list(course.get("lessons"), f"{where}.lessons")):
            lwhere = f"{where}.lessons[{li}]"
            lesson = _object(raw_lesson, lwhere)
            lesson_id = _id(lesson.get("id"), _ITEM_ID, f"{lwhere}.id")
            if lesson_id in lessons or lesson_id in course_ids:
                raise _fail(
                    QT_TRANSLATE_NOOP("Errors", "The pack uses the name {id} twice."), id=lesson_id
                )
            minutes = lesson.get("minutes", 5)
            if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 120:
                raise _fail(
                    QT_TRANSLATE_NOOP("Errors", "The pack is missing information at {where}."),
                    where=f"{lwhere}.minutes",
                )
            ref = LessonRef(
                lesson_id,
                course_id,
                _text(lesson.get("title"), languages, f"{lwhere}.title"),
                minutes,
                li + 1,
            )
            text_obj = _object(lesson.get("text"), f"{lwhere}.text")
            text = {
                lang: safe_path(text_obj.get(lang), f"{lwhere}.text.{lang}") for lang in languages
            }
            images = tuple(
                PackImage(
                    safe_path(
                        _object(img, f"{lwhere}.images[{ii}]").get("file"),
                        f"{lwhere}.images[{ii}].file",
                    ),
                    _text(img.get("alt"), languages, f"{lwhere}.images[{ii}].alt"),
                )
                for ii, img in enumerate(lesson.get("images") or [])
            )
            narration: dict[str, tuple[str, str]] = {}
            for lang, item in _object(lesson.get("narration") or {}, f"{lwhere}.narration").items():
                entry = _object(item, f"{lwhere}.narration.{lang}")
                timings = entry.get("timings")
                narration[str(lang)] = (
                    safe_path(entry.get("file"), f"{lwhere}.narration.{lang}.file"),
                    safe_path(timings, f"{lwhere}.narration.{lang}.timings") if timings else "",
                )
            media = tuple(
                _media(raw, f"{lwhere}.media[{mi}]")
                for mi, raw in enumerate(lesson.get("media") or [])
            )
            lessons[lesson_id] = PackLesson(ref, text, images, narration, media)
            refs.append(ref)
        courses.append(
            Course(
                id=course_id,
                section=section,
                title=_text(course.get("title"), languages, f"{where}.title"),
                description=_text(course.get("description"), languages, f"{where}.description"),
                lessons=tuple(refs),
                topics=tuple(topics),
                source=f"pack:{pack_id}",
                languages=languages,
            )
        )
    return PackManifest(
        id=pack_id,
        version=version,
        title=_text(root.get("title"), languages, "title"),
        description=_text(root.get("description"), languages, "description"),
        languages=languages,
        courses=tuple(courses),
        lessons=lessons,
    )
