"""Home: the one obvious next step first, then the sections and the silver-age courses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.core.models import Catalog
from app.core.sections import SECTIONS, SILVER_AGE
from app.ui.pages.base import Page
from app.ui.pages.grid import TileGrid
from app.ui.widgets import Tile, heading


@dataclass(frozen=True, slots=True)
class ContinueItem:
    """Where the learner stopped: shown as home's first card."""

    lesson_id: str
    course_title: str
    lesson_title: str


class HomePage(Page):
    def __init__(
        self,
        catalog: Catalog,
        lang: str,
        continue_item: ContinueItem | None,
        today_classes: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
        *,
        sections: Sequence[str] | None = None,
    ) -> None:
        """``sections``: the section ids this machine shows (a classroom policy may allow
        fewer); None shows all six."""
        super().__init__(parent)
        self.column.addWidget(heading(self.tr("Welcome to Silver Classroom")))

        if continue_item is not None:
            self.continue_tile = Tile(
                self.tr("Continue: {course} · {lesson}").format(
                    course=continue_item.course_title, lesson=continue_item.lesson_title
                ),
                self.tr("Open the lesson where you stopped."),
            )
            target = f"lesson:{continue_item.lesson_id}"
        else:
            first = next(iter(catalog.in_section(SILVER_AGE)), None)
            self.continue_tile = Tile(
                self.tr("Start learning"),
                self.tr("Begin with: {course}").format(course=first.title_in(lang))
                if first
                else self.tr("Choose a course below."),
            )
            target = f"course:{first.id}" if first else "catalog"
        self.continue_tile.setObjectName("ContinueTile")
        self.continue_tile.activated.connect(lambda: self.navigate.emit(target))
        self.column.addWidget(self.continue_tile)

        # Today's classes (time + title, place); each opens "My schedule".
        self.column.addWidget(heading(self.tr("Today's classes"), "heading"))
        self.class_tiles = [Tile(title, place) for title, place in today_classes] or [
            Tile(self.tr("No class today"), self.tr("Open my schedule"))
        ]
        for tile in self.class_tiles:
            tile.activated.connect(lambda: self.navigate.emit("schedule"))
            self.column.addWidget(tile)

        self.column.addWidget(heading(self.tr("Silver age courses"), "heading"))
        self.course_grid = TileGrid()
        for course in catalog.in_section(SILVER_AGE):
            tile = Tile(
                course.title_in(lang),
                course.description_in(lang),
                self.tr("%n lesson(s)", "", len(course.lessons)),
            )
            tile.activated.connect(lambda cid=course.id: self.navigate.emit(f"course:{cid}"))
            self.course_grid.add(tile)
        self.column.addWidget(self.course_grid)

        self.column.addWidget(heading(self.tr("All sections"), "heading"))
        self.section_grid = TileGrid(13)
        for section in SECTIONS:
            if sections is not None and section.id not in sections:
                continue
            count = len(catalog.in_section(section.id))
            tile = Tile(
                QCoreApplication.translate("Sections", section.name),
                QCoreApplication.translate("Sections", section.description),
                self.tr("%n course(s)", "", count),
            )
            tile.activated.connect(lambda sid=section.id: self.navigate.emit(f"catalog:{sid}"))
            self.section_grid.add(tile)
        self.column.addWidget(self.section_grid)

        self.bookmarks_tile = Tile(
            self.tr("My bookmarks"), self.tr("The sentences you marked to read again.")
        )
        self.bookmarks_tile.activated.connect(lambda: self.navigate.emit("bookmarks"))
        self.column.addWidget(self.bookmarks_tile)

        self.learning_tile = Tile(
            self.tr("My learning"), self.tr("How much you studied this week, and in all.")
        )
        self.learning_tile.activated.connect(lambda: self.navigate.emit("learning"))
        self.column.addWidget(self.learning_tile)

        self.column.addWidget(heading(self.tr("Settings"), "heading"))
        self.settings_tile = Tile(
            self.tr("Settings"), self.tr("Text size, colours, voice and reading speed.")
        )
        self.settings_tile.setObjectName("SettingsTile")
        self.settings_tile.activated.connect(lambda: self.navigate.emit("settings"))
        self.column.addWidget(self.settings_tile)
        self.column.addStretch(1)

    def title(self) -> str:
        return self.tr("Home")

    def help_text(self) -> str:
        return self.tr(
            "This is the home screen. The first card takes you back to your lesson. "
            "Below it are the courses for older learners, and all six sections of the "
            "platform. Press Tab to move between cards and Enter to open one. "
            "The last card opens the settings."
        )

    def first_focus(self) -> QWidget | None:
        return self.continue_tile
