"""My bookmarks: every bookmarked sentence, by course; open one, or delete it (with undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.reading import BookmarkItem, ReadingPlaces
from app.services.store.bookmarks_repo import Bookmark
from app.ui.pages.base import Page
from app.ui.widgets import Banner, BigButton, Tile, heading


class BookmarkRow(QWidget):
    """One bookmark: a tile that opens the lesson there, and Delete with an in-page question."""

    def __init__(self, item: BookmarkItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        where = self.part_label(item.part)
        details = []
        if item.lesson_title and where:
            details.append(
                self.tr("{lesson} · {where}").format(lesson=item.lesson_title, where=where)
            )
        elif item.lesson_title or where:
            details.append(item.lesson_title or where)
        if item.bookmark.note:
            details.append(self.tr("Your note: {note}").format(note=item.bookmark.note))
        if item.missing:
            details.append(self.tr("This lesson is no longer installed."))
        elif item.unavailable:
            details.append(
                self.tr(
                    "This text is not on this computer right now, so the sentence is shown "
                    "as you bookmarked it. It opens once the computer is connected."
                )
            )
        elif item.moved:
            details.append(
                self.tr(
                    "This lesson has changed; the bookmark now points at the nearest "
                    "sentence. You had bookmarked: “{quote}”"
                ).format(quote=item.bookmark.quote)
            )
        self.tile = Tile(f"“{item.quote}”", "\n".join(details))
        self.tile.setEnabled(not item.missing)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.tile, 1)
        side = QVBoxLayout()
        side.setSpacing(8)
        self.delete_button = BigButton(
            self.tr("Delete"), description=self.tr("Delete this bookmark (you will be asked first)")
        )
        self.question = QLabel(self.tr("Delete this bookmark?"))
        self.question.setWordWrap(True)
        self.confirm_button = BigButton(
            self.tr("Yes, delete"), danger=True, description=self.tr("Delete this bookmark now")
        )
        self.keep_button = BigButton(
            self.tr("No, keep it"), description=self.tr("Keep this bookmark")
        )
        for widget in (self.delete_button, self.question, self.confirm_button, self.keep_button):
            side.addWidget(widget)
        side.addStretch(1)
        layout.addLayout(side)
        self.delete_button.activated.connect(lambda: self.ask(True))
        self.keep_button.activated.connect(lambda: self.ask(False))
        self.ask(False)

    def part_label(self, part: str) -> str:
        """What the bookmark is in, besides the lesson's own text."""
        if part == "handout":
            return self.tr("Handout")
        if part == "video":
            return self.tr("Video text")
        if part == "audio":
            return self.tr("Recording text")
        return ""

    def ask(self, asking: bool) -> None:
        """Show (or hide) the in-page "Delete this bookmark?" question."""
        self.delete_button.setVisible(not asking)
        for widget in (self.question, self.confirm_button, self.keep_button):
            widget.setVisible(asking)
        (self.keep_button if asking else self.delete_button).setFocus()


class BookmarksPage(Page):
    def __init__(self, places: ReadingPlaces, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._places = places
        self._deleted: Bookmark | None = None
        self.column.addWidget(heading(self.tr("My bookmarks")))
        self.undo_banner = Banner()
        self.undo_button = BigButton(
            self.tr("Undo"),
            main=True,
            shortcut="Ctrl+Z",
            description=self.tr("Bring back the bookmark you just deleted"),
        )
        self.undo_button.activated.connect(self.undo)
        banner_layout = self.undo_banner.layout()
        assert banner_layout is not None
        banner_layout.addWidget(self.undo_button)
        self.column.addWidget(self.undo_banner)
        self.list_holder = QVBoxLayout()
        self.list_holder.setSpacing(16)
        self.column.addLayout(self.list_holder)
        self.column.addStretch(1)
        self.rows: list[BookmarkRow] = []
        self.refresh()

    def refresh(self) -> None:
        """(Re)build the list from the store."""
        while self.list_holder.count():
            taken = self.list_holder.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []
        groups = self._places.bookmarks_by_course()
        if not groups:
            empty = QLabel(
                self.tr(
                    "You have no bookmarks yet. In a lesson, press “Bookmark this” to keep "
                    "your place, and you will find it here."
                )
            )
            empty.setWordWrap(True)
            self.list_holder.addWidget(empty)
        for group in groups:
            title = group.course_title or self.tr("Other lessons")
            self.list_holder.addWidget(heading(title, "heading"))
            for item in group.items:
                row = BookmarkRow(item)
                row.tile.activated.connect(lambda key=item.key: self.navigate.emit(key))
                row.confirm_button.activated.connect(lambda bid=item.bookmark.id: self.delete(bid))
                self.rows.append(row)
                self.list_holder.addWidget(row)

    def delete(self, bookmark_id: int) -> None:
        self._deleted = self._places.delete(bookmark_id)
        self.refresh()
        if self._deleted is not None:
            quote = self._deleted.quote
            short = quote if len(quote) <= 30 else quote[:28] + "…"
            self.undo_banner.show_message(
                self.tr("Deleted the bookmark “{quote}”.").format(quote=short)
            )
            self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)
            # The list got shorter: show the Undo message (at the top) once laid out again.
            QTimer.singleShot(0, self._show_undo)

    def _show_undo(self) -> None:
        if self.scroll_area is not None:
            self.scroll_area.verticalScrollBar().setValue(0)

    def undo(self) -> None:
        if self._deleted is None:
            return
        self._places.restore(self._deleted)
        self._deleted = None
        self.undo_banner.show_message("")
        self.refresh()
        if self.rows:
            self.rows[0].tile.setFocus()

    def title(self) -> str:
        return self.tr("My bookmarks")

    def help_text(self) -> str:
        return self.tr(
            "This screen lists your bookmarks, course by course, with the sentence you "
            "marked. Press Enter on a bookmark to open the lesson right there. “Delete” "
            "asks first, and you can undo it."
        )

    def first_focus(self) -> QWidget | None:
        return self.rows[0].tile if self.rows else None
