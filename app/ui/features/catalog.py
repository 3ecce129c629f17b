"""The catalog: the courses of a section, search, "Update lessons" and installing a pack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.services.packs.archive import InstallResult
    from app.ui.features.context import FeatureContext
    from app.ui.pages.catalog import CatalogPage


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    services, window = ctx.services, ctx.window

    # The page, pack installing and its archive code load when the catalog is first
    # opened, not before the home page is painted (issue 17).
    def install_pack_file(path: Path) -> InstallResult:
        from app.services.packs.archive import install_pack

        result = install_pack(path, services.paths.packs)
        services.reload_catalog()
        ctx.platform.refresh_search()
        return result

    def catalog_page(arg: str) -> CatalogPage:
        from app.core.sections import SILVER_AGE
        from app.ui.file_chooser import DialogFileChooser
        from app.ui.pack_install import PackInstallBar
        from app.ui.pages.catalog import CatalogPage

        chooser = ctx.files or DialogFileChooser(window, kind="pack")
        installer = PackInstallBar(chooser.open_path, install_pack_file, ctx.error_text)
        installer.installed.connect(window.show_after_reload)
        return CatalogPage(
            services.catalog.catalog,
            arg or SILVER_AGE,
            ctx.lang,
            search=ctx.platform.search,
            controller=ctx.platform,
            installer=installer,
        )

    registry.register("catalog", catalog_page)
