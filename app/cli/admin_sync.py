"""``admin sync``: fetch the public catalog from the platform into this computer's cache.

Uses ``--api-base URL`` (remembered as the platform address for later runs). Prints
counts of topics, courses and lessons fetched and items skipped; exit 0 when the
catalog was refreshed (even with skipped items), 1 with a plain message when the
tag tree, version index or a part cannot be read (the cache is left as it was).
No sign-in or keyring is needed for the public catalog.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import TYPE_CHECKING, TextIO

from app.core.errors import PlatformUnavailable
from app.core.i18n import QT_TRANSLATE_NOOP
from app.services.app_services import AppServices
from app.services.platform.config import remember_base
from app.services.platform.kit import PlatformKit

if TYPE_CHECKING:  # the HTTP stack loads only when a sync runs
    from app.services.platform.sync import SyncReport


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("sync", help="fetch the course catalog from the platform")
    parser.set_defaults(run=run)


async def _sync(kit: PlatformKit) -> SyncReport:
    session = kit.open_session()
    try:
        report: SyncReport = await session.sync.sync_catalog()
        return report
    finally:
        await session.aclose()


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    kit = services.platform
    assert kit is not None
    if not kit.config.configured:
        raise PlatformUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "No platform address is set. Run it once with --api-base URL."
            )
        )
    remember_base(services.machine, kit.config.base_url)
    report = asyncio.run(_sync(kit))
    services.catalog.refresh()
    kit.search.refresh(services.catalog.sources)
    for note in report.skipped:
        err.write(services.texts.translate("AdminSync", "Skipped: {note}").format(note=note) + "\n")
    out.write(services.texts.translate("AdminSync", "Topics: {n}").format(n=report.topics) + "\n")
    out.write(services.texts.translate("AdminSync", "Courses: {n}").format(n=report.courses) + "\n")
    out.write(services.texts.translate("AdminSync", "Lessons: {n}").format(n=report.lessons) + "\n")
    out.write(
        services.texts.translate("AdminSync", "Skipped items: {n}").format(n=len(report.skipped))
        + "\n"
    )
    return 0
