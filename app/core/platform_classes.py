"""Enrolled classes from the platform (contract v1 ``api/my/classes``) as schedule entries.

Pure: the sync hands over the decoded ``Data`` list; the store merges the result.
One bad item is skipped and reported, never the whole list (docs/platform.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core.timetable import PLATFORM, ClassEntry, ScheduleError, check_entry
from app.core.timezones import resolve_zone

DEFAULT_ZONE = "Asia/Shanghai"


@dataclass(frozen=True, slots=True)
class PlatformClasses:
    """The enrolled classes that could be read, as schedule entries, and those that could not."""

    entries: tuple[ClassEntry, ...]
    skipped: tuple[str, ...]  # ids (or positions) of items that could not be read


def _text(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str | int):
        raise TypeError(key)
    return str(value).strip()


def _wall(text: str, zone: str) -> datetime:
    """A local wall time from "2026-09-01T09:00:00" (or with an offset, converted to ``zone``)."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        from zoneinfo import ZoneInfo

        moment = moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    return moment.replace(second=0, microsecond=0)


def entry_from_platform(item: Mapping[str, Any]) -> ClassEntry:
    """One ``Data`` item → a class marked as from the platform; ``ValueError`` if unusable."""
    platform_id = _text(item, "Id")
    title = _text(item, "Name")
    if not platform_id or not title:
        raise ValueError("Id and Name are required")
    zone = resolve_zone(_text(item, "TimeZone") or DEFAULT_ZONE)
    start = _wall(_text(item, "Start"), zone)
    end_text = _text(item, "End")
    duration = 90
    if end_text:
        minutes = int((_wall(end_text, zone) - start).total_seconds() // 60)
        if 0 < minutes <= 24 * 60:
            duration = minutes
    entry = ClassEntry(
        title=title,
        start_local=start,
        zone=zone,
        rrule=_text(item, "RRule").removeprefix("RRULE:"),
        duration_min=duration,
        teacher=_text(item, "Teacher"),
        place=_text(item, "Place"),
        link=_text(item, "OnlineUrl"),
        source=PLATFORM,
        platform_id=platform_id,
    )
    check_entry(entry)
    return entry


def classes_from_platform(items: Iterable[object]) -> PlatformClasses:
    """Every readable item; a later item with the same Id replaces an earlier one."""
    entries: dict[str, ClassEntry] = {}
    skipped: list[str] = []
    for position, item in enumerate(items):
        if not isinstance(item, Mapping):
            skipped.append(f"#{position + 1}")
            continue
        try:
            entry = entry_from_platform(item)
        except (ValueError, TypeError, ScheduleError):
            skipped.append(str(item.get("Id") or f"#{position + 1}"))
            continue
        entries[entry.platform_id] = entry
    return PlatformClasses(tuple(entries.values()), tuple(skipped))
