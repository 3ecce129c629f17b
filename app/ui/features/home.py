"""The home page: where the learner stopped, today's classes, the sections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.pages.home import ContinueItem, HomePage
from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.ui.features.context import FeatureContext


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    catalog = ctx.services.catalog

    def continue_item() -> ContinueItem | None:
        last = ctx.store.progress.last_opened()
        if last is None:
            return None
        lesson = catalog.catalog.lesson(ctx.places.continue_with(last.lesson_id))
        course = catalog.catalog.courses.get(last.course_id)
        if lesson is None or course is None:
            return None
        return ContinueItem(lesson.id, course.title_in(ctx.lang), lesson.title_in(ctx.lang))

    registry.register(
        "home",
        lambda _: HomePage(
            catalog.catalog,
            ctx.lang,
            continue_item(),
            ctx.schedule.today_lines(),
            sections=ctx.services.policy.allowed_sections,
        ),
    )
