"""The platform pieces one run uses, built once by the composition root.

``PlatformKit`` holds what exists without a network (settings, the cache as a
course source, the search index, the token store). ``open_sync`` makes the one
``httpx.AsyncClient`` of the app and the adapter on it; the caller closes it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.ports import SecretStore
from app.services.platform.cache import PlatformCache
from app.services.platform.config import PlatformConfig, load_config
from app.services.platform.http_cache import HttpCache, HttpLimits
from app.services.search import SearchIndex


@dataclass
class PlatformSession:
    """A live connection to the platform: close it with ``aclose``."""

    client: Any  # httpx.AsyncClient
    source: Any  # StaticJsonSource (imported with httpx, only when going online)
    sync: Any  # PlatformSync

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

    def open_session(
        self, after_write: Callable[[], None] = lambda: None, **client_options: Any
    ) -> PlatformSession:
        from app.services.platform.http import PlatformHttp, make_client
        from app.services.platform.static_json import StaticJsonSource
        from app.services.platform.sync import PlatformSync

        client = make_client(self.limits, **client_options)
        http = PlatformHttp(client, self.http_cache, self.limits)
        source = StaticJsonSource(http, self.config)
        return PlatformSession(
            client, source, PlatformSync(source, self.cache, self.http_cache, after_write)
        )


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
