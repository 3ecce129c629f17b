"""Two big switches on the schedule page: remind with the window closed; start at login."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.ui.toggle import Toggle
from app.ui.widgets import heading


class ReminderOptions(QWidget):
    def __init__(
        self,
        keep_running: bool,
        autostart: bool,
        set_keep_running: Callable[[bool], None],
        set_autostart: Callable[[bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 16, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(heading(self.tr("Reminders"), "heading"), 0, 0, 1, 2)
        note = QLabel(
            self.tr(
                "Reminders come 30 and 5 minutes before each class, in large letters and "
                "spoken aloud. So that you do not miss one, Silver Classroom can keep "
                "running when you close its window, and start when you log in."
            )
        )
        note.setWordWrap(True)
        grid.addWidget(note, 1, 0, 1, 2)
        self.keep_running = Toggle(
            self.tr("Keep reminding me when the window is closed"),
            checked=keep_running,
            description=self.tr("Silver Classroom stays by the clock and reminds you of classes"),
        )
        self.autostart = Toggle(
            self.tr("Start Silver Classroom when I log in"),
            checked=autostart,
            description=self.tr("Silver Classroom opens by itself when the computer starts"),
        )
        self.keep_running.toggled.connect(set_keep_running)
        self.autostart.toggled.connect(set_autostart)
        grid.addWidget(self.keep_running, 2, 0, 1, 2)  # one per row: long labels never clip
        grid.addWidget(self.autostart, 3, 0, 1, 2)
