""" "Share my learning record with the platform?": asked once, right after signing in.

An in-page question (never a pop-up). The answer is saved in the learner's settings
(``share_record``; ``share_record_asked`` so it is not asked again); a caregiver can
change it later on the settings page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.widgets import BigButton


class ShareQuestion(QWidget):
    def __init__(
        self,
        asked: Callable[[], bool],
        answer: Callable[[Mapping[str, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        """``asked()``: was it asked before; ``answer(changes)`` saves the settings."""
        super().__init__(parent)
        self._asked = asked
        self._answer = answer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(
            self.tr(
                "Share my learning record with the platform? It tells the platform which "
                "lessons you studied and for how long, for your lifelong-learning record."
            )
        )
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.yes_button = BigButton(
            self.tr("Yes, share it"),
            main=True,
            description=self.tr("Send my learning record to the platform"),
        )
        self.no_button = BigButton(
            self.tr("No, keep it here"),
            description=self.tr("Keep my learning record only on this computer"),
        )
        self.yes_button.activated.connect(lambda: self._choose(True))
        self.no_button.activated.connect(lambda: self._choose(False))
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.done_label = QLabel("")
        self.done_label.setWordWrap(True)
        layout.addWidget(self.done_label)
        self.yes_button.hide()
        self.no_button.hide()
        self.label.hide()
        self.done_label.hide()

    def ask(self) -> None:
        """After a sign-in: show the question, unless it was answered before."""
        if self._asked():
            return
        for widget in (self.label, self.yes_button, self.no_button):
            widget.show()
        self.yes_button.setFocus()

    def _choose(self, share: bool) -> None:
        self._answer({"share_record": share, "share_record_asked": True})
        for widget in (self.label, self.yes_button, self.no_button):
            widget.hide()
        shared = self.tr(
            "Thank you. Your learning record will be shared. "
            "A caregiver can change this in Settings."
        )
        kept = self.tr(
            "Thank you. Your learning record stays on this computer. "
            "A caregiver can change this in Settings."
        )
        self.done_label.setText(shared if share else kept)
        self.done_label.show()
