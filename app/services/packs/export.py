"""Export one course as a pack zip (docs/course-pack.md), for a classroom or a USB stick.

A pack course is copied with its own files; a platform course must have been saved
for offline (its lessons are written as lesson Markdown, its saved pictures copied).
The zip is written with ``atomic_write``, so a half-written export never appears
under the chosen name. The result passes ``inspect_pack``.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

from app.core.errors import PackError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.models import Block, BlockKind, Course
from app.core.ports import CourseSource
from app.services.atomic_file import atomic_write
from app.services.packs.folder import PackFolder
from app.services.platform.platform_cache import PlatformCache

_SLUG = re.compile(r"[^a-z0-9-]+")
_ITEM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def pack_id_for(course_id: str) -> str:
    slug = _SLUG.sub("-", course_id.lower()).strip("-")[:56] or "course"
    return f"course-{slug}"


def block_markdown(block: Block, image_name: str = "") -> str:
    if block.kind is BlockKind.HEADING:
        return f"## {block.text}"
    if block.kind is BlockKind.STEP:
        return f"{block.number}. {block.text}"
    if block.kind is BlockKind.BULLET:
        return f"- {block.text}"
    if block.kind is BlockKind.REMEMBER:
        return f"> {block.text}"
    if block.kind is BlockKind.IMAGE:
        return f"![]({image_name})"
    return block.text.lstrip("#>-* ")


def _source_of(sources: list[CourseSource], course: Course) -> CourseSource:
    for source in sources:
        if any(c.id == course.id for c in source.courses()):
            return getattr(source, "inner", source)  # a classroom policy's filter
    raise PackError(QT_TRANSLATE_NOOP("Errors", "Nothing was found with that name."))


def export_course(sources: list[CourseSource], course: Course, dest: Path) -> int:
    """Write ``course`` as a pack zip at ``dest``; returns the number of lessons written."""
    source = _source_of(sources, course)
    files: dict[str, bytes] = {}
    if isinstance(source, PackFolder):
        manifest, lessons = _from_pack(source, course, files)
    elif isinstance(source, PlatformCache):
        manifest, lessons = _from_platform(source, course, files)
    else:
        raise PackError()
    files["pack.json"] = json.dumps(manifest, ensure_ascii=False, indent=2).encode()

    def write_zip(out: BinaryIO) -> None:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in sorted(files.items()):
                zf.writestr(name, data)

    atomic_write(dest, write_zip, make_folder=True)
    return lessons


def _header(course: Course, version: str, languages: tuple[str, ...]) -> dict[str, Any]:
    return {
        "format_version": 1,
        "id": pack_id_for(course.id),
        "version": version,
        "title": dict(course.title),
        "description": {
            lang: course.description.get(lang) or course.title[lang] for lang in languages
        },
        "languages": list(languages),
    }


def _from_pack(
    source: PackFolder, course: Course, files: dict[str, bytes]
) -> tuple[dict[str, Any], int]:
    manifest = source.manifest
    lessons = []
    for ref in course.lessons:
        lesson = manifest.lessons[ref.id]
        names = set(lesson.text.values()) | {i.file for i in lesson.images}
        for wav, timings in lesson.narration.values():
            names |= {n for n in (wav, timings) if n}
        for name in names:
            files[name] = (source.folder / name).read_bytes()
        entry: dict[str, Any] = {
            "id": ref.id,
            "title": dict(ref.title),
            "minutes": ref.minutes or 5,
            "text": dict(lesson.text),
            "images": [{"file": i.file, "alt": dict(i.alt)} for i in lesson.images],
        }
        if lesson.narration:
            entry["narration"] = {
                lang: {"file": wav, **({"timings": t} if t else {})}
                for lang, (wav, t) in lesson.narration.items()
            }
        lessons.append(entry)
    out = _header(course, manifest.version, manifest.languages)
    out["courses"] = [_course_entry(course, lessons)]
    return out, len(lessons)


def _from_platform(
    source: PlatformCache, course: Course, files: dict[str, bytes]
) -> tuple[dict[str, Any], int]:
    lang = course.languages[0]
    if not course.lessons or not all(source.has_text(ref.id) for ref in course.lessons):
        raise PackError(
            QT_TRANSLATE_NOOP("Errors", "Save this course for offline use first, then export it.")
        )
    lessons = []
    for ref in course.lessons:
        if not _ITEM_ID.match(ref.id):
            raise PackError(QT_TRANSLATE_NOOP("Errors", "The pack has a bad name (id) at {where}."),
                            where=ref.id)  # fmt: skip
        content = source.lesson_content(ref.id, lang)
        assert content is not None
        lines: list[str] = []
        images: list[dict[str, Any]] = []
        for n, block in enumerate(content.blocks):
            name = ""
            if block.kind is BlockKind.IMAGE:
                suffix = Path(block.image).suffix or ".png"
                name = f"images/{ref.id}-{n}{suffix}"
                files[name] = Path(block.image).read_bytes()
                images.append({"file": name, "alt": {lang: block.alt or course.title[lang]}})
            lines.append(block_markdown(block, name))
        text_name = f"lessons/{ref.id}.{lang}.md"
        files[text_name] = ("\n\n".join(lines) + "\n").encode()
        lessons.append(
            {"id": ref.id, "title": dict(ref.title), "minutes": 5,
             "text": {lang: text_name}, "images": images}
        )  # fmt: skip
    out = _header(course, "1.0.0", (lang,))
    out["courses"] = [_course_entry(course, lessons)]
    return out, len(lessons)


def _course_entry(course: Course, lessons: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": course.id,
        "section": course.section,
        "topics": list(course.topics),
        "title": dict(course.title),
        "description": {k: course.description.get(k) or v for k, v in course.title.items()},
        "lessons": lessons,
    }
