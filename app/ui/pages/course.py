"""Course: its lessons in order, each a large row."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.core.models import Course
from app.ui.pages.base import Page
from app.ui.widgets import BigButton, Tile, heading


class CoursePage(Page):
    """Emits ``certificate_requested`` ("Print my certificate", shown once the course is done)."""

    certificate_requested = Signal()

    def __init__(
        self,
        course: Course,
        lang: str,
        marks: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        save_offline: QWidget | None = None,
        certificate: bool = False,
    ) -> None:
        """``marks``: lesson id → "done" or "started" (from the learner's progress);
        ``save_offline``: the "Save for offline" bar of a platform course, under its text."""
        super().__init__(parent)
        marks = marks or {}
        self._title = course.title_in(lang)
        self.column.addWidget(heading(self._title))
        about = QLabel(course.description_in(lang))
        about.setWordWrap(True)
        self.column.addWidget(about)
        self.save_offline_bar = save_offline
        if save_offline is not None:
            self.column.addWidget(save_offline)
        done = sum(1 for lesson in course.lessons if marks.get(lesson.id) == "done")
        self.done_label = QLabel(
            self.tr("You have finished {done} of %n lesson(s).", "", len(course.lessons)).format(
                done=done
            )
        )
        self.done_label.setProperty("role", "muted")
        self.column.addWidget(self.done_label)
        self.certificate_button: BigButton | None = None
        if certificate:
            self.certificate_button = BigButton(
                self.tr("Print my certificate"),
                description=self.tr("Print a certificate that you completed this course"),
            )
            self.certificate_button.activated.connect(self.certificate_requested)
            self.column.addWidget(self.certificate_button)
        self.lesson_tiles: list[Tile] = []
        for lesson in course.lessons:
            mark = {"done": self.tr("✓ Done"), "started": self.tr("◐ Started")}.get(
                marks.get(lesson.id, ""), ""
            )
            tile = Tile(
                self.tr("Lesson {n}: {title}").format(n=lesson.order, title=lesson.title_in(lang)),
                self.tr("About %n minute(s) of reading", "", lesson.minutes),
                mark,
            )
            tile.activated.connect(lambda lid=lesson.id: self.navigate.emit(f"lesson:{lid}"))
            self.lesson_tiles.append(tile)
            self.column.addWidget(tile)
        self.column.addStretch(1)

    def title(self) -> str:
        return self._title

    def help_text(self) -> str:
        return self.tr(
            "This screen shows the lessons of one course, in order. A tick means you "
            "finished that lesson. Press Enter on a lesson to read it."
        )

    def first_focus(self) -> QWidget | None:
        return self.lesson_tiles[0] if self.lesson_tiles else None
