"""The shared classroom PC's pages in a learner's window: the picker and the PIN pad."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.services.profiles.session import SessionRequests
    from app.services.store.profiles import Profile
    from app.ui.features.context import FeatureContext
    from app.ui.pages.picker import PickerPage, PinPage


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    services = ctx.services
    register_classroom_pages(
        registry,
        lambda: services.manager.all(),  # the manager is made when a page first needs it
        lambda profile, pin: services.manager.check_pin(profile, pin),
        services.sessions,
        services.policy.guests_allowed,
        ctx.settings.look().chrome_factor,
    )


def register_classroom_pages(
    registry: PageRegistry,
    profiles: Callable[[], list[Profile]],
    check_pin: Callable[[Profile, str], None],
    requests: SessionRequests,
    guests_allowed: bool,
    scale: float,
) -> None:
    """Add ``picker`` and ``pin:<id>`` to a window's registry. The pages (and their
    avatar pictures and PIN pad) load when first opened, not before the home page is
    painted (issue 17)."""

    def picker(_: str) -> PickerPage:
        from PySide6.QtCore import QCoreApplication

        from app.ui.pages.picker import PickerPage, picker_entries

        guest = QCoreApplication.translate("PickerPage", "Guest")
        page = PickerPage(picker_entries(profiles(), guests_allowed, guest), scale)
        page.chosen.connect(requests.enter)
        return page

    def pin(profile_id: str) -> PinPage:
        from app.core.errors import NotFoundError
        from app.ui.pages.picker import PinPage

        found = [p for p in profiles() if p.id == profile_id]
        if not found:
            raise NotFoundError()
        page = PinPage(found[0], lambda text: check_pin(found[0], text), scale)
        page.unlocked.connect(requests.enter)
        return page

    registry.register("picker", picker)
    registry.register(
        "pin",
        pin,
        lambda: [f"pin:{p.id}" for p in profiles() if p.has_pin][:1],
    )
