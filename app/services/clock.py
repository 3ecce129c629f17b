"""The real clock and the computer's own time zone (tests pass a fake ``Clock``)."""

from __future__ import annotations

import os
import time
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FALLBACK_ZONE = "Asia/Shanghai"


ZONE_CHECK_S = 60.0  # how often the computer's zone is read again (a laptop may travel)


class SystemClock:
    def __init__(self) -> None:
        self._zone: ZoneInfo | None = None
        self._zone_read_at = 0.0

    def now(self) -> datetime:
        """Now, in the computer's zone (aware). The zone is read at most once a minute:
        reading it asks the system each time (about 1 ms), and a page asks for the time
        several times as it is built."""
        checked = time.monotonic()
        if self._zone is None or checked - self._zone_read_at > ZONE_CHECK_S:
            self._zone, self._zone_read_at = ZoneInfo(local_zone_name()), checked
        return datetime.now().astimezone(self._zone)


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
