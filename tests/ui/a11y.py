"""Measurements of what a person sees and reaches, taken from real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.ui.widgets import MAIN_TARGET_PX, TARGET_PX, BigButton


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Visible widgets a keyboard user can land on."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isEnabled()
        and not w.objectName().startswith("qt_")
    ]


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for w in interactive_widgets(root)
        if not w.accessibleName().strip()
    ]


def too_small(root: QWidget) -> list[str]:
    problems = []
    for w in interactive_widgets(root):
        if not isinstance(w, QAbstractButton):
            continue
        need = MAIN_TARGET_PX if isinstance(w, BigButton) and w.is_main else TARGET_PX
        if w.width() < need or w.height() < need:
            problems.append(f"{w.accessibleName()!r}: {w.width()}x{w.height()} < {need}")
    return problems


def small_text(root: QWidget, minimum_pt: float) -> list[str]:
    return [
        f"{label.text()[:30]!r}: {label.font().pointSizeF():.1f}pt"
        for label in root.findChildren(QLabel)
        if label.isVisibleTo(root)
        and label.text().strip()
        and label.font().pointSizeF() < minimum_pt - 0.05
    ]


def tab_reachable(window: QWidget, steps: int = 200) -> set[QWidget]:
    from PySide6.QtTest import QTest

    seen: set[QWidget] = set()
    for _ in range(steps):
        QTest.keyClick(window, Qt.Key.Key_Tab)
        focused = window.focusWidget()
        if focused is not None:
            seen.add(focused)
    return seen
