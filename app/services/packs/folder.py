"""A course pack unpacked in a folder: the bundled pack, or one installed from a zip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import PackError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.models import Block, BlockKind, Course, LessonContent
from app.services.packs.model import PackLesson, PackManifest, parse_manifest

if TYPE_CHECKING:  # the contract's dataclasses load with the first lesson that has media
    from app.core.platform_contract import TiItem

MAX_MANIFEST_BYTES = 5 * 1024 * 1024


def read_manifest(folder: Path) -> PackManifest:
    path = folder / "pack.json"
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise PackError(QT_TRANSLATE_NOOP("Errors", "The pack's pack.json is far too large."))
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PackError(
            QT_TRANSLATE_NOOP("Errors", "This is not a course pack: pack.json is missing.")
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(
            QT_TRANSLATE_NOOP("Errors", "The pack's pack.json is damaged and cannot be read.")
        ) from exc
    except OSError as exc:
        raise PackError() from exc
    return parse_manifest(data)


class PackFolder:
    """Implements the core's ``CourseSource`` for one pack folder."""

    def __init__(self, folder: Path, manifest: PackManifest) -> None:
        self.folder = folder
        self.manifest = manifest

    @classmethod
    def open(cls, folder: Path, *, check_lessons: bool = False) -> PackFolder:
        """Read and validate a pack; ``check_lessons`` also reads every lesson file."""
        pack = cls(folder, read_manifest(folder))
        missing = sorted(f for f in pack.manifest.files() if not (folder / f).is_file())
        if missing:
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "The pack is missing the file {path}."), path=missing[0]
            )
        if check_lessons:
            for lesson_id in pack.manifest.lessons:
                for lang in pack.manifest.languages:
                    pack.lesson_content(lesson_id, lang)
        return pack

    def courses(self) -> list[Course]:
        return list(self.manifest.courses)

    def lesson_items(self, lesson_id: str) -> tuple[TiItem, ...]:
        """A lesson's video, recording, handout and subtitles as the materials strip takes
        them (``TiItem``s whose one storage is the file in this folder); () for none."""
        from app.core.platform_contract import TiItem

        lesson = self.manifest.lessons.get(lesson_id)
        if lesson is None:
            return ()
        return tuple(
            TiItem(m.format, (str(self.folder / m.file),), 0, m.md5, m.duration, m.language)
            for m in lesson.media
        )

    def lesson_content(self, lesson_id: str, lang: str) -> LessonContent | None:
        lesson = self.manifest.lessons.get(lesson_id)
        if lesson is None:
            return None
        if lang not in lesson.text:
            lang = self.manifest.languages[0]
        try:
            source = (self.folder / lesson.text[lang]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "The lesson file {path} cannot be read."),
                path=lesson.text[lang],
            ) from exc
        from app.core.lesson_text import parse_lesson_markdown  # when a lesson is read

        blocks = [self._with_image(b, lesson, lang) for b in parse_lesson_markdown(source)]
        wav, timings = lesson.narration.get(lang, ("", ""))
        return LessonContent(
            lesson_id,
            lang,
            tuple(blocks),
            narration=str(self.folder / wav) if wav else "",
            narration_timings=self._timings(timings),
        )

    def _with_image(self, block: Block, lesson: PackLesson, lang: str) -> Block:
        if block.kind is not BlockKind.IMAGE:
            return block
        image = next((i for i in lesson.images if i.file == block.image), None)
        if image is None:
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "The picture {path} has no description in pack.json."),
                path=block.image,
            )
        return Block(BlockKind.IMAGE, image=str(self.folder / image.file), alt=image.alt[lang])

    def _timings(self, relative: str) -> tuple[tuple[int, int], ...]:
        if not relative:
            return ()
        try:
            items = json.loads((self.folder / relative).read_text(encoding="utf-8"))
            return tuple((int(i["start_ms"]), int(i["end_ms"])) for i in items)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "The lesson file {path} cannot be read."),
                path=relative,
            ) from exc
