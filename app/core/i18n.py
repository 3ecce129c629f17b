"""Helpers for text that the core defines but the UI translates.

The core cannot use Qt, so user-facing sentences are written here in English and
marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them; the UI and
the command line translate them at display time through Qt's translator.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

LocalText = Mapping[str, str]
"""Text given by the content itself in several languages, e.g. ``{"zh_CN": …, "en": …}``."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction into context ``context``; returns it unchanged."""
    return text


def pick(text: LocalText, lang: str) -> str:
    """The variant of content text for ``lang``, falling back to Chinese, then anything."""
    for key in (lang, DEFAULT_LANGUAGE, *text.keys()):
        value = text.get(key)
        if value:
            return value
    return ""


def normalise_language(value: str | None) -> str:
    """Map a locale name (``zh_CN.UTF-8``, ``en_GB``, ``zh``) to a supported language."""
    if not value:
        return DEFAULT_LANGUAGE
    base = value.split(".")[0].replace("-", "_")
    if base in LANGUAGES:
        return base
    if base.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE
