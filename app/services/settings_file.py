"""Settings export/import files: an atomic write, and a read that changes nothing on error."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.settings_schema import SettingsFileError, from_json, to_json
from app.services.atomic_file import atomic_write

UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "The settings file could not be read, so nothing was changed."
)
MAX_BYTES = 1_000_000  # a settings file is tiny; anything bigger is the wrong file


def export_settings(path: Path, values: Mapping[str, Any]) -> None:
    """Write the settings to ``path`` atomically (``atomic_write``): a crash or a full disk
    never leaves half a file where a good one was; failing, it raises a ``SaveError``."""
    atomic_write(path, to_json(values).encode("utf-8"))


def import_settings(path: Path) -> dict[str, Any]:
    """The validated settings in ``path``, or ``SettingsFileError`` saying why not."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SettingsFileError()
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise SettingsFileError(UNREADABLE) from None
    return from_json(text)
