"""Shared accessible widgets: every page builds from these, so sizes, names and
focus rings are set once (docs/requirements.md#accessibility)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.key_names import label_with_keys, shown_keys, with_keys

MAIN_TARGET_PX = 60
TARGET_PX = 44
DEBOUNCE_S = 0.6  # a shaky double-click must not act twice
KEY_HINTS = "keyHints"  # window property: False when a caregiver hid the keys on buttons


class _Debounce:
    """Lets one activation through per ``seconds``.

    A mouse click is also ignored while the control is younger than ``seconds``: when
    the first half of a double-click opens a new page, the second half lands on
    whatever control now sits under the pointer and must not press it.
    """

    def __init__(self, seconds: float = DEBOUNCE_S) -> None:
        self._seconds = seconds
        self._born = time.monotonic()
        self._last = 0.0

    def allow(self, *, by_mouse: bool = False) -> bool:
        now = time.monotonic()
        if by_mouse and now - self._born < self._seconds:
            return False
        if now - self._last < self._seconds:
            return False
        self._last = now
        return True


class BigButton(QPushButton):
    """A button with an accessible name, a minimum target size and double-click guard.

    ``main=True`` marks the page's main action (≥ 60×60 px, accent colours).
    ``activated`` is the signal to connect (``clicked`` fires for every click).
    ``debounce_s`` is shorter only where repeating a key is normal (the PIN pad).
    The shortcut is shown after the label in the learner's language ("返回（Alt + ←）")
    unless the window's ``KEY_HINTS`` property is False, and is always named in the
    accessible description as a sentence; the accessible name is the plain action.
    """

    activated = Signal()

    def __init__(
        self,
        text: str,
        *,
        main: bool = False,
        danger: bool = False,
        shortcut: str = "",
        description: str = "",
        debounce_s: float = DEBOUNCE_S,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._debounce = _Debounce(debounce_s)
        self._by_mouse = False
        self._label = text
        self._shortcut = shortcut
        self._show_hint = True  # False when the row has no room for it
        self._hints_wanted = True  # False when a caregiver hid the keys (window property)
        self._description = description
        self.setProperty("main", main)
        self.setProperty("danger", danger)
        size = MAIN_TARGET_PX if main else TARGET_PX
        self.setMinimumSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.describe(description)
        self.set_label(text)
        self.clicked.connect(self._on_clicked)

    @property
    def shortcut_text(self) -> str:
        """The shortcut as written on the button ("" when it has none)."""
        return self._shortcut

    @property
    def is_main(self) -> bool:
        return bool(self.property("main"))

    @property
    def label(self) -> str:
        """The plain action, without the keys."""
        return self._label

    @property
    def hint_shown(self) -> bool:
        return bool(self._shortcut) and self.text() != self._label

    def set_label(self, text: str) -> None:
        self._label = text
        hint = self._show_hint and self._hints_wanted
        self.setText(label_with_keys(text, self._shortcut) if hint else text)
        # setText() replaces the shortcut with the text's mnemonic (none): set it again,
        # or the shortcut shown on the button would do nothing.
        self.setShortcut(QKeySequence(self._shortcut))
        self.setToolTip(shown_keys(self._shortcut) and with_keys("", self._shortcut))
        self.setAccessibleName(text)

    def describe(self, description: str) -> None:
        """What the button does, for screen readers; the shortcut is added as a sentence."""
        self._description = description
        self.setAccessibleDescription(with_keys(description, self._shortcut))

    def set_shortcut_hint(self, visible: bool) -> None:
        """Show or hide "(Alt + ←)" after the label (hidden when a bar runs out of room)."""
        if visible != self._show_hint:
            self._show_hint = visible
            self.set_label(self._label)

    def hide_key_hints(self, hidden: bool) -> None:
        """Leave the keys off the label (a caregiver's choice); the description keeps them."""
        if hidden == self._hints_wanted:
            self._hints_wanted = not hidden
            self.set_label(self._label)

    def showEvent(self, event: QShowEvent) -> None:
        self.hide_key_hints(self.window().property(KEY_HINTS) is False)
        super().showEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._by_mouse = True
        try:
            super().mouseReleaseEvent(event)
        finally:
            self._by_mouse = False

    def _on_clicked(self) -> None:
        if self._debounce.allow(by_mouse=self._by_mouse):
            self.activated.emit()


class Tile(QFrame):
    """A large clickable card (section, course, profile): title, optional detail lines.

    Reachable with Tab, activated with Enter/Space or a click.
    """

    activated = Signal()

    def __init__(
        self, title: str, detail: str = "", badge: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._debounce = _Debounce()
        self.setProperty("tile", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(MAIN_TARGET_PX * 3, MAIN_TARGET_PX + 20)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        self.title_label = QLabel(title)
        self.title_label.setProperty("role", "heading")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        if badge:
            self.badge_label = QLabel(badge)
            self.badge_label.setProperty("role", "muted")
            self.badge_label.setWordWrap(True)
            layout.addWidget(self.badge_label)
        if detail:
            self.detail_label = QLabel(detail)
            self.detail_label.setWordWrap(True)
            self.detail_label.setProperty("role", "muted")
            layout.addWidget(self.detail_label)
        layout.addStretch(1)
        for label in self.findChildren(QLabel):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(p for p in (badge, detail) if p))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._activate(by_mouse=True)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate()
            return
        super().keyPressEvent(event)

    def _activate(self, *, by_mouse: bool = False) -> None:
        if self._debounce.allow(by_mouse=by_mouse):
            self.activated.emit()


class Banner(QFrame):
    """A calm message box inside the page (never a pop-up), with an optional action."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.label, 1)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def announce(self) -> None:
        """Have screen readers say the message now (an alert), without moving focus."""
        self.label.setAccessibleName(self.label.text())
        self.setAccessibleDescription(self.label.text())
        # here, not at the top: its eight enums take 4 ms to make, before the first paint
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))


def reveal(widget: QWidget) -> None:
    """Scroll ``widget`` into view (once the layout has settled) if it sits in a scroll area:
    something that just appeared below the fold would otherwise be missed."""

    def scroll() -> None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea) and widget.isVisible():
            parent.ensureWidgetVisible(widget, 24, 24)

    QTimer.singleShot(0, widget, scroll)


def heading(text: str, role: str = "title") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label
