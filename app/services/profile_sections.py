"""The sections of a profile file: each exports and imports one kind of learner data.

Adding a kind of data (e.g. the class schedule of learner migration #3) is one more
``Section`` passed to ``register_section``; files made before it existed import it
as ``empty``. Exports must be deterministic (sorted, no row ids, no clocks) so that
export → import → export gives the same text. Tokens and PIN hashes never belong here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core import settings_schema
from app.core.errors import SilverError
from app.core.profile_file import WRONG_KIND, ProfileFileError, field

SECRET_WORDS = ("token", "pin", "password", "secret")


Exporter = Callable[[sqlite3.Connection], Any]
Loader = Callable[[Any, str], Any]  # (value from the file, file name) → clean value
Writer = Callable[[sqlite3.Connection, Any], None]


@dataclass(frozen=True, slots=True)
class Section:
    """One kind of learner data in a profile file.

    ``export`` must be deterministic (sorted, no ids or clocks) so that export →
    import → export gives the same text. ``load`` validates without touching disk.
    """

    key: str
    empty: Any
    export: Exporter
    load: Loader
    write: Writer


# ---------------------------------------------------------------- sections
def _export_settings(conn: sqlite3.Connection) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, raw in conn.execute("SELECT key, value FROM settings ORDER BY key"):
        setting = settings_schema.SCHEMA.get(key)
        if setting is None or any(word in key for word in SECRET_WORDS):
            continue
        try:
            values[key] = setting.validate(json.loads(raw))
        except (ValueError, SilverError):
            continue
    return values


def _load_settings(value: Any, file: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ProfileFileError(WRONG_KIND, file=file, where="settings")
    clean: dict[str, Any] = {}
    for key, item in value.items():
        setting = settings_schema.SCHEMA.get(key)
        if setting is None or any(word in key for word in SECRET_WORDS):
            continue  # a setting of another version: skipped, like the settings page does
        try:
            clean[key] = setting.validate(item)
        except SilverError as exc:
            raise ProfileFileError(WRONG_KIND, file=file, where=f"settings.{key}") from exc
    return clean


def _write_settings(conn: sqlite3.Connection, clean: dict[str, Any]) -> None:
    conn.executemany(
        "INSERT INTO settings(key, value) VALUES (?, ?)",
        [(k, json.dumps(v)) for k, v in sorted(clean.items())],
    )


def _position(row: dict[str, Any], file: str, where: str) -> dict[str, Any]:
    pos = field(row, "position", dict, file, where)
    w = f"{where}.position"
    return {
        "offset": field(pos, "offset", int, file, w),
        "fingerprint": field(pos, "fingerprint", str, file, w, ""),
        "before": field(pos, "before", str, file, w, ""),
        "after": field(pos, "after", str, file, w, ""),
    }


def _rows(value: Any, file: str, key: str) -> list[tuple[str, dict[str, Any]]]:
    if not isinstance(value, list):
        raise ProfileFileError(WRONG_KIND, file=file, where=key)
    out = []
    for i, row in enumerate(value):
        where = f"{key}[{i}]"
        if not isinstance(row, dict):
            raise ProfileFileError(WRONG_KIND, file=file, where=where)
        out.append((where, row))
    return out


def _export_progress(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT lesson_id, course_id, char_offset, fingerprint, before_fp, after_fp, percent,"
        " done, done_at, read_aloud, updated_at FROM progress ORDER BY lesson_id"
    )
    return [
        {
            "lesson_id": r[0],
            "course_id": r[1],
            "position": {"offset": r[2], "fingerprint": r[3], "before": r[4], "after": r[5]},
            "percent": r[6],
            "done": bool(r[7]),
            "done_at": r[8],
            "read_aloud": bool(r[9]),
            "updated_at": r[10],
        }
        for r in rows
    ]


def _load_progress(value: Any, file: str) -> list[dict[str, Any]]:
    clean = []
    seen: set[str] = set()
    for where, row in _rows(value, file, "progress"):
        item = {
            "lesson_id": field(row, "lesson_id", str, file, where),
            "course_id": field(row, "course_id", str, file, where),
            "position": _position(row, file, where),
            "percent": field(row, "percent", int, file, where, 0),
            "done": field(row, "done", bool, file, where, False),
            "done_at": field(row, "done_at", str, file, where, ""),
            "read_aloud": field(row, "read_aloud", bool, file, where, False),
            "updated_at": field(row, "updated_at", str, file, where),
        }
        if item["lesson_id"] in seen or not 0 <= item["percent"] <= 100:
            raise ProfileFileError(WRONG_KIND, file=file, where=where)
        seen.add(item["lesson_id"])
        clean.append(item)
    return clean


def _write_progress(conn: sqlite3.Connection, clean: list[dict[str, Any]]) -> None:
    conn.executemany(
        "INSERT INTO progress(lesson_id, course_id, char_offset, fingerprint, before_fp,"
        " after_fp, percent, done, done_at, read_aloud, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                p["lesson_id"],
                p["course_id"],
                p["position"]["offset"],
                p["position"]["fingerprint"],
                p["position"]["before"],
                p["position"]["after"],
                p["percent"],
                int(p["done"]),
                p["done_at"],
                int(p["read_aloud"]),
                p["updated_at"],
            )
            for p in clean
        ],
    )


def _export_bookmarks(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT lesson_id, course_id, char_offset, fingerprint, before_fp, after_fp, quote, note,"
        " created_at FROM bookmarks"
        " ORDER BY created_at, lesson_id, char_offset, quote, note, id"
    )
    return [
        {
            "lesson_id": r[0],
            "course_id": r[1],
            "position": {"offset": r[2], "fingerprint": r[3], "before": r[4], "after": r[5]},
            "quote": r[6],
            "note": r[7],
            "created_at": r[8],
        }
        for r in rows
    ]


def _load_bookmarks(value: Any, file: str) -> list[dict[str, Any]]:
    return [
        {
            "lesson_id": field(row, "lesson_id", str, file, where),
            "course_id": field(row, "course_id", str, file, where),
            "position": _position(row, file, where),
            "quote": field(row, "quote", str, file, where, ""),
            "note": field(row, "note", str, file, where, ""),
            "created_at": field(row, "created_at", str, file, where),
        }
        for where, row in _rows(value, file, "bookmarks")
    ]


def _write_bookmarks(conn: sqlite3.Connection, clean: list[dict[str, Any]]) -> None:
    conn.executemany(
        "INSERT INTO bookmarks(lesson_id, course_id, char_offset, fingerprint, before_fp,"
        " after_fp, quote, note, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                b["lesson_id"],
                b["course_id"],
                b["position"]["offset"],
                b["position"]["fingerprint"],
                b["position"]["before"],
                b["position"]["after"],
                b["quote"],
                b["note"],
                b["created_at"],
            )
            for b in clean
        ],
    )


_CLASS_TEXT = ("title", "teacher", "place", "link", "start_local", "zone", "rrule", "source")
_CLASS_COLUMNS = (
    "title, teacher, place, link, start_local, zone, rrule, exdates, duration_min,"
    " reminders, source, platform_id"
)


def _export_schedule(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Classes only (learner migration #3); fired/snoozed reminders are bookkeeping."""
    out = []
    for r in conn.execute(f"SELECT {_CLASS_COLUMNS} FROM classes"):
        out.append(
            {
                "title": r[0],
                "teacher": r[1],
                "place": r[2],
                "link": r[3],
                "start_local": r[4],
                "zone": r[5],
                "rrule": r[6],
                "exdates": sorted(json.loads(r[7])),
                "duration_min": r[8],
                "reminders": sorted(json.loads(r[9]), reverse=True),
                "source": r[10],
                "platform_id": r[11],
            }
        )
    return sorted(out, key=lambda c: json.dumps(c, sort_keys=True, ensure_ascii=False))


