"""The real clock and the computer's own time zone (tests pass a fake ``Clock``)."""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FALLBACK_ZONE = "Asia/Shanghai"


class SystemClock:
    def now(self) -> datetime:
        """Now, in the computer's zone (aware)."""
        return datetime.now().astimezone(ZoneInfo(local_zone_name()))


def local_zone_name() -> str:
    """The computer's IANA zone: $TZ, then Qt's system zone id, else China Standard Time."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        from PySide6.QtCore import QTimeZone

        candidates.append(bytes(QTimeZone.systemTimeZoneId().data()).decode())
    except ImportError:
        pass
    for name in candidates:
        if not name:
            continue
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return FALLBACK_ZONE
