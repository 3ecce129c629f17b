"""A responsive grid of tiles: as many columns as fit, never horizontal scrolling."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class TileGrid(QWidget):
    """Tiles are at least ``min_tile_em`` characters wide, so bigger text means fewer columns.

    ``fit_widest=True`` also keeps columns as wide as the widest item needs (rows of
    buttons, whose labels cannot wrap).
    """

    def __init__(
        self,
        min_tile_em: float = 15,
        parent: QWidget | None = None,
        *,
        max_columns: int = 3,
        fit_widest: bool = False,
    ) -> None:
        super().__init__(parent)
        self._min_em = min_tile_em
        self._max_columns = max_columns
        self._fit_widest = fit_widest
        self._tiles: list[QWidget] = []
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(16)
        self._columns = 0

    def add(self, tile: QWidget) -> None:
        self._tiles.append(tile)
        self._relayout(force=True)

    def tiles(self) -> list[QWidget]:
        return list(self._tiles)

    def _min_px(self) -> int:
        by_em = int(QFontMetrics(self.font()).horizontalAdvance("永") * self._min_em)
        if not self._fit_widest or not self._tiles:
            return by_em
        return max(by_em, *(tile.sizeHint().width() for tile in self._tiles))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self, force: bool = False) -> None:
        columns = max(1, min(self._max_columns, (self.width() + 16) // (self._min_px() + 16)))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for tile in self._tiles:
            self._layout.removeWidget(tile)
        for i, tile in enumerate(self._tiles):
            self._layout.addWidget(tile, i // columns, i % columns)
        for c in range(self._max_columns):
            self._layout.setColumnStretch(c, 1 if c < columns else 0)
