"""What a video or recording says, as large text in the normal reader (issue 15, item 3).

"Show as large text" turns the subtitles into a lesson text: one paragraph per line, in
the reader at the learner's size and colours. The line being spoken is highlighted and
kept in view as the media plays; choosing a line (a click, or Enter on the line the text
cursor is in) asks the player to go there (``line_chosen(ms)``). With the learner's
``ReadingPlaces`` it has "Bookmark this" and the note row as any text lesson, and opens
where the learner stopped (its places are kept by the text id ``<lesson id>#video`` or
``#audio``: ``app/core/text_ids.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.lesson_text import LessonView, build_lesson_view
from app.core.models import Block, BlockKind, LessonContent
from app.core.subtitles import Cue
from app.services.reading import ReadingPlaces
from app.ui.bookmark_bar import TextPlaces
from app.ui.reader_view import ReaderView
from app.ui.side_column import SideColumn
from app.ui.style import Look
from app.ui.widgets import BigButton


def transcript_view(text_id: str, title: str, lang: str, cues: tuple[Cue, ...]) -> LessonView:
    """The subtitles laid out as a lesson text; ``text_id`` is the material text's own id
    (``<lesson id>#video``), so its bookmarks stay apart from the lesson's text."""
    blocks = tuple(Block(BlockKind.PARAGRAPH, cue.text) for cue in cues)
    return build_lesson_view(LessonContent(text_id, lang, blocks), title, "")


class TranscriptView(QWidget):
    line_chosen = Signal(int)  # the chosen line's start, in ms
    back_requested = Signal()

    def __init__(
        self,
        view: LessonView,
        cues: tuple[Cue, ...],
        look: Look,
        parent: QWidget | None = None,
        *,
        places: ReadingPlaces | None = None,
        start: int | None = None,
    ) -> None:
        """``places``: bookmarks and resume; ``start``: open at this offset (a bookmark)."""
        super().__init__(parent)
        self.view = view
        self.cues = cues
        self.spans = [(p.start, p.end) for p in view.blocks]
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(16)
        layout = QVBoxLayout()
        outer.addLayout(layout, 1)
        self.back_button = BigButton(
            self.tr("Back to the picture"),
            main=True,
            description=self.tr("Show the video and its buttons again"),
        )
        self.back_button.activated.connect(self.back_requested)
        hint = QLabel(self.tr("Choose a line to hear it from there."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.reader = ReaderView()
        self.reader.setAccessibleName(self.tr("What is said, as large text"))
        self.reader.setAccessibleDescription(
            self.tr("Press Enter on a line to play the recording from that line")
        )
        self.reader.show_lesson(view, look)
        self.reader.viewport().installEventFilter(self)
        self.reader.installEventFilter(self)
        layout.addWidget(self.reader, 1)
        self.current = -1
        self.side = SideColumn()
        self.side.column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.places = TextPlaces(view, self.reader, places, start)
        self.bookmarks = self.places.add_to(self.side.column)
        self.side.column.addStretch(1)
        outer.addWidget(self.side)

    def leave(self) -> None:
        """Keep where the learner is (back to the picture, another material, away)."""
        self.places.leave()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.places.shown()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.side.fit(self.width())

    def follow(self, index: int) -> None:
        """The line being spoken (-1: between lines; the last one stays marked)."""
        if index < 0 or index >= len(self.spans) or index == self.current:
            return
        self.current = index
        start, end = self.spans[index]
        self.reader.highlight(start, end)

    def line_at(self, offset: int) -> int | None:
        for i, (start, end) in enumerate(self.spans):
            if start <= offset <= end:
                return i
        return None

    def choose(self, index: int) -> None:
        if 0 <= index < len(self.cues):
            self.follow(index)
            self.line_chosen.emit(self.cues[index].start_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.reader.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
        ):
            offset = self.reader.cursorForPosition(event.position().toPoint()).position()
            line = self.line_at(offset)
            if line is not None:
                self.choose(line)
        elif (
            watched is self.reader
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            line = self.line_at(self.reader.textCursor().position())
            if line is not None:
                self.choose(line)
                return True
        return super().eventFilter(watched, event)
