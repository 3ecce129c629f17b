"""Reading: a course's lessons, the lesson reader (read aloud, print, bookmarks) and the
bookmarks page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.core.errors import NotFoundError
from app.core.i18n import pick
from app.core.text_ids import parse_lesson_key, split_text_id
from app.services.catalog_service import CatalogService
from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.core.lesson_text import LessonView
    from app.services.platform.platform_cache import PlatformCache
    from app.ui.features.context import FeatureContext
    from app.ui.pages.bookmarks import BookmarksPage
    from app.ui.pages.course import CoursePage
    from app.ui.pages.lesson import LessonPage


def lesson_views(catalog: CatalogService, lang: Callable[[], str]) -> Callable[[str], LessonView]:
    """``view(lesson_id)``: a lesson laid out for the reader in the current language."""

    def lesson_view(lesson_id: str) -> LessonView:
        from app.core.lesson_text import build_lesson_view  # when a lesson is laid out

        ref = catalog.catalog.lesson(lesson_id)
        if ref is None:
            raise NotFoundError()
        content = catalog.lesson_content(lesson_id, lang())
        remember = QCoreApplication.translate("LessonPage", "Remember this")
        return build_lesson_view(content, ref.title_in(lang()), remember)

    return lesson_view


def _media_examples(cache: PlatformCache) -> list[str]:
    """Lessons with video, audio or handouts, for the page walk (loaded only for it)."""
    from app.ui.lesson_media import media_lesson_examples

    return media_lesson_examples(cache)


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    catalog, store, window, settings = ctx.services.catalog, ctx.store, ctx.window, ctx.settings
    cache = ctx.services.platform.cache
    lesson_view = lesson_views(catalog, lambda: ctx.lang)

    # Page modules (the reader, QtSvg, read-aloud, printing) load when a page of this
    # feature is first opened, not before the home page is painted (issue 17).
    def course_page(arg: str) -> CoursePage:
        from app.services.certificate import certificate_html
        from app.services.learning_record import LearningRecord
        from app.ui.pages.course import CoursePage
        from app.ui.platform_widgets import SaveOfflineBar
        from app.ui.print_dialog import print_with_dialog

        course = catalog.course(arg)
        offline = None
        if cache.is_platform_course(arg):
            offline = SaveOfflineBar(ctx.platform, arg, cache.is_saved(arg))
        record = LearningRecord(store, catalog.catalog, ctx.services.clock)
        finished = arg in record.finished_courses()
        page = CoursePage(
            course, ctx.lang, store.progress.marks(arg), save_offline=offline, certificate=finished
        )
        page.certificate_requested.connect(
            lambda: print_with_dialog(
                certificate_html(record.course_record(arg, ctx.profile.name, ctx.lang), ctx.lang),
                page,
            )
        )
        return page

    def lesson_page(arg: str) -> LessonPage:
        from app.services.large_print import lesson_print_html
        from app.services.speech.read_aloud import build_read_aloud
        from app.ui.lesson_media import materials_panel
        from app.ui.pages.lesson import LessonPage
        from app.ui.print_dialog import print_with_dialog

        lang = ctx.lang
        text_id, start = parse_lesson_key(arg)
        # A bookmark in a transcript or a handout's large text: ``<lesson id>#<part>``
        # opens its lesson with that material's text, at the offset.
        lesson_id, part = split_text_id(text_id)
        part_start, start = (start, None) if part else (None, start)
        in_text = start is not None  # a bookmark in the lesson's text: open the text
        course = catalog.catalog.course_of_lesson(lesson_id)
        if course is None:
            raise NotFoundError()
        view = lesson_view(lesson_id)
        here = window.page
        if (
            not part
            and isinstance(here, LessonPage)
            and here.view.lesson_id == lesson_id
            and here.bookmarks
        ):
            place = here.bookmarks.place()  # rebuilt (e.g. bigger text): stay on the sentence
            start = place.start if place is not None else start
        store.progress.record_open(lesson_id, course.id, datetime.now(UTC))
        content = catalog.lesson_content(lesson_id, lang)
        reader = build_read_aloud(
            ctx.speech,
            view.text,
            content.lang,
            rate=settings.speech_rate,
            volume=settings.volume,
            narration=content.narration,
            narration_timings=content.narration_timings,
        )
        page = LessonPage(
            view,
            pick(course.title, lang),
            settings.look(),
            places=ctx.places,
            start=start,
            read_aloud=reader,
            follow_links=True,
            materials=materials_panel(
                ctx,
                lesson_id,
                course.id,
                view.title,
                open_part="text" if in_text else part,
                open_at=part_start,
            ),
        )
        page.text_scale_requested.connect(lambda n: ctx.change_settings({"text_scale": n}))
        page.print_requested.connect(lambda: print_with_dialog(lesson_print_html(view), page))
        page.setting_changed.connect(lambda key, value: ctx.change_settings({key: value}, False))
        page.read_aloud_used.connect(lambda: store.progress.mark_read_aloud(lesson_id))
        return page

    registry.register(
        "course",
        course_page,
        lambda: [f"course:{c}" for c in list(catalog.catalog.courses)[:1]],
    )
    registry.register(
        "lesson",
        lesson_page,
        lambda: (
            [f"lesson:{c.lessons[0].id}" for c in list(catalog.catalog.courses.values())[:1]]
            + _media_examples(cache)
        ),
    )

    def bookmarks_page(_arg: str) -> BookmarksPage:
        from app.ui.pages.bookmarks import BookmarksPage

        return BookmarksPage(ctx.places)

    registry.register("bookmarks", bookmarks_page)
