"""What a lesson offers the learner: one ``Material`` per thing to watch, listen to or read.

The platform lists a lesson's items by file format (contract v1.1); a learner thinks in
videos, handouts, recordings and text. This turns one into the other, in the order the
materials strip shows them: video first (how most silver-age lessons are published),
then the handout, the recording and the text (``first_to_open`` says which opens).
Subtitles are not a material of their own: they belong to the video or recording they
caption. Pure Python, so the strip's labels and order are tested without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.platform_contract import (
    AUDIO_FORMATS,
    SUBTITLE_FORMATS,
    TEXT_FORMATS,
    VIDEO_FORMATS,
    TiItem,
)
from app.core.text_ids import part_name


class MaterialKind(Enum):
    VIDEO = "video"
    AUDIO = "audio"
    HANDOUT = "handout"
    TEXT = "text"


ORDER: tuple[MaterialKind, ...] = (
    MaterialKind.VIDEO,
    MaterialKind.HANDOUT,
    MaterialKind.AUDIO,
    MaterialKind.TEXT,
)
OPEN_FIRST: tuple[MaterialKind, ...] = (
    MaterialKind.VIDEO,
    MaterialKind.TEXT,
    MaterialKind.HANDOUT,
    MaterialKind.AUDIO,
)
"""What opens with the page: the video; else the text (a lesson's recording is often its
text read aloud, and a text lesson must open as it always did); else the handout."""

# English templates, translated in the "Materials" context by the strip.
LABELS: dict[MaterialKind, str] = {
    MaterialKind.VIDEO: QT_TRANSLATE_NOOP("Materials", "Video"),
    MaterialKind.AUDIO: QT_TRANSLATE_NOOP("Materials", "Listen"),
    MaterialKind.HANDOUT: QT_TRANSLATE_NOOP("Materials", "Handout"),
    MaterialKind.TEXT: QT_TRANSLATE_NOOP("Materials", "Text"),
}
MINUTES = QT_TRANSLATE_NOOP("Materials", "{label} {minutes} min")
PAGES = QT_TRANSLATE_NOOP("Materials", "{label} {pages} pages")


@dataclass(frozen=True, slots=True)
class Material:
    """One thing the strip offers: its kind, the item, and the subtitles that go with it."""

    kind: MaterialKind
    item: TiItem | None  # None: the lesson's text as the reader already shows it
    subtitles: tuple[TiItem, ...] = ()

    @property
    def minutes(self) -> int:
        """Whole minutes, rounded up (a 20 s clip is "1 min"); 0 when unknown."""
        if self.item is None or self.item.duration <= 0:
            return 0
        return -(-self.item.duration // 60)

    def subtitles_for(self, language: str) -> TiItem | None:
        """The subtitles in the learner's language if there are some, else the first."""
        for sub in self.subtitles:
            if sub.language == language:
                return sub
        return self.subtitles[0] if self.subtitles else None


def _kind(item: TiItem) -> MaterialKind | None:
    if item.format in VIDEO_FORMATS:
        return MaterialKind.VIDEO
    if item.format in AUDIO_FORMATS:
        return MaterialKind.AUDIO
    if item.format == "pdf":
        return MaterialKind.HANDOUT
    if item.format in TEXT_FORMATS:
        return MaterialKind.TEXT
    return None


def lesson_materials(items: tuple[TiItem, ...], has_text: bool) -> tuple[Material, ...]:
    """The strip's materials in order; the first is opened.

    One video (the first; further ones are other renditions or mirrors of the same
    lesson in practice), each recording, each handout, and the text when the lesson has
    one (``has_text``: the reader's content, which may come from a pack rather than an
    item). Pictures are shown inside the text, not in the strip.
    """
    subtitles = tuple(i for i in items if i.format in SUBTITLE_FORMATS and i.storages)
    found: list[Material] = []
    for item in items:
        kind = _kind(item)
        if kind is None or kind is MaterialKind.TEXT or not item.storages:
            continue
        if kind is MaterialKind.VIDEO and any(m.kind is kind for m in found):
            continue
        timed = kind in (MaterialKind.VIDEO, MaterialKind.AUDIO)
        found.append(Material(kind, item, subtitles if timed else ()))
    if has_text:
        found.append(Material(MaterialKind.TEXT, None))
    return tuple(sorted(found, key=lambda m: ORDER.index(m.kind)))


def first_to_open(materials: tuple[Material, ...]) -> int:
    """The index of the material the page opens with (see ``OPEN_FIRST``); 0 if none."""
    for kind in OPEN_FIRST:
        for i, material in enumerate(materials):
            if material.kind is kind:
                return i
    return 0


def text_part(materials: tuple[Material, ...], index: int) -> str:
    """The text part (``app/core/text_ids.py``) of the material at ``index``: its kind, and
    ``-n`` for the n-th (n ≥ 2) of that kind; "" for the lesson's own text."""
    material = materials[index]
    if material.kind is MaterialKind.TEXT:
        return ""
    n = sum(1 for m in materials[: index + 1] if m.kind is material.kind)
    return part_name(material.kind.value, n)


def index_of_part(materials: tuple[Material, ...], part: str) -> int | None:
    """The index of the material a text part names (None: the lesson has no such one)."""
    for i, material in enumerate(materials):
        if material.kind is not MaterialKind.TEXT and text_part(materials, i) == part:
            return i
    return None
