"""Asking the person for a file: a port, so the settings page never opens dialogs itself.

The app passes ``DialogFileChooser`` (Qt's file dialog, opened only because the
person pressed Export or Import); tests pass a chooser that answers with a path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


class FileChooser(Protocol):
    def save_path(self, suggested: str) -> Path | None: ...

    def open_path(self) -> Path | None: ...


class DialogFileChooser:
    """Qt's file dialogs; ``kind`` "settings" (a settings file) or "profile" (a learner's data)."""

    def __init__(self, parent: QWidget | None = None, kind: str = "settings") -> None:
        self._parent = parent
        self._kind = kind

    def _filter(self) -> str:
        if self._kind == "profile":
            return QCoreApplication.translate("FileChooser", "Learner data files (*.json)")
        return QCoreApplication.translate("FileChooser", "Settings files (*.json)")

    def save_path(self, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # its enums load when a dialog opens

        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("FileChooser", "Save the settings"),
            str(Path.home() / suggested),
            self._filter(),
        )
        return Path(name) if name else None

    def open_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            QCoreApplication.translate("FileChooser", "Choose a settings file"),
            str(Path.home()),
            self._filter(),
        )
        return Path(name) if name else None
