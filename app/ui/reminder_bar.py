"""The large in-window reminder: the sentence in big type, snooze and dismiss buttons.

It sits above every page (the window inserts it under the navigation bar), so a
reminder is seen whatever the learner is doing; it is not a pop-up window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.reminders.scheduler import DueReminder, ReminderScheduler
from app.ui.widgets import BigButton


class ReminderBar(QFrame):
    def __init__(
        self,
        scheduler: ReminderScheduler,
        open_link: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self._scheduler = scheduler
        self._open_link = open_link
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        self.label = QLabel()
        self.label.setProperty("role", "title")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.join_button = BigButton(
            self.tr("Join class"),
            main=True,
            description=self.tr("Open the online class in your web browser"),
        )
        self.snooze5 = BigButton(
            self.tr("Remind me in 5 minutes"),
            description=self.tr("Hide this reminder and show it again in 5 minutes"),
        )
        self.snooze10 = BigButton(
            self.tr("Remind me in 10 minutes"),
            description=self.tr("Hide this reminder and show it again in 10 minutes"),
        )
        # Not Ctrl+D: on a lesson page that keeps a bookmark. One key, one action.
        self.dismiss_button = BigButton(
            self.tr("OK, got it"),
            main=True,
            shortcut="Alt+O",
            description=self.tr("Close this reminder; it will not come back"),
        )
        self.join_button.activated.connect(self._join)
        self.snooze5.activated.connect(lambda: self._snooze(5))
        self.snooze10.activated.connect(lambda: self._snooze(10))
        self.dismiss_button.activated.connect(self._dismiss)
        for button in (self.join_button, self.snooze5, self.snooze10, self.dismiss_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        scheduler.listeners.append(lambda _r: self.refresh())
        self.refresh()

    @property
    def current(self) -> DueReminder | None:
        return self._scheduler.active[0] if self._scheduler.active else None

    def refresh(self) -> None:
        reminder = self.current
        self.setVisible(reminder is not None)
        if reminder is None:
            return
        self.label.setText(reminder.text)
        self.setAccessibleName(reminder.text)
        self.join_button.setVisible(bool(reminder.entry.link))
        self.dismiss_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _snooze(self, minutes: int) -> None:
        self._scheduler.snooze(minutes)
        self.refresh()

    def _dismiss(self) -> None:
        self._scheduler.dismiss()
        self.refresh()

    def _join(self) -> None:
        # Pressing "Join class" on the reminder is the confirmation: it names the class.
        reminder = self.current
        if reminder is not None:
            self._open_link(reminder.entry.link)
            self._dismiss()
