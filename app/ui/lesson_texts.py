"""The texts a lesson's materials make, laid out for the reader without opening the lesson.

The bookmarks page places a bookmark in a video's transcript or a handout's large text
(text id ``<lesson id>#<part>``, ``app/core/text_ids.py``) in today's text: the subtitles
and the PDF come from their saved copy on this computer only (``LessonFiles.saved``: the
file fetched when the lesson was opened, or saved for offline), never from the network,
so listing bookmarks never waits. When the file is not here the text cannot be had now
(``NotFoundError``, as for a lesson that is gone; ``ReadingPlaces`` tells the two apart
by the lesson) and the bookmark shows as it was saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.errors import NotFoundError
from app.core.lesson_text import LessonView
from app.core.text_ids import split_text_id
from app.services.app_services import AppServices

if TYPE_CHECKING:  # the contract and materials load with the first material text (issue 17)
    from app.core.platform_contract import TiItem


def lesson_items(services: AppServices, lesson_id: str) -> tuple[tuple[TiItem, ...], bool] | None:
    """(items, has a text) of a platform or course-pack lesson with items; None otherwise."""
    cache = services.platform.cache
    detail = cache.lesson(lesson_id) if cache.is_platform_lesson(lesson_id) else None
    if detail is not None:
        return detail.items, detail.text_item() is not None
    for source in services.catalog.sources:
        items_of = getattr(source, "lesson_items", None)
        if items_of is not None:
            items: tuple[TiItem, ...] = items_of(lesson_id)
            if items:
                return items, True
    return None


def material_text(services: AppServices, text_id: str, title: str, lang: str) -> LessonView:
    """The text a material makes (a transcript, a handout's large text), from saved files.

    ``NotFoundError`` when the lesson has no such material, or its file is not on this
    computer (or has no text)."""
    # Not at start-up (issue 17): the contract, the platform session, QtPdf, the reader.
    from app.core.materials import MaterialKind, index_of_part, lesson_materials
    from app.core.subtitles import parse_subtitles
    from app.services.lesson_files import LessonFiles
    from app.ui.handout_view import pdf_text
    from app.ui.transcript_view import transcript_view

    lesson_id, part = split_text_id(text_id)
    found = lesson_items(services, lesson_id) if part else None
    if found is None:
        raise NotFoundError()
    materials = lesson_materials(found[0], has_text=found[1])
    index = index_of_part(materials, part)
    if index is None:
        raise NotFoundError()
    material = materials[index]
    files = LessonFiles(services.platform)
    if material.kind is MaterialKind.HANDOUT:
        assert material.item is not None
        path = files.saved(material.item)
        view = pdf_text(str(path), text_id) if path is not None else None
    else:
        subtitles = material.subtitles_for(lang)
        path = files.saved(subtitles) if subtitles is not None else None
        cues = parse_subtitles(path.read_text("utf-8-sig", errors="replace")) if path else ()
        view = transcript_view(text_id, title, lang, cues) if cues else None
    if view is None or not view.text.strip():
        raise NotFoundError()
    return view


def text_views(
    services: AppServices, lesson_view: Callable[[str], LessonView], lang: Callable[[], str]
) -> Callable[[str], LessonView]:
    """``view(text_id)``: a lesson's text (``lesson_view``), or a material's text."""

    def view(text_id: str) -> LessonView:
        lesson_id, part = split_text_id(text_id)
        if not part:
            return lesson_view(text_id)
        ref = services.catalog.catalog.lesson(lesson_id)
        if ref is None:
            raise NotFoundError()
        try:
            return material_text(services, text_id, ref.title_in(lang()), lang())
        except OSError as e:
            raise NotFoundError() from e

    return view
