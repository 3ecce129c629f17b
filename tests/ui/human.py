"""Pointer actions at a person's pace.

Shared controls ignore a mouse click in their first moments on screen (the second half of a
double-click must not press what a new page put under the pointer), so a test that clicks
as a person would first lets that moment pass.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.ui.widgets import DEBOUNCE_S


def human_click(widget: QWidget) -> None:
    QTest.qWait(int(DEBOUNCE_S * 1000) + 50)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
