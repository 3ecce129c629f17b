"""Lesson reader: the lesson in big type, with text size − / + in reach."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.lesson_text import LessonView
from app.services.reading import ReadingPlaces
from app.ui.bookmark_bar import BookmarkBar
from app.ui.link_guard import LinkGuard
from app.ui.pages.base import Page
from app.ui.reader_view import ReaderView
from app.ui.style import Look
from app.ui.widgets import BigButton, heading

SCALE_STEP = 25
SCALE_MIN, SCALE_MAX = 100, 300


class LessonPage(Page):
    """Emits ``text_scale_requested(percent)``; the window applies and saves it."""

    text_scale_requested = Signal(int)
    print_requested = Signal()

    def __init__(
        self,
        view: LessonView,
        course_title: str,
        look: Look,
        parent: QWidget | None = None,
        *,
        places: ReadingPlaces | None = None,
        start: int | None = None,
    ) -> None:
        """``places``: bookmarks and progress (none: a plain reader); ``start``: an offset
        to open at (a bookmark), else where the learner stopped."""
        super().__init__(parent, scroll=False)
        self._view = view
        self._look = look
        self.column.setSpacing(8)
        self.column.setContentsMargins(24, 8, 24, 12)
        # Title and tools stay compact (≤ 150 %) so the lesson text gets the screen.
        self.tools = QWidget()
        self.tools.setObjectName("ToolRow")
        tools = QVBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(8)
        title_row = QHBoxLayout()
        title_row.addWidget(heading(view.title, "heading"), 3)
        self.course_label = QLabel(course_title)
        self.course_label.setProperty("role", "muted")
        self.course_label.setWordWrap(True)
        self.course_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self.course_label, 2)
        tools.addLayout(title_row)
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(12)
        self.smaller = BigButton(
            self.tr("A− Smaller"),
            shortcut="Ctrl+-",
            description=self.tr("Make the lesson text smaller"),
        )
        self.larger = BigButton(
            self.tr("A+ Larger"),
            shortcut="Ctrl+=",
            description=self.tr("Make the lesson text larger"),
        )
        self.scale_label = QLabel(self.tr("Text size: {n}%").format(n=look.text_scale))
        self.smaller.activated.connect(lambda: self._step(-SCALE_STEP))
        self.larger.activated.connect(lambda: self._step(SCALE_STEP))
        self.smaller.setEnabled(look.text_scale > SCALE_MIN)
        self.larger.setEnabled(look.text_scale < SCALE_MAX)
        self.toolbar.addWidget(self.smaller)
        self.toolbar.addWidget(self.larger)
        self.toolbar.addWidget(self.scale_label)
        self.print_button = BigButton(
            self.tr("Print"),
            shortcut="Ctrl+P",
            description=self.tr("Print this lesson in large letters"),
        )
        self.print_button.activated.connect(self.print_requested.emit)
        self.toolbar.addWidget(self.print_button)
        self.toolbar.addStretch(1)
        tools.addLayout(self.toolbar)
        self.column.addWidget(self.tools)

        self.reader = ReaderView()
        self.reader.show_lesson(view, look)
        self.bookmarks: BookmarkBar | None = None
        if places is not None:
            self.bookmarks = BookmarkBar(view, self.reader, places, start)
            tools.addWidget(self.bookmarks)
            tools.addWidget(self.bookmarks.note_row)
        self.column.addWidget(self.reader, 1)
        self.link_guard = LinkGuard()
        self.reader.anchorClicked.connect(self.link_guard.ask)
        self.column.addWidget(self.link_guard)

    def close_page(self) -> None:
        if self.bookmarks is not None:
            self.bookmarks.save_position()

    def _step(self, delta: int) -> None:
        new = max(SCALE_MIN, min(SCALE_MAX, self._look.text_scale + delta))
        if new != self._look.text_scale:
            self.text_scale_requested.emit(new)

    @property
    def view(self) -> LessonView:
        return self._view

    def title(self) -> str:
        return self._view.title

    def help_text(self) -> str:
        return self.tr(
            "This is the lesson reader. The lesson text is in the big box; use the arrow "
            "and Page Down keys to move through it. The buttons above make the text "
            "larger or smaller. “Bookmark this” keeps your place at the sentence you are "
            "reading, with a note if you like; “Mark as done” marks the lesson finished."
        )

    def first_focus(self) -> QWidget | None:
        return self.reader
