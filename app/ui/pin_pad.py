"""The one PIN pad: big keys 0–9, Erase and OK inside the page (never a pop-up).

Used by the PIN page of the profile picker and by the caregiver lock in settings.
Digits can also be typed on the keyboard (Backspace erases, Enter is OK). The PIN
is shown as dots and spoken as "3 digits entered", never read back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.core.pin import PIN_MAX
from app.ui.widgets import MAIN_TARGET_PX, BigButton

KEY_PX = 84
KEY_DEBOUNCE_S = 0.2  # "1 1" pressed quickly is two digits; a tremor's bounce is not
KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"]


class PinPad(QWidget):
    """Emits ``submitted(pin)`` on OK or Enter with at least one digit (the pad is
    cleared first), and ``cancelled()`` from the Cancel button (``cancellable=True``).

    ``prompt`` is a line above the dots (``set_prompt`` changes it); ``say(text)``
    shows a calm line right above the keys. ``keys`` holds every key by its digit,
    ``"erase"`` and ``"ok"``.
    """

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        prompt: str = "",
        *,
        scale: float = 1.0,
        cancellable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PinPad")
        self._digits = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setProperty("role", "heading")
        layout.addWidget(self.prompt)
        self.set_prompt(prompt)
        self.dots = QLabel()
        self.dots.setProperty("role", "title")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(MAIN_TARGET_PX)
        layout.addWidget(self.dots)
        self.message = QLabel()  # right above the keys, where the eyes are
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, BigButton] = {}
        for i, key in enumerate(KEYS):
            button = self._key(key, int(KEY_PX * scale))
            self.keys[key] = button
            grid.addWidget(button, i // 3, i % 3)
        self.ok = self.keys["ok"]
        layout.addLayout(grid)
        self.cancel: BigButton | None = None
        if cancellable:
            self.cancel = BigButton(self.tr("Cancel"), description=self.tr("Close the PIN pad"))
            self.cancel.activated.connect(self.cancelled.emit)
            layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("PIN pad"))
        self._show()

    def _key(self, key: str, size: int) -> BigButton:
        if key == "erase":
            button = BigButton(
                self.tr("Erase"),
                shortcut="Backspace",
                description=self.tr("Remove the last digit"),
                debounce_s=KEY_DEBOUNCE_S,
            )
            button.activated.connect(self.backspace)
        elif key == "ok":
            button = BigButton(self.tr("OK"), main=True, description=self.tr("Use this PIN"))
            button.activated.connect(self.submit)
        else:
            button = BigButton(
                key, description=self.tr("Add this digit"), debounce_s=KEY_DEBOUNCE_S
            )
            button.setAccessibleName(self.tr("Digit {d}").format(d=key))
            button.activated.connect(lambda: self.press(key))
        wide = button.fontMetrics().horizontalAdvance(button.text()) + size // 2  # padding
        button.setMinimumSize(max(size, wide), size)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    @property
    def digits(self) -> str:
        return self._digits

    def set_prompt(self, text: str) -> None:
        """The line above the dots ("Enter the caregiver PIN …"); hidden when empty."""
        self.prompt.setText(text)
        self.prompt.setVisible(bool(text))

    def press(self, digit: str) -> None:
        if len(self._digits) < PIN_MAX:
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
            self.submitted.emit(pin)

    def say(self, text: str) -> None:
        """Show a calm line above the keys (wrong PIN, please wait …); "" hides it."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.backspace()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._digits:
            self.submit()
        else:
            super().keyPressEvent(event)

    def _show(self) -> None:
        shown = " ".join("●" for _ in self._digits) or self.tr("(no digits yet)")
        self.dots.setText(shown)
        self.dots.setAccessibleName(
            self.tr("%n digit(s) entered", "", len(self._digits)) if self._digits else shown
        )
