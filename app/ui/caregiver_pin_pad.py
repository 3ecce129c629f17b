"""A PIN pad inside the page (never a pop-up): big digit keys, erase, OK.

Digits can also be typed on the keyboard. The PIN is shown as dots only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.core.caregiver_pin import PIN_MAX_DIGITS
from app.ui.widgets import BigButton

KEY_PX = 72
KEY_DEBOUNCE_S = 0.2  # "1 1" pressed quickly is two digits; a tremor's bounce is not


class PinPad(QWidget):
    """Emits ``entered(pin)`` when OK is pressed with at least one digit."""

    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PinPad")
        self._digits = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.prompt.setProperty("role", "heading")
        layout.addWidget(self.prompt)
        self.dots = QLabel()
        self.dots.setProperty("role", "heading")
        self.dots.setMinimumHeight(KEY_PX // 2)
        layout.addWidget(self.dots)
        self.message = QLabel()  # right above the keys, where the eyes are
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, BigButton] = {}
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._digit_key(digit), i // 3, i % 3)
        self.erase = BigButton(
            self.tr("Erase"),
            shortcut="Backspace",
            description=self.tr("Remove the last digit"),
            debounce_s=KEY_DEBOUNCE_S,
        )
        self.erase.activated.connect(self.backspace)
        grid.addWidget(self.erase, 3, 0)
        grid.addWidget(self._digit_key("0"), 3, 1)
        self.ok = BigButton(self.tr("OK"), main=True, description=self.tr("Use this PIN"))
        self.ok.activated.connect(self.submit)
        grid.addWidget(self.ok, 3, 2)
        layout.addLayout(grid)
        self.cancel = BigButton(self.tr("Cancel"), description=self.tr("Close the PIN pad"))
        self.cancel.activated.connect(self.cancelled.emit)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        self._show()

    def _digit_key(self, digit: str) -> BigButton:
        key = BigButton(digit, description=self.tr("Add this digit"), debounce_s=KEY_DEBOUNCE_S)
        key.setAccessibleName(self.tr("Digit {d}").format(d=digit))
        key.setMinimumSize(KEY_PX, KEY_PX)
        key.activated.connect(lambda: self.press(digit))
        self.keys[digit] = key
        return key

    @property
    def digits(self) -> str:
        return self._digits

    def press(self, digit: str) -> None:
        if len(self._digits) < PIN_MAX_DIGITS:
            self._digits += digit
            self._show()

    def backspace(self) -> None:
        self._digits = self._digits[:-1]
        self._show()

    def clear(self) -> None:
        self._digits = ""
        self._show()

    def submit(self) -> None:
        if self._digits:
            pin, self._digits = self._digits, ""
            self._show()
            self.entered.emit(pin)

    def say(self, text: str) -> None:
        """Show a calm line under the pad (wrong PIN, please wait …)."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def _show(self) -> None:
        shown = " ".join("●" for _ in self._digits) or self.tr("(no digits yet)")
        self.dots.setText(shown)
        self.dots.setAccessibleName(
            self.tr("%n digit(s) entered", "", len(self._digits)) if self._digits else shown
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self.press(text)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._digits:
            self.submit()
            return
        super().keyPressEvent(event)
