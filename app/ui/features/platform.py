"""The lesson platform in the window: signing in, and keeping pages in step with it.

A lesson that is not on this computer yet is fetched in the background and shown
when it arrives; the pages of the catalog are rebuilt when a sync brought new
courses (unless the learner is typing a search). "Save for offline" on a platform
course is the course page's (``lessons.register``), and so are a lesson's web links.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.ports import SecretStore
from app.ui.features.learning import share_question
from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.ui.features.context import FeatureContext
    from app.ui.pages.base import Page
    from app.ui.pages.signin import SignInPage
    from app.ui.platform_controller import PlatformController


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    window, profile = ctx.window, ctx.profile
    secrets: SecretStore = ctx.services.secrets
    cache = ctx.services.platform.cache

    def signin_page(_: str) -> SignInPage:
        from app.ui.pages.signin import SignInPage  # on first opening (issue 17)

        return SignInPage(
            secrets, profile.id, ctx.platform.check_token, after_sign_in=share_question(ctx)
        )

    registry.register("signin", signin_page)

    def on_page(_page: Page, key: str) -> None:
        prefix, _, arg = key.partition(":")
        if prefix == "lesson" and cache.is_platform_lesson(arg) and not cache.has_text(arg):
            ctx.platform.fetch_lesson(arg)

    def on_lesson_ready(lesson_id: str) -> None:
        if window.key == f"lesson:{lesson_id}":
            window.reload()

    def on_catalog_changed() -> None:
        page = window.page
        typing = False
        if window.key.partition(":")[0] == "catalog":
            from app.ui.pages.catalog import CatalogPage  # loaded: a catalog page is open

            typing = isinstance(page, CatalogPage) and bool(page.search_box.text())
        if window.key.partition(":")[0] in ("home", "catalog", "course") and not typing:
            window.reload()

    window.page_opened.connect(on_page)

    def listen(controller: PlatformController) -> None:
        controller.lesson_ready.connect(on_lesson_ready)
        controller.catalog_changed.connect(on_catalog_changed)

    ctx.when_platform(listen)
