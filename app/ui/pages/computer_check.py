""" "Check this computer": the results of ``admin check`` in large text, each problem with
what to do about it, for the caregiver (opened from the caregiver's part of Settings).

The checks themselves are ``app.cli.admin_check.check_items`` (Qt-free), so the window and
the command line a helper runs always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui.pages.base import Page
from app.ui.widgets import BigButton, heading

CTX = "ComputerCheck"

# What to do when a check fails, by the check's key (admin check's ``Item.key``).
ADVICE: dict[str, str] = {
    "data_dir": QT_TRANSLATE_NOOP(
        "ComputerCheck",
        "Ask a helper to free some disk space, or to let this account write in the data "
        "folder shown above.",
    ),
    "databases": QT_TRANSLATE_NOOP(
        "ComputerCheck",
        "Close Silver Classroom and open it again: a damaged file is put aside and the newest "
        "backup is used. If this stays, ask a helper.",
    ),
    "speech": QT_TRANSLATE_NOOP(
        "ComputerCheck",
        "Lessons can still be read on screen. To hear them, ask a helper to install the "
        "espeak-ng speech program with its Mandarin voice.",
    ),
    "audio": QT_TRANSLATE_NOOP(
        "ComputerCheck",
        "Plug in speakers or headphones, turn them on and up, then press “Check again”.",
    ),
    "fonts": QT_TRANSLATE_NOOP(
        "ComputerCheck",
        "Chinese text may show as empty boxes. Ask a helper to install a Chinese font "
        "(for example Noto Sans CJK).",
    ),
    "keyring": QT_TRANSLATE_NOOP(
        "ComputerCheck",
        "Signing in to the lesson service works, but you will be asked to sign in again each "
        "time. A helper can set up the computer's password store.",
    ),
    "policy": QT_TRANSLATE_NOOP(
        "ComputerCheck",
        "Ask the classroom's computer helper to look at the classroom settings file.",
    ),
}
OTHER = QT_TRANSLATE_NOOP("ComputerCheck", "Ask a helper to look at this.")


class CheckItem(Protocol):
    """One result of admin check (``app.cli.admin_check.Item``)."""

    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def ok(self) -> bool: ...
    @property
    def detail(self) -> str: ...
    @property
    def fix(self) -> str: ...


def advice(key: str) -> str:
    """What to do when the check ``key`` failed, in the app's language."""
    return QCoreApplication.translate(CTX, ADVICE.get(key, OTHER))


class ComputerCheckPage(Page):
    """``check_again``: run the checks again (the window rebuilds the page)."""

    check_again = Signal()

    def __init__(
        self, run_checks: Callable[[], Sequence[CheckItem]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        items = list(run_checks())
        problems = [item for item in items if not item.ok]
        self.column.addWidget(heading(self.title()))
        summary = (
            self.tr("Everything is ready.")
            if not problems
            else self.tr("Some things need attention. Each one says what to do.")
        )
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(summary)
        self.column.addWidget(self.summary)
        self.again_button = BigButton(
            self.tr("Check again"),
            main=True,
            description=self.tr("Run every check again, after something was fixed"),
        )
        self.again_button.activated.connect(self.check_again)
        self.column.addWidget(self.again_button)
        self.rows: list[QFrame] = []
        for item in problems + [item for item in items if item.ok]:  # problems first
            self.rows.append(self._row(item))
            self.column.addWidget(self.rows[-1])
        self.column.addStretch(1)

    def _row(self, item: CheckItem) -> QFrame:
        row = QFrame()
        row.setObjectName("Banner" if not item.ok else "")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(16, 12, 16, 12)
        state = self.tr("Ready") if item.ok else self.tr("Needs attention")
        title = self.tr("{check}: {state}").format(check=item.label, state=state)
        layout.addWidget(heading(title, "heading"))
        fix = item.fix or advice(item.key)  # admin check's own advice first
        texts = [item.detail] + ([] if item.ok else [self.tr("What to do: ") + fix])
        for text in texts:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setAccessibleName(text)
            layout.addWidget(label)
        row.setAccessibleName(title)
        return row

    def title(self) -> str:
        return self.tr("Check this computer")

    def help_text(self) -> str:
        return self.tr(
            "This screen checks whether this computer can run Silver Classroom well: saving, "
            "reading aloud, sound, Chinese letters and signing in. Anything that needs "
            "attention comes first, with what to do."
        )

    def first_focus(self) -> QWidget | None:
        return self.again_button
