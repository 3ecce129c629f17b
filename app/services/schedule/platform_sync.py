"""What the platform sync calls with the ``Data`` list of ``api/my/classes``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.core.platform_classes import classes_from_platform
from app.services.schedule.repo import MergeResult, ScheduleRepo


@dataclass(frozen=True, slots=True)
class PlatformRefresh:
    merged: MergeResult
    skipped: tuple[str, ...]  # items that could not be read (ids or positions)


def refresh_platform_classes(repo: ScheduleRepo, items: Iterable[object]) -> PlatformRefresh:
    """Make the learner's platform classes match ``items``: added, updated, or removed.

    Classes the learner added themselves are never touched; the same platform Id
    is never stored twice. Call the reminder scheduler's ``refresh()`` afterwards.
    """
    found = classes_from_platform(items)
    return PlatformRefresh(repo.merge_platform(found.entries), found.skipped)
