"""Catalog: the courses of one section as large tiles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.core.models import Catalog
from app.core.sections import TOPICS, section
from app.ui.pages.base import Page
from app.ui.pages.grid import TileGrid
from app.ui.widgets import Tile, heading


class CatalogPage(Page):
    def __init__(
        self, catalog: Catalog, section_id: str, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        info = section(section_id)
        self._name = QCoreApplication.translate("Sections", info.name) if info else section_id
        self.column.addWidget(heading(self._name))
        courses = catalog.in_section(section_id)
        self.grid = TileGrid()
        for course in courses:
            topics = " · ".join(
                QCoreApplication.translate("Sections", TOPICS[t])
                for t in course.topics
                if t in TOPICS
            )
            tile = Tile(
                course.title_in(lang),
                course.description_in(lang),
                " · ".join(
                    p for p in (topics, self.tr("%n lesson(s)", "", len(course.lessons))) if p
                ),
            )
            tile.activated.connect(lambda cid=course.id: self.navigate.emit(f"course:{cid}"))
            self.grid.add(tile)
        self.column.addWidget(self.grid)
        if not courses:
            empty = QLabel(
                self.tr(
                    "There are no courses in this section yet. "
                    "When the computer is online, press “Update lessons” to fetch them."
                )
            )
            empty.setWordWrap(True)
            self.column.addWidget(empty)
        self.column.addStretch(1)

    def title(self) -> str:
        return self._name

    def help_text(self) -> str:
        return self.tr(
            "This screen lists the courses of one section. Each large card is a course. "
            "Press Tab to move between them and Enter to open one."
        )

    def first_focus(self) -> QWidget | None:
        tiles = self.grid.tiles()
        return tiles[0] if tiles else None
