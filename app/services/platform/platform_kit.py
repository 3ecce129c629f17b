"""The platform pieces one run uses, built once by the composition root.

``PlatformKit`` holds what exists without a network (settings, the cache as a
course source, the search index, the token store, the HTTP limits). Connections are
made for each piece of work by ``app/services/platform_sync.py``; the HTTP answers it
remembers live on the cache's database connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.ports import SecretStore
from app.services.platform.config import PlatformConfig, load_config
from app.services.platform.platform_cache import PlatformCache

if TYPE_CHECKING:
    from app.services.platform.http_cache import HttpLimits
    from app.services.search import SearchIndex


# A bundle of parts, not a value: compared by identity, no field-by-field repr.
@dataclass(eq=False, repr=False)
class PlatformKit:
    """What one run keeps of the platform that needs no network; connections are made per job."""

    config: PlatformConfig
    cache: PlatformCache
    secrets: SecretStore | None = None
    limits: HttpLimits | None = None  # None: the defaults (see ``http_limits``)
    sleep: Callable[[float], Awaitable[None]] | None = None  # between retries; tests record

    def http_limits(self) -> HttpLimits:
        """The limits in force; their module loads with the first sync, not at start-up."""
        from app.services.platform.http_cache import HttpLimits

        return self.limits or HttpLimits()

    @cached_property
    def search(self) -> SearchIndex:
        """The catalog's search index, on the cache's database; made on first use (the
        first page needs no search, and its text rules take a while to load)."""
        from app.services.search import SearchIndex

        return SearchIndex(self.cache.db_path, self.cache.conn)


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
        secrets=secrets,
    )
