"""Shared helpers for the platform tests: a client wired like the app's, on a temp data dir."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, TypeVar

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.services.platform.cache import PlatformCache
from app.services.platform.config import PlatformConfig
from app.services.platform.http import PlatformHttp, make_client
from app.services.platform.http_cache import HttpCache, HttpLimits
from app.services.platform.static_json import StaticJsonSource
from app.services.platform.sync import PlatformSync
from app.services.store.database import connect
from app.services.store.schema import MACHINE_MIGRATIONS

T = TypeVar("T")
FAST = HttpLimits(backoff_s=0.01, deadline_s=10.0)


class Recorder:
    """A fake ``sleep``: remembers how long the client wanted to wait, waits not at all."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


class Client:
    """The real adapter, HTTP layer, cache and sync on a data dir; ``run`` drives one call."""

    def __init__(self, base: str, data: Path, limits: HttpLimits = FAST) -> None:
        self.db = data / "machine.sqlite3"
        self.conn = connect(self.db, MACHINE_MIGRATIONS)
        self.cache = PlatformCache(self.db, self.conn, data / "media", lambda: "not saved yet")
        self.http_cache = HttpCache(self.conn)
        self.sleeps = Recorder()
        self.base = base
        self.limits = limits

    async def _with(self, work: Any) -> Any:
        async with make_client(self.limits) as client:
            http = PlatformHttp(client, self.http_cache, self.limits, sleep=self.sleeps)
            source = StaticJsonSource(http, PlatformConfig(base_url=self.base))
            return await work(source, PlatformSync(source, self.cache, self.http_cache))

    def run(self, work: Any) -> Any:
        return asyncio.run(self._with(work))

    def close(self) -> None:
        self.conn.close()


def run(coro: Awaitable[T]) -> T:
    return asyncio.run(coro)  # type: ignore[arg-type,unused-ignore]


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend (stands in for the OS keyring daemon)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise PasswordDeleteError("none")
        del self.entries[(service, username)]