def _load_schedule(value: Any, file: str) -> list[dict[str, Any]]:
    clean = []
    for where, row in _rows(value, file, "schedule"):
        item: dict[str, Any] = {key: field(row, key, str, file, where, "") for key in _CLASS_TEXT}
        item["title"] = field(row, "title", str, file, where)
        item["start_local"] = field(row, "start_local", str, file, where)
        item["zone"] = field(row, "zone", str, file, where)
        item["source"] = field(row, "source", str, file, where, "local")
        item["platform_id"] = field(row, "platform_id", str, file, where, "")
        item["duration_min"] = field(row, "duration_min", int, file, where, 90)
        exdates = field(row, "exdates", list, file, where, [])
        reminders = field(row, "reminders", list, file, where, [30, 5])
        if not all(isinstance(d, str) for d in exdates) or not all(
            isinstance(m, int) and not isinstance(m, bool) and 0 <= m <= 10080 for m in reminders
        ):
            raise ProfileFileError(WRONG_KIND, file=file, where=where)
        if not 0 < item["duration_min"] <= 24 * 60:
            raise ProfileFileError(WRONG_KIND, file=file, where=f"{where}.duration_min")
        item["exdates"] = sorted(exdates)
        item["reminders"] = sorted(set(reminders), reverse=True)
        clean.append(item)
    ids = [c["platform_id"] for c in clean if c["platform_id"]]
    if len(ids) != len(set(ids)):
        raise ProfileFileError(WRONG_KIND, file=file, where="schedule")
    return clean


def _write_schedule(conn: sqlite3.Connection, clean: list[dict[str, Any]]) -> None:
    conn.executemany(
        f"INSERT INTO classes({_CLASS_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                c["title"],
                c["teacher"],
                c["place"],
                c["link"],
                c["start_local"],
                c["zone"],
                c["rrule"],
                json.dumps(c["exdates"]),
                c["duration_min"],
                json.dumps(c["reminders"]),
                c["source"],
                c["platform_id"],
            )
            for c in clean
        ],
    )


SECTIONS: list[Section] = [
    Section("settings", {}, _export_settings, _load_settings, _write_settings),
    Section("progress", [], _export_progress, _load_progress, _write_progress),
    Section("bookmarks", [], _export_bookmarks, _load_bookmarks, _write_bookmarks),
    Section("schedule", [], _export_schedule, _load_schedule, _write_schedule),
]
_RESERVED = {"format_version", "name", "exported_at", "app_version"}


def register_section(section: Section) -> None:
    """Add one more kind of data to export/import (e.g. the class schedule)."""
    if section.key in _RESERVED or any(s.key == section.key for s in SECTIONS):
        raise ValueError(f"section {section.key!r} exists")
    SECTIONS.append(section)
