"""Settings export/import files: an atomic write, and a read that changes nothing on error."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.settings_schema import SettingsFileError, from_json, to_json

UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "The settings file could not be read, so nothing was changed."
)
UNWRITABLE = QT_TRANSLATE_NOOP("Errors", "The settings could not be saved to that place.")
MAX_BYTES = 1_000_000  # a settings file is tiny; anything bigger is the wrong file


def export_settings(path: Path, values: Mapping[str, Any]) -> None:
    """Write the settings to ``path``: a temporary file beside it, synced, then renamed,
    so a crash or a full disk never leaves half a file where a good one was."""
    text = to_json(values)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    except OSError:
        raise SettingsFileError(UNWRITABLE) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise SettingsFileError(UNWRITABLE) from None


def import_settings(path: Path) -> dict[str, Any]:
    """The validated settings in ``path``, or ``SettingsFileError`` saying why not."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SettingsFileError()
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise SettingsFileError(UNREADABLE) from None
    return from_json(text)
