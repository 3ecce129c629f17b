"""What every page has: a title, a spoken-help text, a scrolling column, and ``navigate``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.core.study_time import StudyKind


class Page(QWidget):
    """Base page. Subclasses fill ``self.column`` and override ``title``/``help_text``."""

    navigate = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, scroll: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._outer = outer
        body = QWidget()
        body.setObjectName("Page")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(32, 24, 32, 32)
        self.column.setSpacing(20)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidget(body)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.scroll_area: QScrollArea | None = area
            outer.addWidget(area)
        else:
            self.scroll_area = None
            outer.addWidget(body)

    def pin_actions(self, row: QLayout | QWidget) -> QFrame:
        """Keep ``row`` (the page's next step) in a bar under the scrolling column, so it
        never scrolls away, at any text size (issue 16: "the next step is always in view")."""
        bar = QFrame()
        bar.setObjectName("ActionBar")
        bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # never squeezed
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(32, 12, 32, 12)
        if isinstance(row, QLayout):
            layout.addLayout(row)
        else:
            layout.addWidget(row, 0, Qt.AlignmentFlag.AlignLeft)
        self._outer.addWidget(bar)
        return bar

    def main_actions(self) -> list[QWidget]:
        """The controls that take the learner on (Next, Save, Sign in, OK): they must be
        in view without scrolling. Pages that have such a step say which."""
        return []

    def title(self) -> str:
        return ""

    def help_text(self) -> str:
        """A short plain description of this screen and its main actions."""
        return ""

    def first_focus(self) -> QWidget | None:
        """The control that gets focus when the page opens."""
        return None

    def is_busy(self) -> bool:
        """True while reading aloud or playing media: the idle timeout waits for it."""
        return self.study_kind() is not None

    def study_kind(self) -> StudyKind | None:
        """How the learner takes the page in while nothing needs a key press: a video
        playing is watched, anything else that plays is listened to (the learning record
        sends the platform which); None when nothing plays."""
        return None

    def close_page(self) -> None:
        """Called when the window leaves the page: stop work, save state."""
