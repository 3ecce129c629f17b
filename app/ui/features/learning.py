"""The learning record: honest study time while a lesson is open, and the "My learning" page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.learning_record import LearningRecord
from app.ui.pages.learning import LearningPage
from app.ui.registry import PageRegistry
from app.ui.study_timer import StudyTimer

if TYPE_CHECKING:
    from app.ui.features.context import FeatureContext


def sharing(ctx: FeatureContext) -> bool:
    """Records go to the platform only for a signed-up learner who said yes (never a guest)."""
    return not ctx.profile.is_guest and bool(ctx.settings.values().get("share_record"))


def start_timer(ctx: FeatureContext) -> StudyTimer:
    """The window's study timer (the builder keeps it in the ``LearnerWindow`` record)."""
    catalog = ctx.services.catalog

    def course_of(lesson_id: str) -> str | None:
        course = catalog.catalog.course_of_lesson(lesson_id)
        return None if course is None else course.id

    timer = StudyTimer(
        ctx.services.clock, ctx.store.study, ctx.window, course_of, lambda: sharing(ctx)
    )
    ctx.window.page_opened.connect(timer.page_opened)
    ctx.window.closing.connect(timer.close)
    return timer


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    def learning_page(_arg: str) -> LearningPage:
        record = LearningRecord(ctx.store, ctx.services.catalog.catalog, ctx.services.clock)
        page = LearningPage(record.summary(), ctx.settings.look(), ctx.lang)
        page.speak_requested.connect(lambda text: ctx.speaker.speak(text, ctx.lang))
        return page

    registry.register("learning", learning_page)
