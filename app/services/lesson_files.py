"""A lesson's files (subtitles, handouts, recordings, videos) where the player can reach them.

A file saved before (opened once, or its course saved for offline) is used from the
machine-wide media folder, so it opens with the network down; otherwise the player streams
the platform's URL, and small files it needs whole (subtitles, a PDF handout) are fetched
once into that folder, checked against the item's ``ti_md5`` first. Blocking calls, run
off the GUI thread by the caller (``BackgroundWork``).
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

from app.core.platform_contract import TiItem
from app.services.platform.platform_cache import media_name
from app.services.platform.platform_kit import PlatformKit
from app.services.platform_sync import PlatformSession, open_session


def file_md5(path: Path) -> str:
    digest = hashlib.md5()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class LessonFiles:
    def __init__(self, kit: PlatformKit) -> None:
        self.kit = kit

    def saved(self, item: TiItem) -> Path | None:
        """The copy on this computer of one of the item's storages, if there is one (a
        course pack's items name their files in the pack's folder)."""
        for url in item.storages:
            if Path(url).is_absolute() and Path(url).is_file():
                return Path(url)
            found = self.kit.cache.media_file(url)
            if found:
                return Path(found)
        return None

    def where(self, item: TiItem) -> str:
        """What to give the player: the saved file, else the first storage's URL."""
        saved = self.saved(item)
        return str(saved) if saved is not None else item.storages[0]

    def fetch(self, item: TiItem) -> Path | None:
        """The saved copy, or the first storage that answers with the right bytes, kept;
        None when none does (missing, no network, or damaged: nothing damaged is kept)."""
        saved = self.saved(item)
        if saved is not None:
            return saved

        async def go() -> Path | None:
            session = open_session(self.kit)
            try:
                return await self._fetch(session, item)
            finally:
                await session.aclose()

        return asyncio.run(go())

    async def _fetch(self, session: PlatformSession, item: TiItem) -> Path | None:
        for url in item.storages:
            dest = Path(self.kit.cache.media_dir) / media_name(url)
            if not await session.source.media(url, str(dest)):
                continue
            if item.md5 and file_md5(dest) != item.md5:
                dest.unlink(missing_ok=True)
                continue
            return dest
        return None
