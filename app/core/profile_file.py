"""The profile file (export / import): reading it defensively and writing it deterministically.

A profile file is one JSON object: ``format_version``, ``name``, ``exported_at`` and
one key per kind of data (``settings``, ``progress``, ``bookmarks``, ``schedule``; see
``PROFILE_TABLES`` in ``app.services.profile_transfer``), whose rows the repository of
that table writes and checks with the helpers here (``field``, ``rows``, ``anchor_at``).
Reading never trusts the file: too big, binary, cut short, not JSON, absurdly nested,
from a newer app, or with a value of the wrong kind each give a ``ProfileFileError``
whose sentence names the problem.
Writing sorts keys and indents, so the same data always gives the same text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from app.core.anchors import Anchor
from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP

FORMAT_VERSION = 1
MAX_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 16
MAX_TEXT = 10_000
MAX_ITEMS = 200_000
MAX_NAME = 60


class ProfileFileError(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors", "“{file}” is not a Silver Classroom profile file. Nothing was changed."
    )


CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” could not be opened. Please check its name and folder. Nothing was changed."
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” is not a profile file: it is not text. Nothing was changed."
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” is too big to be a profile file. Nothing was changed."
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "Errors",
    "“{file}” is cut short: it ends in the middle, perhaps the copy did not finish. "
    "Nothing was changed.",
)
NOT_JSON = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” cannot be read: there is a mistake on line {line}. Nothing was changed."
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” is nested far too deeply to be a profile file. Nothing was changed."
)
NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "“{file}” was saved by a newer version of Silver Classroom. Please update the app "
    "first. Nothing was changed.",
)
MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "“{file}” is not a Silver Classroom profile file: “{where}” is missing. Nothing was changed.",
)
WRONG_KIND = QT_TRANSLATE_NOOP(
    "Errors", "In “{file}”, “{where}” has the wrong kind of value. Nothing was changed."
)


def parse_profile_file(data: bytes, file: str) -> dict[str, Any]:
    """The top-level object of a profile file, checked down to its ``format_version``."""
    if len(data) > MAX_BYTES:
        raise ProfileFileError(TOO_BIG, file=file)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        raise ProfileFileError(NOT_TEXT, file=file)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProfileFileError(NOT_TEXT, file=file) from exc
    if not text.strip():
        raise ProfileFileError(TRUNCATED, file=file)
    try:
        doc = json.loads(text)
    except RecursionError as exc:
        raise ProfileFileError(TOO_DEEP, file=file) from exc
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            raise ProfileFileError(TRUNCATED, file=file) from exc
        raise ProfileFileError(NOT_JSON, file=file, line=exc.lineno) from exc
    if _depth(doc) > MAX_DEPTH:
        raise ProfileFileError(TOO_DEEP, file=file)
    if not isinstance(doc, dict):
        raise ProfileFileError(MISSING, file=file, where="format_version")
    version = field(doc, "format_version", int, file)
    if version > FORMAT_VERSION:
        raise ProfileFileError(NEWER, file=file)
    if version < 1:
        raise ProfileFileError(WRONG_KIND, file=file, where="format_version")
    name = field(doc, "name", str, file)
    if not name.strip() or len(name) > MAX_NAME:
        raise ProfileFileError(WRONG_KIND, file=file, where="name")
    return doc


def _depth(value: Any) -> int:
    """Nesting depth, counted without recursion (the file may be hostile)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


_KIND_CHECKS: dict[type, Any] = {
    int: lambda v: isinstance(v, int) and not isinstance(v, bool),
    bool: lambda v: isinstance(v, bool),
    str: lambda v: isinstance(v, str) and len(v) <= MAX_TEXT,
    list: lambda v: isinstance(v, list) and len(v) <= MAX_ITEMS,
    dict: lambda v: isinstance(v, dict) and len(v) <= MAX_ITEMS,
}


def field(
    obj: Mapping[str, Any],
    key: str,
    kind: type,
    file: str,
    where: str = "",
    default: Any = ...,
) -> Any:
    """``obj[key]`` if it is of ``kind``; ``default`` when missing (if given); else an error."""
    path = f"{where}.{key}" if where else key
    if key not in obj:
        if default is not ...:
            return default
        raise ProfileFileError(MISSING, file=file, where=path)
    value = obj[key]
    if not _KIND_CHECKS[kind](value):
        raise ProfileFileError(WRONG_KIND, file=file, where=path)
    if kind is int and not -(2**62) < value < 2**62:
        raise ProfileFileError(WRONG_KIND, file=file, where=path)
    return value


def rows(value: Any, file: str, key: str) -> list[tuple[str, dict[str, Any]]]:
    """The objects of a list section, each with where it stands (``bookmarks[3]``)."""
    if not isinstance(value, list):
        raise ProfileFileError(WRONG_KIND, file=file, where=key)
    out = []
    for i, row in enumerate(value):
        where = f"{key}[{i}]"
        if not isinstance(row, dict):
            raise ProfileFileError(WRONG_KIND, file=file, where=where)
        out.append((where, row))
    return out


def position(anchor: Anchor) -> dict[str, Any]:
    """An anchor as a row's ``position`` in the file."""
    return {
        "offset": anchor.offset,
        "fingerprint": anchor.fingerprint,
        "before": anchor.before,
        "after": anchor.after,
    }


def anchor_at(row: Mapping[str, Any], file: str, where: str) -> Anchor:
    """The anchor in a row's ``position``, checked."""
    pos = field(row, "position", dict, file, where)
    w = f"{where}.position"
    return Anchor(
        field(pos, "offset", int, file, w),
        field(pos, "fingerprint", str, file, w, ""),
        field(pos, "before", str, file, w, ""),
        field(pos, "after", str, file, w, ""),
    )


def render_profile_file(doc: Mapping[str, Any]) -> str:
    """Deterministic text: sorted keys, two-space indent, real Chinese characters."""
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
