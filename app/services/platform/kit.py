"""The platform pieces one run uses, built once by the composition root.

``PlatformKit`` holds what exists without a network (settings, the cache as a
course source, the search index, the token store). ``open_session`` makes an
``httpx.AsyncClient`` and the adapter on it for one piece of work (a sync, a saved
course); the caller closes it (``app/services/platform_sync.py`` does).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.platform import PlatformSource
from app.core.ports import SecretStore
from app.services.platform.cache import PlatformCache
from app.services.platform.config import PlatformConfig, load_config
from app.services.platform.http_cache import HttpCache, HttpLimits
from app.services.search import SearchIndex


@dataclass
class PlatformSession:
    """A live connection to the platform: close it with ``aclose``."""

    client: Any  # httpx.AsyncClient
    source: PlatformSource  # StaticJsonSource (imported with httpx, only when going online)
    http_cache: HttpCache  # this session's new answers wait here until they are written

    async def aclose(self) -> None:
        await self.client.aclose()


@dataclass
class PlatformKit:
    config: PlatformConfig
    cache: PlatformCache
    search: SearchIndex
    http_cache: HttpCache
    secrets: SecretStore | None = None
    limits: HttpLimits = field(default_factory=HttpLimits)
    sleep: Callable[[float], Awaitable[None]] | None = None  # between retries; tests record

    def open_session(self) -> PlatformSession:
        """Call inside the event loop that will use it (its own, in a worker thread)."""
        from app.services.platform.http import PlatformHttp, make_client
        from app.services.platform.static_json import StaticJsonSource

        client = make_client(self.limits)
        answers = HttpCache(self.http_cache.conn)  # not shared with other sessions' answers
        http = PlatformHttp(client, answers, self.limits, self.sleep or asyncio.sleep)
        return PlatformSession(client, StaticJsonSource(http, self.config), answers)


def build_platform(
    root: Path,
    db_path: Path,
    machine: sqlite3.Connection,
    *,
    api_base: str | None,
    placeholder: Callable[[], str],
    secrets: SecretStore | None = None,
) -> PlatformKit:
    return PlatformKit(
        config=load_config(machine, api_base),
        cache=PlatformCache(db_path, machine, root / "platform-media", placeholder),
        search=SearchIndex(db_path, machine),
        http_cache=HttpCache(machine),
        secrets=secrets,
    )
