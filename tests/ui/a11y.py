"""Measurements of what a person sees and reaches, taken from real widgets."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QFrame,
    QLabel,
    QScrollBar,
    QWidget,
)

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
    """Labels and buttons whose text is smaller than ``minimum_pt``."""
    return [
        f"{w.text()[:30]!r}: {w.font().pointSizeF():.1f}pt"
        for w in root.findChildren(QWidget)
        if isinstance(w, (QLabel, QAbstractButton))
        and w.isVisibleTo(root)
        and w.text().strip()
        and w.font().pointSizeF() < minimum_pt - 0.05
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


def undescribed(root: QWidget) -> list[str]:
    """Interactive widgets a screen reader could name but not explain."""
    return [
        f"{type(w).__name__} {w.accessibleName()!r}"
        for w in interactive_widgets(root)
        if isinstance(w, (QAbstractButton, QFrame)) and not w.accessibleDescription().strip()
    ]


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons drawn smaller than their text needs (cut-off words or lines)."""
    problems = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 0:
            continue
        if isinstance(w, QAbstractButton) and w.text():
            need = w.sizeHint()
            if need.width() > w.width() + 1 or need.height() > w.height() + 1:
                problems.append(f"button {w.text()!r}: {w.size().toTuple()} < {need.toTuple()}")
        elif isinstance(w, QLabel) and w.text().strip():
            if w.wordWrap():
                need_h = w.heightForWidth(
                    w.contentsRect().width()
                    + w.contentsMargins().left()
                    + w.contentsMargins().right()
                )
                if need_h > w.height() + 1:
                    problems.append(f"label {w.text()[:30]!r}: height {w.height()} < {need_h}")
            elif w.sizeHint().width() > w.width() + 1:
                problems.append(
                    f"label {w.text()[:30]!r}: width {w.width()} < {w.sizeHint().width()}"
                )
    return problems


def outside_window(window: QWidget) -> list[str]:
    """Visible controls and texts that stick out past the window's right edge (sideways
    scrolling or cut-off content)."""
    problems = []
    right = window.width()
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or not isinstance(w, (QAbstractButton, QLabel, QFrame)):
            continue
        if isinstance(w, QScrollBar):
            continue
        edge = w.mapTo(window, w.rect().topRight()).x()
        if edge > right + 1:
            problems.append(f"{type(w).__name__} {w.accessibleName()!r} ends at x={edge}")
    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisibleTo(window) and area.horizontalScrollBar().maximum() > 0:
            problems.append(f"{type(area).__name__} scrolls sideways")
    return problems


def focus_ring_px(stylesheet: str) -> int:
    """The focus border width declared for focusable controls in the app's stylesheet."""
    import re

    found = re.search(r"QPushButton:focus[^{]*\{\s*border:\s*(\d+)px solid", stylesheet)
    return int(found.group(1)) if found else 0


def dead_shortcuts(root: QWidget) -> list[str]:
    """Buttons that show a shortcut which would not press them."""
    from PySide6.QtGui import QKeySequence

    return [
        f"{b.accessibleName()!r} shows {b.shortcut_text} but reacts to {b.shortcut().toString()!r}"
        for b in root.findChildren(BigButton)
        if b.isVisibleTo(root) and b.shortcut_text and b.shortcut() != QKeySequence(b.shortcut_text)
    ]


def tab_order(window: QWidget, steps: int) -> list[QWidget]:
    """Widgets in the order Tab first lands on them."""
    from PySide6.QtTest import QTest

    order: list[QWidget] = []
    for _ in range(steps):
        QTest.keyClick(window, Qt.Key.Key_Tab)
        focused = window.focusWidget()
        if focused is not None and focused not in order:
            order.append(focused)
    return order


def _pinned(widget: QWidget) -> bool:
    """In a page's action bar, below the scrolling column."""
    parent: QWidget | None = widget
    while parent is not None:
        if parent.objectName() == "ActionBar":
            return True
        parent = parent.parentWidget()
    return False


def out_of_reading_order(order: list[QWidget], content: QWidget) -> list[str]:
    """Pairs where Tab jumps back up the page, or leftwards within a row.

    Positions are taken in ``content`` (the page), so scrolling while tabbing does
    not matter; steps into or out of the navigation bar (the wrap-around) are skipped.
    A page's pinned action bar (``Page.pin_actions``) comes after everything that scrolls.
    """
    problems = []
    for before, after in itertools.pairwise(order):
        if not (content.isAncestorOf(before) and content.isAncestorOf(after)):
            continue  # leaving the page for the navigation bar, or coming back
        if _pinned(before) != _pinned(after):
            if _pinned(before):
                problems.append(f"{before.accessibleName()!r} → {after.accessibleName()!r}")
            continue
        a = before.rect().translated(before.mapTo(content, before.rect().topLeft()))
        b = after.rect().translated(after.mapTo(content, after.rect().topLeft()))
        same_row = b.top() < a.bottom() and a.top() < b.bottom()
        if b.bottom() <= a.top() or (same_row and b.left() < a.left() - 1):
            problems.append(f"{before.accessibleName()!r} → {after.accessibleName()!r}")
    return problems


def images_without_alt(root: QWidget) -> list[str]:
    """Pictures a blind learner would miss: images in text views without alt text,
    and picture labels without an accessible name."""
    from PySide6.QtGui import QTextFormat
    from PySide6.QtWidgets import QTextEdit

    problems = []
    for view in root.findChildren(QTextEdit):
        if not view.isVisibleTo(root):
            continue
        block = view.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    alt = fmt.property(QTextFormat.Property.ImageAltText.value)
                    if not str(alt or "").strip():
                        problems.append(f"image {fmt.toImageFormat().name()!r}")
                it += 1
            block = block.next()
    for label in root.findChildren(QLabel):
        picture = label.isVisibleTo(root) and not label.pixmap().isNull()
        if picture and not label.accessibleName().strip():
            problems.append(f"picture label {label.objectName()!r}")
    return problems
