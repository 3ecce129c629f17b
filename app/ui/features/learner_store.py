"""What the window does for the learner's store: tell them about a recovery, back up on close."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.services.learner import recovery_message
from app.services.store.durable import backup_if_due
from app.ui.pages.base import Page
from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.ui.features.context import FeatureContext

CLOSE_BACKUP_EVERY = timedelta(hours=1)


def register(_registry: PageRegistry, ctx: FeatureContext) -> None:
    """No pages: show the recovery message (if the database was restored) on the first
    page; back up when the window closes (at most hourly; never for a guest)."""
    window, store = ctx.window, ctx.store
    if store.recovery is not None:
        message = recovery_message(store.recovery, QCoreApplication.translate)

        def tell_once(_page: Page, _key: str) -> None:
            window.page_opened.disconnect(tell_once)
            window.banner.show_message(message)

        window.page_opened.connect(tell_once)

    def back_up() -> None:
        if store.backups is not None:
            # Closing must never fail over a backup.
            with contextlib.suppress(Exception):
                backup_if_due(store.conn, store.backups, datetime.now(UTC), CLOSE_BACKUP_EVERY)

    window.closing.connect(back_up)
