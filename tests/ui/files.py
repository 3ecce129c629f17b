"""A file-chooser fake: the person picks ``path`` in the dialog (the dialog itself is Qt's)."""

from __future__ import annotations

from pathlib import Path


class AnswerWith:
    def __init__(self, path: Path) -> None:
        self.path = path

    def save_path(self, suggested: str) -> Path | None:
        return self.path

    def open_path(self) -> Path | None:
        return self.path
