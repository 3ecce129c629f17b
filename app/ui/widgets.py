"""Shared accessible widgets: every page builds from these, so sizes, names and
focus rings are set once (design §8)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MAIN_TARGET_PX = 60
TARGET_PX = 44
DEBOUNCE_S = 0.6  # a shaky double-click must not act twice


class _Debounce:
    def __init__(self) -> None:
        self._last = 0.0

    def allow(self) -> bool:
        now = time.monotonic()
        if now - self._last < DEBOUNCE_S:
            return False
        self._last = now
        return True


class BigButton(QPushButton):
    """A button with an accessible name, a minimum target size and double-click guard.

    ``main=True`` marks the page's main action (≥ 60×60 px, accent colours).
    ``activated`` is the signal to connect (``clicked`` fires for every click).
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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._debounce = _Debounce()
        self._label = text
        self._shortcut = shortcut
        self._show_hint = True
        self.setProperty("main", main)
        self.setProperty("danger", danger)
        size = MAIN_TARGET_PX if main else TARGET_PX
        self.setMinimumSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if shortcut:
            self.setShortcut(QKeySequence(shortcut))
        self.setAccessibleDescription(description)
        self.set_label(text)
        self.clicked.connect(self._on_clicked)

    @property
    def is_main(self) -> bool:
        return bool(self.property("main"))

    def set_label(self, text: str) -> None:
        self._label = text
        key = QKeySequence(self._shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        hint = key and self._show_hint
        self.setText(f"{text}  ({key})" if hint else text)
        if self._shortcut:  # setText() resets the shortcut to the text's mnemonic
            self.setShortcut(QKeySequence(self._shortcut))
        self.setToolTip(key)
        self.setAccessibleName(text)

    def set_shortcut_hint(self, visible: bool) -> None:
        """Show or hide "(Alt+Left)" after the label (hidden when a bar runs out of room)."""
        if visible != self._show_hint:
            self._show_hint = visible
            self.set_label(self._label)

    def _on_clicked(self) -> None:
        if self._debounce.allow():
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
            self._activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate()
            return
        super().keyPressEvent(event)

    def _activate(self) -> None:
        if self._debounce.allow():
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
        self.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))


def heading(text: str, role: str = "title") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label
