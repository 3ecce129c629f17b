"""What a learner sees without scrolling: a widget's rectangle cut to every scroll area,
frame and the window around it."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget


def seen_in(widget: QWidget, window: QWidget) -> QRect:
    """Where ``widget`` is on screen, cut to every parent (scroll viewports) and the window."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def fully_seen(widget: QWidget, window: QWidget) -> bool:
    return seen_in(widget, window).size() == widget.size()
