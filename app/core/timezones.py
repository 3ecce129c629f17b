"""Time zone names as calendars and servers write them, mapped to IANA names.

Windows and Outlook write zones like "China Standard Time"; the Unicode CLDR table
(shipped as data inside the icalendar package) maps them to IANA names.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core.timetable import UnknownZoneError

_ALIASES: dict[str, str] = {"GMT": "UTC", "Z": "UTC", "UTC": "UTC", "CST China": "Asia/Shanghai"}


def resolve_zone(name: str) -> str:
    """The IANA name for ``name`` (IANA, Windows or a "/Europe/Berlin" style id).

    Raises ``UnknownZoneError`` naming it when nothing matches.
    """
    # Imported here: icalendar is heavy and start-up must stay light.
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    text = name.strip().strip('"')
    candidates = [text, text.lstrip("/"), WINDOWS_TO_OLSON.get(text, ""), _ALIASES.get(text, "")]
    # Some writers prefix ids: "/mozilla.org/20050126_1/Europe/Berlin".
    parts = text.split("/")
    if len(parts) > 2:
        candidates.append("/".join(parts[-2:]))
    for candidate in candidates:
        if not candidate:
            continue
        try:
            ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return candidate
    raise UnknownZoneError(zone=name)
