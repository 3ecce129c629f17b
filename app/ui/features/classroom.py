"""The shared classroom PC's pages in a learner's window: the picker and the PIN pad."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.pages.picker import register_classroom_pages
from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.ui.features.context import FeatureContext


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    services = ctx.services
    register_classroom_pages(
        registry,
        services.manager.all,
        services.manager.check_pin,
        services.sessions,
        services.policy.guests_allowed,
        ctx.settings.look().chrome_factor,
    )
