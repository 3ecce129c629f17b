"""Validate decoded contract-v1 JSON into the models of ``app.core.platform_contract``.

Rules (docs/platform.md): unknown fields are ignored; optional fields that are missing or
``null`` get defaults; a wrong type or shape is one ``ApiDataError`` with a plain
message naming where. Inside a part, one bad item is skipped and reported while
the others are kept. These functions take any decoded JSON and either return a
model or raise ``ApiDataError``, nothing else (fuzzed by hypothesis).
"""

from __future__ import annotations

import html
import math
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from app.core.errors import ApiDataError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.platform_contract import (
    KNOWN_FORMATS,
    CourseDetails,
    CourseItem,
    LessonDetail,
    PartResult,
    TagRef,
    TiItem,
    Topic,
    VersionIndex,
)

MAX_ID = 200
MAX_TEXT = 20_000
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def bad(where: str) -> ApiDataError:
    return ApiDataError(
        QT_TRANSLATE_NOOP(
            "Errors", "The lesson service sent something we could not read ({where})."
        ),
        where=where,
    )


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad(where)
    return value


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise bad(where)
    return value


def _id(value: Any, where: str) -> str:
    """Ids are strings (numbers are accepted and kept as their decimal text)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**18:
        value = str(value)
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_ID:
        raise bad(where)
    if _CONTROL.search(value) or "/" in value or "\\" in value:
        raise bad(where)
    return value.strip()


def plain(value: str) -> str:
    """Display text from a title: entities decoded, stray tags and extra spaces removed."""
    return _SPACE.sub(" ", _TAG.sub("", html.unescape(value))).strip()


def _text(value: Any, where: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise bad(where)
    text = plain(value[:MAX_TEXT])
    if required and not text:
        raise bad(where)
    return text


def _int(value: Any, where: str, default: int = 0) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise bad(where)
    return max(-(2**31), min(2**31 - 1, value))


def _url(value: Any, base: str, where: str) -> str:
    """An absolute http(s) URL; relative ones resolve against ``base``."""
    if not isinstance(value, str) or not value.strip():
        raise bad(where)
    try:
        url = urljoin(base, value.strip())
        scheme = urlsplit(url).scheme
    except ValueError as exc:
        raise bad(where) from exc
    if scheme not in ("http", "https"):
        raise bad(where)
    return url


# ------------------------------------------------------------------ tag tree
def parse_tag_tree(data: Any) -> list[Topic]:
    """The first level of children of the tree's first hierarchy: the silver-age topics."""
    root = _obj(data, "tags")
    hierarchies = _list(root.get("hierarchies"), "tags.hierarchies")
    if not hierarchies:
        raise bad("tags.hierarchies")
    first = _obj(hierarchies[0], "tags.hierarchies[0]")
    topics: list[Topic] = []
    for i, raw in enumerate(_list(first.get("children"), "tags.hierarchies[0].children")):
        where = f"tags.children[{i}]"
        child = _obj(raw, where)
        topics.append(
            Topic(
                _id(child.get("tag_id"), f"{where}.tag_id"),
                _text(child.get("tag_name"), f"{where}.tag_name", required=True),
                _int(child.get("order_num"), f"{where}.order_num", i),
            )
        )
    return sorted(topics, key=lambda t: t.order)


# ------------------------------------------------------------------ version index
def parse_version_index(data: Any, index_url: str) -> VersionIndex:
    """Part URLs (comma-separated string or list), resolved against ``index_url``."""
    root = _obj(data, "version index")
    raw = root.get("urls")
    if isinstance(raw, str):
        names = [u for u in (p.strip() for p in raw.split(",")) if u]
    elif isinstance(raw, list):
        names = raw
    else:
        raise bad("version index.urls")
    urls = tuple(_url(u, index_url, f"version index.urls[{i}]") for i, u in enumerate(names))
    return VersionIndex(_int(root.get("module_version"), "version index.module_version"), urls)


