"""The catalog and search-index steps of a sync, in a child process (issue 17).

A 10,000-course sync makes ~50,000 Python objects; in the app's own process every
full garbage-collector pass over them (110-140 ms) held the GIL and froze the window.
``run_in_child`` runs steps 1-2 of ``PlatformSync.run`` in a fresh "spawn" child (started
through ``child_process.bare_main``, like the speech worker): the child opens the
machine database itself, fetches, writes the platform cache and re-indexes, and sends
``progress`` steps and then the ``SyncReport`` (or the ``SilverError``) back over a pipe.
The caller then reloads what it shows from the database.

Qt-free, like the rest of ``app/services``. A fake ``sleep`` on the kit (tests) stays in
this process: the child waits between retries with ``asyncio.sleep``.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from app.core.errors import SilverError
from app.core.models import Catalog
from app.core.platform_contract import Progress
from app.core.ports import CourseSource
from app.services.catalog_service import CatalogService
from app.services.child_process import bare_main
from app.services.packs.folder import PackFolder
from app.services.platform.config import PlatformConfig
from app.services.platform.http_cache import HttpLimits
from app.services.platform.platform_cache import PlatformCache
from app.services.platform.platform_kit import PlatformKit
from app.services.platform_sync import PlatformSync, SyncReport
from app.services.store.database import connect
from app.services.store.schema import MACHINE_MIGRATIONS

CHILD_NICENESS = 5
FINISH_S = 30.0  # how long a child that has answered may take to close its database


@dataclass(frozen=True, slots=True)
class SyncJob:
    """What the child needs to rebuild the kit: plain, picklable values only."""

    db_path: Path
    media_dir: Path
    config: PlatformConfig
    limits: HttpLimits
    packs: tuple[Path, ...]  # the installed pack folders the search index covers
    platform: bool  # the platform cache is one of the catalog's sources

    @classmethod
    def of(cls, kit: PlatformKit, sources: Sequence[CourseSource]) -> SyncJob:
        inner = [getattr(source, "inner", source) for source in sources]  # a policy's filter
        return cls(
            kit.cache.db_path,
            kit.cache.media_dir,
            kit.config,
            kit.http_limits(),
            tuple(source.folder for source in inner if isinstance(source, PackFolder)),
            any(isinstance(source, PlatformCache) for source in inner),
        )


class _IndexSources(CatalogService):
    """The sources, for the search index only: the child shows no catalog, so it builds none."""

    def _build(self, previous: Catalog) -> Catalog:
        return Catalog({})


def _child(job: SyncJob, pipe: Connection) -> None:
    """In the child process: steps 1-2 of the sync; every outcome goes back over ``pipe``."""

    def progress(step: str, done: int, total: int) -> None:
        pipe.send(("progress", step, done, total))

    if hasattr(os, "nice"):  # background work: the window's process comes first for the CPU
        os.nice(CHILD_NICENESS)
    try:
        conn = connect(job.db_path, MACHINE_MIGRATIONS)
        try:
            cache = PlatformCache(job.db_path, conn, job.media_dir)
            kit = PlatformKit(job.config, cache, limits=job.limits)
            sources: list[CourseSource] = [PackFolder.open(folder) for folder in job.packs]
            sources += [cache] if job.platform else []
            report = PlatformSync(kit, _IndexSources(sources)).run(progress)
        finally:
            conn.close()
        pipe.send(("done", report))
    except SilverError as exc:
        pipe.send(("failed", exc))
    except BaseException:  # told to the parent, which logs it
        pipe.send(("crashed", traceback.format_exc()))
    finally:
        pipe.close()


class SyncChildFailed(RuntimeError):
    """The child process ended without an answer, or with an unexpected error."""


def run_in_child(job: SyncJob, progress: Progress) -> SyncReport:
    """Steps 1-2 of the sync in a child process; raises what ``PlatformSync.run`` would.

    Blocks the calling thread (never the GUI thread) while waiting for messages, so the
    child's work never holds this process's GIL. If ``progress`` raises, the child is
    ended at once; a database write it was in the middle of is rolled back by SQLite.
    """
    import multiprocessing  # not at start-up (tests/integration/test_startup_imports.py)

    context = multiprocessing.get_context("spawn")
    mine, theirs = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(job, theirs), name="platform-sync")
    with bare_main():
        child.start()
    theirs.close()  # the child holds the only sending end: its exit means end of file
    answered = False
    try:
        while True:
            try:
                kind, *rest = mine.recv()
            except EOFError:
                child.join(FINISH_S)
                raise SyncChildFailed(
                    f"the sync's child process ended without an answer ({child.exitcode})"
                ) from None
            if kind == "progress":
                progress(*rest)
                continue
            answered = True
            if kind == "done":
                report: SyncReport = rest[0]
                return report
            if kind == "failed":
                raise rest[0]
            raise SyncChildFailed(f"the sync's child process failed:\n{rest[0]}")
    finally:
        mine.close()
        if answered:
            child.join(FINISH_S)
        if child.is_alive():
            child.terminate()
        child.join()
        child.close()
