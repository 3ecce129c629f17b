"""The reader's "Bookmark this" and "Mark as done" buttons, the note row, and the
bookkeeping of where the learner is (saved when the lesson page closes).

"The current sentence" is, in this order: the sentence being read aloud (the
reader's highlight), the one at the text cursor when the cursor is on screen,
else the first one at the top of the visible text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.lesson_text import LessonView
from app.core.sentences import Sentence, sentence_at
from app.services.reading import ReadingPlaces
from app.services.store.bookmarks_repo import NOTE_MAX_CHARS, Bookmark
from app.ui.flow_layout import FlowLayout
from app.ui.reader_view import ReaderView
from app.ui.widgets import BigButton

SAVE_AFTER_MS = 3000


class NoteRow(QWidget):
    """Shown after a bookmark is made: what was bookmarked, and an optional short note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)  # stacked: it lives in the reader's narrow side column
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX_CHARS)
        self.note.setMinimumHeight(44)
        self.note.setPlaceholderText(self.tr("A short note (you can leave this empty)"))
        self.note.setAccessibleName(self.tr("Note for this bookmark"))
        self.save = BigButton(
            self.tr("Save note"), description=self.tr("Keep this note with the bookmark")
        )
        layout.addWidget(self.label)
        layout.addWidget(self.note)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()


