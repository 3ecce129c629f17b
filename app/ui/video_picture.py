"""The picture of a video: the newest frame of a ``QVideoSink``, letterboxed on black.

Drawn by the widget itself rather than a ``QVideoWidget``, so it works the same on every
platform plugin (also offscreen, where the tests run) and counts the frames it showed,
which the player uses to notice a damaged piece of a stream.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.speech.qt_media import QVideoSink, for_media_threads


def clock(ms: int) -> str:
    """ "1:05" or "1:02:05": how long, the way a person reads it."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class VideoPicture(QWidget):
    """Draws the newest frame of a ``QVideoSink``, letterboxed on black."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sink = for_media_threads(QVideoSink(self))
        self.image = QImage()
        self.frames = 0
        self.sink.videoFrameChanged.connect(self._frame)
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self.image = frame.toImage()
            self.frames += 1
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self.image.isNull():
            size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (self.width() - size.width()) / 2
            y = (self.height() - size.height()) / 2
            target = QRectF(x, y, size.width(), size.height())
            painter.drawImage(target, self.image)
        painter.end()
