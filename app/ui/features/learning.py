"""The learning record: honest study time while a lesson is open, the "My learning" page,
the sharing question after sign-in, and records sent to the platform after each sync."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from app.core.errors import SecretsUnavailable, SignInNeeded, SilverError
from app.services.store.database import connect
from app.services.store.schema import LEARNER_MIGRATIONS
from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.services.record_sender import SendReport
    from app.ui.features.context import FeatureContext
    from app.ui.pages.base import Page
    from app.ui.pages.learning import LearningPage
    from app.ui.share_question import ShareQuestion
    from app.ui.study_timer import StudyTimer

log = logging.getLogger(__name__)


def sharing(ctx: FeatureContext) -> bool:
    """Records go to the platform only for a learner with a profile who said yes (never a
    guest)."""
    return not ctx.profile.is_guest and bool(ctx.settings.values().get("share_record"))


def start_timer(ctx: FeatureContext) -> Callable[[], StudyTimer]:
    """The window's study timer, made when the first lesson opens (only a lesson counts,
    so home is painted without it) or when asked for; the builder keeps the getter."""
    catalog = ctx.services.catalog
    made: list[StudyTimer] = []

    def course_of(lesson_id: str) -> str | None:
        course = catalog.catalog.course_of_lesson(lesson_id)
        return None if course is None else course.id

    def timer() -> StudyTimer:
        if not made:
            from app.ui.study_timer import StudyTimer

            made.append(
                StudyTimer(
                    ctx.services.clock,
                    ctx.store.study,
                    ctx.window,
                    course_of,
                    lambda: sharing(ctx),
                )
            )
            ctx.window.page_opened.connect(made[0].page_opened)
            ctx.window.page_changing.connect(made[0].page_changing)
            ctx.window.closing.connect(made[0].close)
        return made[0]

    def first_lesson(page: Page, key: str) -> None:
        if not made and key.partition(":")[0] == "lesson":
            timer().page_opened(page, key)

    ctx.window.page_opened.connect(first_lesson)
    return timer


def lesson_finished(ctx: FeatureContext, course_id: str, lesson_id: str) -> None:
    """A lesson became done: a ``completed`` record waits for the platform (when shared)."""
    if sharing(ctx):
        ctx.store.study.add_completed(course_id, lesson_id, ctx.services.clock.now())


def share_question(ctx: FeatureContext) -> ShareQuestion | None:
    """The sign-in page's "Share my learning record?" (no question for a guest)."""
    if ctx.profile.is_guest:
        return None
    from app.ui.share_question import ShareQuestion

    return ShareQuestion(
        lambda: bool(ctx.settings.values().get("share_record_asked")),
        lambda changes: ctx.change_settings(changes, False),
    )


def send_records(ctx: FeatureContext) -> bool:
    """Send what is waiting, in the background; False when there is nobody to send for."""
    if not sharing(ctx) or not ctx.services.platform.config.configured:
        return False
    try:
        token = ctx.services.secrets.get(ctx.profile.id)
    except SecretsUnavailable:
        return False
    if not token:
        return False
    from app.services.record_sender import RecordSender  # HTTP and asyncio: not at start-up

    path = ctx.services.paths.learner_db(ctx.profile.id)
    sender = RecordSender(ctx.services.platform, lambda: connect(path, LEARNER_MIGRATIONS))

    def sent(report: SendReport) -> None:
        log.info("learning records sent: %d, waiting: %d", report.sent, report.waiting)

    def failed(exc: SilverError) -> None:
        if isinstance(exc, SignInNeeded):  # the queue stays; ask to sign in again
            ctx.window.banner.show_message(ctx.error_text(exc))
        else:
            log.info("learning records wait for the next sync: %r", exc)

    return ctx.platform.work.run(lambda: sender.send(token), sent, on_failed=failed)


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    def learning_page(_arg: str) -> LearningPage:
        from app.services.learning_record import LearningRecord  # on first opening (issue 17)
        from app.ui.pages.learning import LearningPage

        record = LearningRecord(ctx.store, ctx.services.catalog.catalog, ctx.services.clock)
        page = LearningPage(record.summary(), ctx.settings.look(), ctx.lang)
        page.speak_requested.connect(lambda text: ctx.speaker.speak(text, ctx.lang))
        return page

    def settings_changed(changes: Mapping[str, Any]) -> None:
        if changes.get("share_record") is False:
            ctx.store.study.clear_queue()  # sharing turned off: nothing waiting is sent

    registry.register("learning", learning_page)
    ctx.when_platform(
        lambda controller: controller.catalog_changed.connect(lambda: send_records(ctx))
    )
    ctx.settings.changed.connect(settings_changed)
