"""Connect the platform controller to the window's pages (called by ``build_window``).

Kept out of ``__main__`` so the composition root stays short: platform course pages
get "Save for offline", a lesson that is not on this computer yet is fetched in the
background and shown when it arrives, and a lesson's web links can be followed (the
lesson page's ``LinkGuard`` asks before the browser opens).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.services.platform.kit import PlatformKit
from app.ui.platform_controller import PlatformController
from app.ui.platform_widgets import SaveOfflineBar


def wire_platform(window: Any, kit: PlatformKit, controller: PlatformController) -> None:
    cache = kit.cache

    def on_page(page: Any, key: str) -> None:
        prefix, _, arg = key.partition(":")
        if prefix == "course" and cache.is_platform_course(arg):
            bar = SaveOfflineBar(controller, arg, cache.is_saved(arg))
            page.column.insertWidget(2, bar)
            page.save_offline_bar = bar
        elif prefix == "lesson":
            reader = getattr(page, "reader", None)
            if reader is not None:  # the lesson page's LinkGuard asks before a link opens
                reader.setTextInteractionFlags(
                    reader.textInteractionFlags()
                    | Qt.TextInteractionFlag.LinksAccessibleByMouse
                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                )
            if cache.is_platform_lesson(arg) and not cache.has_text(arg):
                controller.fetch_lesson(arg)

    def on_lesson_ready(lesson_id: str) -> None:
        if window.key == f"lesson:{lesson_id}":
            window.reload()

    def on_catalog_changed() -> None:
        page = window.page
        box = getattr(page, "search_box", None)
        if window.key.partition(":")[0] in ("home", "catalog", "course") and not (
            box is not None and box.text()
        ):
            window.reload()

    window.page_opened.connect(on_page)
    controller.lesson_ready.connect(on_lesson_ready)
    controller.catalog_changed.connect(on_catalog_changed)
