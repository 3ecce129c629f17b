"""The calm message shown above the page after something unexpected went wrong.

Large text, in the learner's language, no stack trace: what happened, that their
bookmarks and progress are safe, that they can carry on, and a button that copies the
details for whoever helps them (the same text is in the log file).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.widgets import BigButton, heading


class CrashNotice(QFrame):
    """Hidden until ``show_problem(details)``; "Close this message" hides it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.details = ""
        self.log_path = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        self.title = heading("")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.copied = QLabel()
        self.copied.setWordWrap(True)
        self.copy_button = BigButton("")
        self.close_button = BigButton("", main=True)
        self.copy_button.activated.connect(self.copy_details)
        self.close_button.activated.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        layout.addWidget(self.copied)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        title = self.tr("Something went wrong. Your bookmarks and progress are safe.")
        self.title.setText(title)
        self.title.setAccessibleName(title)
        body = self.tr(
            "You can carry on where you were. If this happens again, ask a helper and "
            "press “Copy details for a helper”, then paste them into a message to them."
        )
        self.body.setText(body)
        self.body.setAccessibleName(body)
        self.copy_button.set_label(self.tr("Copy details for a helper"))
        self.close_button.set_label(self.tr("Close this message"))
        self.setAccessibleName(title)
        if self.copied.text():
            self._say_copied()

    def show_problem(self, details: str, log_path: str = "") -> None:
        """Show the message (the details are kept for the copy button, never shown)."""
        self.details, self.log_path = details, log_path
        self.copied.setText("")
        self.copied.hide()
        self.show()
        self.close_button.setFocus()

    def copy_details(self) -> None:
        text = self.details
        if self.log_path:
            text = f"{text}\nLog: {self.log_path}\n"
        QGuiApplication.clipboard().setText(text)
        self._say_copied()

    def _say_copied(self) -> None:
        text = self.tr("The details are copied. Paste them into a message to your helper.")
        self.copied.setText(text)
        self.copied.setAccessibleName(text)
        self.copied.show()
