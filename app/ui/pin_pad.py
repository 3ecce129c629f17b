"""A PIN pad with big keys: digits 0–9, Erase and OK, usable by mouse and keyboard.

The typed digits are shown as dots and spoken as "3 digits typed", never read back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.core.pin import PIN_MAX
from app.ui.widgets import MAIN_TARGET_PX, BigButton

KEY_PX = 84


class PinPad(QWidget):
    """Emits ``submitted(pin)`` on OK or Enter; ``clear()`` after a wrong PIN."""

    submitted = Signal(str)

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        self.display = QLabel()
        self.display.setProperty("role", "title")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(MAIN_TARGET_PX)
        layout.addWidget(self.display)
        grid = QGridLayout()
        grid.setSpacing(12)
        size = int(KEY_PX * scale)
        self.keys: dict[str, BigButton] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"]
        for i, key in enumerate(labels):
            if key == "erase":
                button = BigButton(self.tr("Erase"), description=self.tr("Remove the last digit"))
                button.activated.connect(self.erase)
            elif key == "ok":
                button = BigButton(self.tr("OK"), main=True, description=self.tr("Check the PIN"))
                button.activated.connect(self.submit)
            else:
                button = BigButton(key, main=False, description=self.tr("Digit {d}").format(d=key))
                button.activated.connect(lambda d=key: self.press(d))
            wide = button.fontMetrics().horizontalAdvance(button.text()) * 2
            button.setMinimumSize(max(size, wide), size)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.keys[key] = button
            grid.addWidget(button, i // 3, i % 3)
        layout.addLayout(grid)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("PIN pad"))
        self._show()

    @property
    def digits(self) -> str:
        return self._digits

    def press(self, digit: str) -> None:
        if len(self._digits) < PIN_MAX:
            self._digits += digit
            self._show()

    def erase(self) -> None:
        self._digits = self._digits[:-1]
        self._show()

    def clear(self) -> None:
        self._digits = ""
        self._show()

    def submit(self) -> None:
        if self._digits:
            self.submitted.emit(self._digits)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.erase()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    def _show(self) -> None:
        self.display.setText(" ".join("●" for _ in self._digits) or "—")
        spoken = self.tr("%n digit(s) typed", "", len(self._digits))
        self.display.setAccessibleName(spoken)
