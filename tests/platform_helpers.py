"""Shared helpers for the platform tests: a client wired like the app's, on a temp data dir."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, TypeVar

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.services.catalog_service import CatalogService
from app.services.platform.config import PlatformConfig, remember_base
from app.services.platform.http_cache import HttpCache, HttpLimits
from app.services.platform.platform_cache import PlatformCache
from app.services.platform.platform_kit import PlatformKit
from app.services.platform_sync import LearnerClasses, PlatformSync
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
    """The real adapter, HTTP layer, cache and sync use case on a data dir."""

    def __init__(
        self,
        base: str,
        data: Path,
        limits: HttpLimits = FAST,
        learner: LearnerClasses | None = None,
    ) -> None:
        self.db = data / "machine.sqlite3"
        self.conn = connect(self.db, MACHINE_MIGRATIONS)
        self.cache = PlatformCache(self.db, self.conn, data / "media", lambda: "not saved yet")
        self.http_cache = HttpCache(self.conn)
        self.sleeps = Recorder()
        self.base = base
        self.limits = limits
        self.kit = PlatformKit(
            PlatformConfig(base_url=base),
            self.cache,
            limits=limits,
            sleep=self.sleeps,
        )
        self.sync = PlatformSync(self.kit, CatalogService([self.cache]), learner)

    def online(self, work: Any) -> Any:
        """``work(source)`` on a fresh connection, as the use case makes one."""
        return self.sync.online(lambda session: work(session.source))

    def close(self) -> None:
        self.conn.close()


def point_at_server(
    data: Path, base: str, *, sync: bool = False, lessons: tuple[str, ...] = ()
) -> None:
    """Leave ``base`` in the data dir as ``admin sync --api-base`` does; with ``sync``, also
    sync the catalog and fetch ``lessons`` (so a window opens them without a rebuild)."""
    conn = connect(data / "machine.sqlite3", MACHINE_MIGRATIONS)
    remember_base(conn, base)
    conn.close()
    if not sync:
        return
    client = Client(base, data)
    try:
        client.sync.run()
        for lesson in lessons:
            client.sync.fetch_lesson(lesson)
    finally:
        client.close()


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
