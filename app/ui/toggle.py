"""A big on/off button (weekday choice, reminder choice, options) and button rows that wrap."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from app.ui.pages.grid import TileGrid
from app.ui.widgets import BigButton, _Debounce


class Toggle(BigButton):
    """A big on/off button; a tick mark shows the state, not only the colour.

    A shaky double-click flips it once, not twice (the same guard as ``BigButton``).
    """

    def __init__(self, text: str, *, checked: bool = False, description: str = "") -> None:
        super().__init__(text, description=description)
        self._plain = text
        self._flip_guard = _Debounce()
        self.setCheckable(True)
        self.setChecked(checked)
        self.toggled.connect(self._show_state)
        self._show_state(checked)

    @property
    def plain_label(self) -> str:
        return self._plain

    def nextCheckState(self) -> None:
        if self._flip_guard.allow():
            super().nextCheckState()

    def _show_state(self, on: bool) -> None:
        self.set_label(f"✓ {self._plain}" if on else self._plain)
        self.setAccessibleName(self._plain)  # the checked state is announced by itself


def button_grid(buttons: Sequence[QWidget]) -> TileGrid:
    """Buttons in as many columns as fit their labels (1–3): nothing clipped at 200 %."""
    widest, em = 0, 1
    for button in buttons:
        button.ensurePolished()
        widest = max(widest, button.sizeHint().width())
        em = max(em, QFontMetrics(button.font()).horizontalAdvance("永"))
    grid = TileGrid(widest / em)
    for button in buttons:
        grid.add(button)
    return grid
