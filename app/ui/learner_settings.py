"""The learner's live settings: one object, saved on every change, with a ``changed`` signal.

The window builder makes one per window from the stored settings (plus this run's
command-line overrides, which are shown but not saved). Whoever needs a value asks
for it when it needs it; whoever must react to a change (the window's look and
language) connects to ``changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.settings_schema import defaults
from app.ui.style import Look


class LearnerSettings(QObject):
    """Emits ``changed(changes)`` after ``update`` has saved and applied ``changes``."""

    changed = Signal(dict)

    def __init__(
        self,
        values: Mapping[str, Any],
        save: Callable[[dict[str, Any]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._values: dict[str, Any] = {**defaults(), **values}
        self._save = save

    def update(self, changes: Mapping[str, Any]) -> None:
        """Save ``changes`` (validated, all or nothing), then apply them and emit ``changed``."""
        changes = dict(changes)
        self._save(changes)
        self._values.update(changes)
        self.changed.emit(changes)

    def values(self) -> dict[str, Any]:
        """A copy of every value, for pages that show or edit all of them."""
        return dict(self._values)

    def look(self) -> Look:
        """Colours, text size and line spacing as the window draws them."""
        return Look.from_settings(self.theme, self.text_scale, self.line_spacing)

    @property
    def language(self) -> str:
        return str(self._values["language"])

    @property
    def theme(self) -> str:
        return str(self._values["theme"])

    @property
    def text_scale(self) -> int:
        return int(self._values["text_scale"])

    @property
    def line_spacing(self) -> int:
        return int(self._values["line_spacing"])

    @property
    def speech_rate(self) -> str:
        return str(self._values["speech_rate"])

    @property
    def volume(self) -> int:
        return int(self._values["volume"])

    @property
    def keep_running_in_background(self) -> bool:
        return bool(self._values["keep_running_in_background"])

    @property
    def show_key_hints(self) -> bool:
        """Keys after button labels ("返回（Alt + ←）"); a caregiver may hide them."""
        return bool(self._values.get("show_key_hints", True))
