"""The tray icon: notifications, and keeping reminders alive when the window is closed.

Only when the desktop has a tray does closing the window leave the app running
(``setQuitOnLastWindowClosed(False)``); without a tray, closing quits as usual, so
nobody is left with an invisible app they cannot stop.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget


def app_icon() -> QIcon:
    """A simple round icon with 银 (drawn, so no file is needed)."""
    pix = QPixmap(64, 64)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#0B4F8A"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 60, 60)
    painter.setPen(QColor("#FFFFFF"))
    font = QFont()
    font.setPixelSize(38)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, "银")
    painter.end()
    return QIcon(pix)


class Tray(QObject):
    """A ``Notifier`` on the system tray, with "Open" and "Quit" in its menu."""

    quit_requested = Signal()

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(self.tr("Silver Classroom: class reminders are on"))
        self.menu = QMenu()
        self.open_action = QAction(self.tr("Open Silver Classroom"), self.menu)
        self.quit_action = QAction(self.tr("Quit (no more reminders)"), self.menu)
        self.open_action.triggered.connect(self.show_window)
        self.quit_action.triggered.connect(self.quit_requested.emit)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(lambda _reason: self.show_window())
        self.icon.messageClicked.connect(self.show_window)
        self.icon.show()

    def notify(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 60_000)

    def show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()


class NoNotifier:
    """Where the desktop has no tray: the in-window banner and the voice remain."""

    def notify(self, title: str, text: str) -> None:
        return None


def keep_running_in_tray(qt_app: QApplication, window: QWidget, wanted: bool) -> Tray | None:
    """A tray icon (and the app staying alive when the window closes) if wanted and possible."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = Tray(window, qt_app)
    qt_app.setQuitOnLastWindowClosed(not wanted)
    return tray
