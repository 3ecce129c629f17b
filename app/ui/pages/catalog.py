"""Catalog: the courses of one section as large tiles."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.core.models import Catalog
from app.core.sections import TOPICS, section
from app.ui.pages.base import Page
from app.ui.pages.grid import TileGrid
from app.ui.platform_controller import PlatformController
from app.ui.platform_widgets import UpdateBar
from app.ui.widgets import BigButton, Tile, heading

MAX_TILES = 60  # cards on screen at once; the search box finds the rest


class CatalogPage(Page):
    def __init__(
        self,
        catalog: Catalog,
        section_id: str,
        lang: str,
        parent: QWidget | None = None,
        *,
        search: Callable[[str], list[str]] | None = None,
        controller: PlatformController | None = None,
        installer: QWidget | None = None,
    ) -> None:
        """``search(text)`` → matching course ids (best first); ``controller`` runs updates;
        ``installer`` ("Install a course pack") goes after the courses."""
        super().__init__(parent)
        info = section(section_id)
        self._search = search
        self._name = QCoreApplication.translate("Sections", info.name) if info else section_id
        self.column.addWidget(heading(self._name))
        self.update_bar: UpdateBar | None = None
        if controller is not None:
            self.update_bar = UpdateBar(controller)
            self.column.addWidget(self.update_bar)
        self.search_box = QLineEdit()
        self.search_box.setAccessibleName(self.tr("Search courses and lessons"))
        self.search_box.setPlaceholderText(self.tr("Search: type a word, e.g. 书法 or shufa"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.filter)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        self.sign_in_button = BigButton(
            self.tr("Sign in"), description=self.tr("Sign in to the lesson platform")
        )
        self.sign_in_button.activated.connect(lambda: self.navigate.emit("signin"))
        search_row.addWidget(self.sign_in_button)
        self.column.addLayout(search_row)
        self.search_box.setVisible(search is not None)
        self.no_match = QLabel(self.tr("No course matches these words. Try fewer or other words."))
        self.no_match.setWordWrap(True)
        self.no_match.setVisible(False)
        self.column.addWidget(self.no_match)
        courses = catalog.in_section(section_id)
        self._lang = lang
        self._courses = {course.id: course for course in courses}
        self.course_tiles: dict[str, Tile] = {}  # made when first shown
        self.grid = TileGrid()
        self.more_label = QLabel()
        self.more_label.setWordWrap(True)
        self.more_label.setProperty("role", "muted")
        for course_id in list(self._courses)[:MAX_TILES]:
            self.grid.add(self._tile(course_id))
        self.column.addWidget(self.grid)
        self.column.addWidget(self.more_label)
        self._show_more_note(len(courses))
        if not courses:
            empty = QLabel(
                self.tr(
                    "There are no courses in this section yet. "
                    "When the computer is online, press “Update lessons” to fetch them."
                )
            )
            empty.setWordWrap(True)
            self.column.addWidget(empty)
        if installer is not None:
            self.column.addWidget(installer)
        self.column.addStretch(1)

    def _tile(self, course_id: str) -> Tile:
        tile = self.course_tiles.get(course_id)
        if tile is not None:
            return tile
        course = self._courses[course_id]
        topics = " · ".join(
            QCoreApplication.translate("Sections", TOPICS[t]) for t in course.topics if t in TOPICS
        )
        count = self.tr("%n lesson(s)", "", len(course.lessons))
        tile = Tile(
            course.title_in(self._lang),
            course.description_in(self._lang),
            " · ".join(p for p in (topics, count) if p),
        )
        tile.activated.connect(lambda cid=course.id: self.navigate.emit(f"course:{cid}"))
        self.course_tiles[course_id] = tile
        return tile

    def _show_more_note(self, matching: int) -> None:
        self.more_label.setText(
            self.tr(
                "Showing {shown} of %n course(s). Type in the search box to find others.",
                "",
                matching,
            ).format(shown=MAX_TILES)
            if matching > MAX_TILES
            else ""
        )
        self.more_label.setVisible(matching > MAX_TILES)

    def filter(self, text: str) -> None:
        """Show only the courses matching ``text`` (all of them when it is empty), best
        first; at most ``MAX_TILES`` cards, so even 10,000 courses stay quick."""
        text = text.strip()
        if text and self._search is not None:
            order = [cid for cid in self._search(text) if cid in self._courses]
        else:
            order = list(self._courses)
        shown = order[:MAX_TILES]
        # a fresh grid of the matches, best first, so no gaps are left where others were
        grid = TileGrid()
        for course_id, tile in self.course_tiles.items():
            if course_id not in shown:  # keep it alive, out of sight, for the next keystroke
                tile.setParent(self)
                tile.hide()
        for course_id in shown:
            grid.add(self._tile(course_id))
            self.course_tiles[course_id].show()
        self.column.replaceWidget(self.grid, grid)
        self.grid.deleteLater()
        self.grid = grid
        self._show_more_note(len(order))
        self.no_match.setVisible(bool(text) and not order)

    def visible_course_ids(self) -> list[str]:
        ids = {id(tile): cid for cid, tile in self.course_tiles.items()}
        return [ids[id(tile)] for tile in self.grid.tiles()]

    def title(self) -> str:
        return self._name

    def help_text(self) -> str:
        return self.tr(
            "This screen lists the courses of one section. Each large card is a course. "
            "Press Tab to move between them and Enter to open one."
        )

    def first_focus(self) -> QWidget | None:
        if self._search is not None:
            return self.search_box
        tiles = self.grid.tiles()
        return tiles[0] if tiles else None
