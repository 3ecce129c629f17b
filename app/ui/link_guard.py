"""External links ask first: an in-page question, never a jump to the browser.

A senior who follows a link by accident must not find themselves in a browser
window; the question names the address and offers to stay (docs/requirements.md#accessibility).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.widgets import BigButton


class LinkGuard(QFrame):
    """Hidden until ``ask(url)``; opens ``url`` only when the person presses "Open"."""

    def __init__(
        self,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self._open_url = open_url
        self._url = QUrl()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.question = QLabel()
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        row = QHBoxLayout()
        self.open_button = BigButton(
            self.tr("Open in the web browser"),
            main=True,
            description=self.tr("Leave Silver Classroom and show this page in the web browser"),
        )
        self.stay_button = BigButton(
            self.tr("Stay here"), description=self.tr("Do not open the link")
        )
        self.open_button.activated.connect(self._open)
        self.stay_button.activated.connect(self._stay)
        row.addWidget(self.open_button)
        row.addWidget(self.stay_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.setVisible(False)

    def ask(self, url: QUrl) -> None:
        """Show the question for ``url`` (web and mail addresses only; others are ignored)."""
        if url.scheme() not in ("http", "https", "mailto"):
            return
        self._url = url
        text = self.tr("This link opens your web browser and leaves the lesson: {address}")
        self.question.setText(text.format(address=url.toDisplayString()))
        self.setAccessibleName(self.question.text())
        self.setVisible(True)
        self.stay_button.setFocus()

    def _open(self) -> None:
        if not self._url.isEmpty():
            self._open_url(self._url)
        self._stay()

    def _stay(self) -> None:
        self._url = QUrl()
        self.setVisible(False)
