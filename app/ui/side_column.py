"""A column of controls beside a picture (video, handout page) that scrolls on its own.

At 300 % text the player's and the handout's buttons do not fit under the picture; in a
side column of their own, as in the lesson reader, the picture keeps the height and no
button is ever squeezed or clipped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

SHARE = 0.34  # of the holder's width


class SideColumn(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inner = QWidget()
        self.inner.setObjectName("ToolRow")
        self.column = QVBoxLayout(self.inner)
        self.column.setContentsMargins(0, 0, 8, 0)
        self.column.setSpacing(12)
        self.setWidget(self.inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def fit(self, holder_width: int) -> None:
        """A third of the holder, but never narrower than its widest button needs."""
        need = self.inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        self.setFixedWidth(max(1, min(max(need, int(holder_width * SHARE)), holder_width // 2)))
