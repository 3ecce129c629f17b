"""The catalog: the courses of a section, search, "Update lessons" and installing a pack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.core.sections import SILVER_AGE
from app.services.packs.archive import InstallResult, install_pack
from app.ui.pack_install import PackInstallBar, choose_pack_with_dialog
from app.ui.pages.catalog import CatalogPage
from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.ui.features.context import FeatureContext


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    services, window, platform = ctx.services, ctx.window, ctx.platform

    def install_pack_file(path: Path) -> InstallResult:
        result = install_pack(path, services.paths.packs)
        services.reload_catalog()
        platform.refresh_search()
        return result

    def catalog_page(arg: str) -> CatalogPage:
        installer = PackInstallBar(
            choose_pack_with_dialog(window), install_pack_file, ctx.error_text
        )
        installer.installed.connect(window.show_after_reload)
        return CatalogPage(
            services.catalog.catalog,
            arg or SILVER_AGE,
            ctx.lang,
            search=platform.search,
            controller=platform,
            installer=installer,
        )

    registry.register("catalog", catalog_page)
