"""Asking the person for a file: a port, so the settings page never opens dialogs itself.

The app passes ``DialogFileChooser`` (Qt's file dialog, opened only because the
person pressed Export or Import); tests pass a chooser that answers with a path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.core.i18n import QT_TRANSLATE_NOOP


class FileChooser(Protocol):
    def save_path(self, suggested: str) -> Path | None: ...

    def open_path(self) -> Path | None: ...


# kind → (file filter, title of the save dialog, title of the open dialog)
KINDS = {
    "settings": (
        QT_TRANSLATE_NOOP("FileChooser", "Settings files (*.json)"),
        QT_TRANSLATE_NOOP("FileChooser", "Save the settings"),
        QT_TRANSLATE_NOOP("FileChooser", "Choose a settings file"),
    ),
    "profile": (
        QT_TRANSLATE_NOOP("FileChooser", "Learner data files (*.json)"),
        QT_TRANSLATE_NOOP("FileChooser", "Save this learner's data"),
        QT_TRANSLATE_NOOP("FileChooser", "Choose a learner data file"),
    ),
    "calendar": (
        QT_TRANSLATE_NOOP("FileChooser", "Calendar files (*.ics)"),
        QT_TRANSLATE_NOOP("FileChooser", "Save the classes as a calendar file"),
        QT_TRANSLATE_NOOP("FileChooser", "Choose a calendar file"),
    ),
    "pack": (
        QT_TRANSLATE_NOOP("FileChooser", "Course packs (*.zip)"),
        QT_TRANSLATE_NOOP("FileChooser", "Save the course pack"),
        QT_TRANSLATE_NOOP("FileChooser", "Choose a course pack"),
    ),
}


class DialogFileChooser:
    """Qt's file dialogs for one ``kind`` of file: "settings" (a settings file), "profile"
    (a learner's data), "calendar" (classes as .ics) or "pack" (a course pack zip)."""

    def __init__(self, parent: QWidget | None = None, kind: str = "settings") -> None:
        self._parent = parent
        self._filter, self._save_title, self._open_title = (
            QCoreApplication.translate("FileChooser", text) for text in KINDS[kind]
        )

    def save_path(self, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # its enums load when a dialog opens

        name, _ = QFileDialog.getSaveFileName(
            self._parent, self._save_title, str(Path.home() / suggested), self._filter
        )
        return Path(name) if name else None

    def open_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._parent, self._open_title, str(Path.home()), self._filter
        )
        return Path(name) if name else None