# ------------------------------------------------------------------ parts
def parse_course_item(data: Any, part_url: str, where: str) -> CourseItem:
    item = _obj(data, where)
    props = _obj(item.get("custom_properties") or {}, f"{where}.custom_properties")
    thumbnails = tuple(
        _url(u, part_url, f"{where}.thumbnails[{i}]")
        for i, u in enumerate(_list(props.get("thumbnails"), f"{where}.thumbnails"))
    )
    tags: list[TagRef] = []
    for ti, raw_tag in enumerate(_list(item.get("tag_list"), f"{where}.tag_list")):
        twhere = f"{where}.tag_list[{ti}]"
        tag = _obj(raw_tag, twhere)
        tags.append(
            TagRef(
                _text(tag.get("tag_dimension_id"), f"{twhere}.tag_dimension_id"),
                _id(tag.get("tag_id"), f"{twhere}.tag_id"),
                _text(tag.get("tag_name"), f"{twhere}.tag_name"),
                _int(tag.get("order_num"), f"{twhere}.order_num"),
            )
        )
    language = _text(item.get("language"), f"{where}.language") or "zh_CN"
    return CourseItem(
        id=_id(item.get("id"), f"{where}.id"),
        title=_text(item.get("title"), f"{where}.title", required=True),
        description=_text(item.get("description"), f"{where}.description"),
        resource_type=_text(item.get("resource_type_code"), f"{where}.resource_type_code"),
        language="en" if language.lower().startswith("en") else "zh_CN",
        status=_text(item.get("status"), f"{where}.status") or "ONLINE",
        thumbnails=thumbnails,
        lesson_count=max(0, _int(props.get("lesson_count"), f"{where}.lesson_count")),
        tags=tuple(tags),
    )


def parse_part(data: Any, part_url: str) -> PartResult:
    """A part must be a list; each bad item is skipped with a note, the rest are kept."""
    name = part_url.rsplit("/", 1)[-1] or part_url
    items: list[CourseItem] = []
    skipped: list[str] = []
    if not isinstance(data, list):
        raise bad(name)
    for i, raw in enumerate(data):
        where = f"{name}[{i}]"
        try:
            items.append(parse_course_item(raw, part_url, where))
        except ApiDataError as exc:
            skipped.append(str(exc))
    return PartResult(tuple(items), tuple(skipped))


# ------------------------------------------------------------------ details
def unknown_format(where: str, fmt: str) -> str:
    """The note for an item the app cannot show (a format newer than contract v1.1)."""
    return f"{where}: format {fmt!r} is not one we can show; left out"


def parse_ti_item(data: Any, details_url: str, where: str) -> TiItem:
    """One lesson material (contract v1.1): format, storages, size, md5, duration, language."""
    item = _obj(data, where)
    storages = tuple(
        _url(u, details_url, f"{where}.ti_storages")
        for u in _list(item.get("ti_storages"), f"{where}.ti_storages")
    )
    md5 = _text(item.get("ti_md5"), f"{where}.ti_md5").lower()
    if md5 and not re.fullmatch(r"[0-9a-f]{32}", md5):
        raise bad(f"{where}.ti_md5")
    duration = item.get("duration")
    if isinstance(duration, float) and math.isfinite(duration):  # seconds may have a fraction
        duration = round(min(duration, 2.0**31))
    language = _text(item.get("language"), f"{where}.language").lower()
    return TiItem(
        _text(item.get("ti_format"), f"{where}.ti_format", required=True).lower(),
        storages,
        max(0, _int(item.get("ti_size"), f"{where}.ti_size")),
        md5,
        max(0, _int(duration, f"{where}.duration")),
        "en" if language.startswith("en") else "zh_CN" if language.startswith("zh") else "",
    )


def parse_details(data: Any, details_url: str) -> CourseDetails:
    """A course's lessons; an item of an unknown format is left out with a note."""
    root = _obj(data, "details")
    lessons: list[LessonDetail] = []
    skipped: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(_list(root.get("lessons"), "details.lessons")):
        where = f"details.lessons[{i}]"
        lesson = _obj(raw, where)
        items: list[TiItem] = []
        for ti, raw_item in enumerate(_list(lesson.get("ti_items"), f"{where}.ti_items")):
            iwhere = f"{where}.ti_items[{ti}]"
            item = parse_ti_item(raw_item, details_url, iwhere)
            if item.format in KNOWN_FORMATS:
                items.append(item)
            else:
                skipped.append(unknown_format(iwhere, item.format))
        lesson_id = _id(lesson.get("id"), f"{where}.id")
        if lesson_id in seen:
            raise bad(f"{where}.id")
        seen.add(lesson_id)
        lessons.append(
            LessonDetail(
                lesson_id,
                _text(lesson.get("title"), f"{where}.title", required=True),
                _int(lesson.get("order_num"), f"{where}.order_num", i + 1),
                tuple(items),
            )
        )
    lessons.sort(key=lambda lesson: lesson.order)
    return CourseDetails(
        _id(root.get("id"), "details.id"),
        _text(root.get("title"), "details.title"),
        _text(root.get("description"), "details.description"),
        tuple(lessons),
        tuple(skipped),
    )
