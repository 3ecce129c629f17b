"""This week's study minutes as a bar chart, drawn with the theme's text colour.

The bars and labels use the theme's text colour on its background (≥ 7:1 in every theme,
checked by the theme tests); the focus ring uses the theme's focus colour. The numbers are
in the accessible description too, so a screen reader reads the same week.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from app.core.learning_record import WeekBar
from app.ui.style import Look

BAR_AREA_LINES = 6  # the tallest bar is this many text lines high


class WeekChart(QFrame):
    """Seven labelled bars; ``labels[i]`` names day ``i``, ``values[i]`` is said above it."""

    def __init__(
        self,
        bars: tuple[WeekBar, ...],
        labels: list[str],
        values: list[str],
        look: Look,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._bars = bars
        self._labels = labels
        self._values = values
        self._look = look
        self._font = QFont(self.font())
        self._font.setPointSizeF(look.chrome_pt)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader user can land here
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        line = self._line()
        self.setMinimumHeight(int(line * (BAR_AREA_LINES + 3)))
        self.setMinimumWidth(int(7 * self._widest() * 1.2))

    def _line(self) -> float:
        """One line of the chart's text, in pixels."""
        return QFontMetricsF(self._font).height()

    def _widest(self) -> float:
        metrics = QFontMetricsF(self._font)
        return max(metrics.horizontalAdvance(t) for t in [*self._labels, *self._values, "0000"])

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self._look.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.background))
        painter.setFont(self._font)
        ink = QColor(theme.text)
        line = self._line()
        column = self.width() / 7
        top = line * 1.2  # room for the number above the tallest bar
        base = self.height() - line * 1.5  # the day names sit under this line
        tallest = max((bar.minutes for bar in self._bars), default=0) or 1
        painter.setPen(QPen(ink, 2))
        painter.drawLine(int(column * 0.1), int(base), int(self.width() - column * 0.1), int(base))
        for i, bar in enumerate(self._bars):
            x = column * i
            height = (base - top - line * 0.3) * bar.minutes / tallest
            if bar.minutes:
                painter.fillRect(QRectF(x + column * 0.2, base - height, column * 0.6, height), ink)
            painter.setPen(ink)
            painter.drawText(
                QRectF(x, base - height - line * 1.1, column, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                self._values[i],
            )
            painter.drawText(
                QRectF(x, base + line * 0.2, column, line * 1.2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self._labels[i],
            )
        if self.hasFocus():
            painter.setPen(QPen(QColor(theme.focus), 4))
            painter.drawRect(self.rect().adjusted(2, 2, -2, -2))
        painter.end()
