"""The real clock and the computer's own time zone (tests pass a fake ``Clock``)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Mapping
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FALLBACK_ZONE = "Asia/Shanghai"
LOCALTIME = "/etc/localtime"  # on Linux and macOS, a link into the zoneinfo folder
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


def local_zone_name(environ: Mapping[str, str] = os.environ, localtime: str = LOCALTIME) -> str:
    """The computer's IANA zone: $TZ, then the zone ``/etc/localtime`` links to (Linux,
    macOS), then Qt's system zone id (Windows), else China Standard Time. The link is read
    before asking Qt, which takes a few milliseconds each time."""
    for name in _zone_candidates(environ, localtime):
        if not name:
            continue
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return FALLBACK_ZONE


def _zone_candidates(environ: Mapping[str, str], localtime: str) -> Iterator[str]:
    yield environ.get("TZ", "").lstrip(":")
    try:
        _, found, name = os.readlink(localtime).partition("zoneinfo/")
    except OSError:  # no such link (Windows) or not a link
        pass
    else:
        yield name if found else ""
    try:
        from PySide6.QtCore import QTimeZone
    except ImportError:
        return
    yield bytes(QTimeZone.systemTimeZoneId().data()).decode()