class BookmarkBar(QWidget):
    """Buttons for the reader's tool row; ``note_row`` goes on its own row below."""

    def __init__(
        self,
        view: LessonView,
        reader: ReaderView,
        places: ReadingPlaces,
        start: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``start``: open at the sentence at this offset, else where the learner stopped."""
        super().__init__(parent)
        self._view = view
        self._reader = reader
        self._places = places
        self._sentences = places.sentences(view)
        self._reached_end = False
        self._landed = False  # the landing is scheduled
        self._did_land = False  # the landing happened
        self._landing = False
        self.last_bookmark: Bookmark | None = None
        self.resumed: Sentence | None = None  # where the learner stopped, when reopened
        if start is None:
            found = places.resume_at(view)
            # Stopped at the very first sentence: the lesson opens there anyway, and an
            # offer to "continue" from its title would only take rows from the text.
            on = found is not None and found.sentence.index > 0
            self.resumed = found.sentence if found is not None and on else None
            start = found.sentence.start if found is not None else None
        self._start = start

        layout = FlowLayout(self)
        self.bookmark_button = BigButton(
            self.tr("★ Bookmark this"),
            main=True,
            shortcut="Ctrl+D",
            description=self.tr("Keep a bookmark at the sentence you are reading"),
        )
        self.done_button = BigButton(
            self.tr("✓ Mark as done"), description=self.tr("Mark this lesson as finished")
        )
        layout.addWidget(self.bookmark_button)
        layout.addWidget(self.done_button)
        self.note_row = NoteRow()
        self.bookmark_button.activated.connect(self.bookmark_here)
        self.done_button.activated.connect(self.mark_done)
        self.note_row.save.activated.connect(self.save_note)
        self.note_row.note.returnPressed.connect(self.save_note)
        if places.is_done(view.lesson_id):
            self._show_done()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.save_position)
        reader.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._land_timer = QTimer(self)
        self._land_timer.setSingleShot(True)
        self._land_timer.setInterval(0)
        self._land_timer.timeout.connect(self._land_at_start)

    # -- where the learner is
    def current_sentence(self) -> Sentence | None:
        if not self._sentences:
            return None
        if self._reader.spoken_range is not None:
            return sentence_at(self._sentences, self._reader.spoken_range[0])
        cursor_rect = self._reader.cursorRect()
        if self._reader.viewport().rect().intersects(cursor_rect):
            return sentence_at(self._sentences, self._reader.textCursor().position())
        top = self._reader.cursorForPosition(QPoint(8, 8)).position()
        return sentence_at(self._sentences, top)

    def place(self) -> Sentence | None:
        """The sentence to remember as the learner's place."""
        if self._start is not None and not self._did_land:
            # Closed before it was even shown: keep the place it was opened at.
            return sentence_at(self._sentences, self._start)
        return self.current_sentence()

    def land(self, start: int) -> None:
        """Show the sentence at ``start`` at the top of the reader, selected."""
        sentence = sentence_at(self._sentences, start)
        if sentence is None:
            return
        cursor = QTextCursor(self._reader.document())
        cursor.setPosition(sentence.end)
        cursor.setPosition(sentence.start, QTextCursor.MoveMode.KeepAnchor)
        self._landing = True
        try:
            self._reader.setTextCursor(cursor)
            bar = self._reader.verticalScrollBar()
            bar.setValue(bar.value() + self._reader.cursorRect().top() - 12)
        finally:
            self._landing = False
        self._did_land = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._landed and self._start is not None:
            self._landed = True
            # After the reader has its final width (and so its final line breaks).
            # A child timer and a bound method: it dies with the bar, and nothing holds a
            # bar that was left before the timer fired (a singleShot lambda leaked it).
            self._land_timer.start()

    def _land_at_start(self) -> None:
        self.land(self._start or 0)

    def _on_scrolled(self, value: int) -> None:
        if self._landing:
            return  # our own scroll to the saved place is not reading
        bar = self._reader.verticalScrollBar()
        if bar.maximum() > 0 and value >= bar.maximum() and not self._reached_end:
            self._reached_end = True
            self.save_position()  # finished: other pages show it at once
            return
        # Save a little after reading pauses, so a power cut loses at most a few seconds.
        self._save_timer.start()

    def save_position(self) -> None:
        """Remember the current sentence; reaching the end finishes the lesson."""
        self._save_timer.stop()
        sentence = self.place()
        if sentence is None:
            return
        finished = self._reached_end or (
            self._reader.spoken_range is not None and sentence.index == len(self._sentences) - 1
        )
        self._places.save_position(self._view, sentence, finished=finished)

    def leave(self) -> None:
        """The page closes: save the place, and keep no sentences of this lesson."""
        self.save_position()
        self._places.forget()

    # -- actions
    def bookmark_here(self) -> None:
        sentence = self.current_sentence()
        if sentence is None:
            return
        self.last_bookmark = self._places.add_bookmark(self._view, sentence)
        quote = sentence.text if len(sentence.text) <= 40 else sentence.text[:38] + "…"
        self.note_row.label.setText(self.tr("★ Bookmarked: “{quote}”").format(quote=quote))
        self.note_row.label.setAccessibleName(self.note_row.label.text())
        self.note_row.note.clear()
        self.note_row.note.setEnabled(True)
        self.note_row.save.setEnabled(True)
        self.note_row.show()
        self.note_row.note.setFocus()

    def save_note(self) -> None:
        if self.last_bookmark is None:
            return
        self._places.set_note(self.last_bookmark.id, self.note_row.note.text())
        text = self.note_row.note.text().strip()
        self.note_row.label.setText(
            self.tr("★ Bookmark and note saved.") if text else self.tr("★ Bookmark saved.")
        )
        self.note_row.note.setEnabled(False)
        self.note_row.save.setEnabled(False)
        self._reader.setFocus()

    def mark_done(self) -> None:
        self._places.mark_done(self._view)
        self._show_done()

    def _show_done(self) -> None:
        self.done_button.set_label(self.tr("✓ Lesson done"))
        self.done_button.setEnabled(False)


class TextPlaces:
    """Bookmarks and resume for a text made from a material (a video's transcript, a
    handout's large text): the same ``BookmarkBar`` and note row as a text lesson, kept by
    the text's own id (``app/core/text_ids.py``). Its place is saved only once the learner
    has seen the text (a transcript made in the background is not a place)."""

    def __init__(
        self,
        view: LessonView,
        reader: ReaderView,
        places: ReadingPlaces | None,
        start: int | None = None,
    ) -> None:
        self.bar = BookmarkBar(view, reader, places, start) if places is not None else None
        self._seen = False

    def add_to(self, column: QVBoxLayout) -> BookmarkBar | None:
        if self.bar is not None:
            column.addWidget(self.bar)
            column.addWidget(self.bar.note_row)
        return self.bar

    def shown(self) -> None:
        self._seen = True

    def leave(self) -> None:
        if self.bar is not None and self._seen:
            self.bar.save_position()
