""" "Install a course pack" on the catalog page: a zip from a file or a USB stick.

The pack is checked completely before anything is written (``install_pack``); the learner
sees one plain sentence either way, in the page, never a pop-up they did not ask for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.errors import SilverError
from app.services.packs.archive import InstallResult
from app.ui.widgets import Banner, BigButton

ChoosePack = Callable[[], Path | None]  # e.g. a FileChooser's open_path


class PackInstallBar(QWidget):
    """Emits ``installed(message)`` after a pack was installed or upgraded."""

    installed = Signal(str)

    def __init__(
        self,
        choose: ChoosePack,
        install: Callable[[Path], InstallResult],
        error_text: Callable[[SilverError], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choose = choose
        self._install = install
        self._error_text = error_text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = BigButton(
            self.tr("Install a course pack…"),
            description=self.tr("Add courses from a course pack file, for example on a USB stick"),
        )
        self.button.activated.connect(self.choose_and_install)
        self.banner = Banner()
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.banner)

    def choose_and_install(self) -> None:
        path = self._choose()
        if path is not None:
            self.install_from(path)

    def install_from(self, path: Path) -> None:
        try:
            result = self._install(path)
        except SilverError as exc:
            self.banner.show_message(self._error_text(exc))
            return
        if result.upgraded_from:
            text = self.tr("The course pack was updated: {courses}, {lessons}.")
        else:
            text = self.tr("The course pack was installed: {courses}, {lessons}.")
        message = text.format(
            courses=self.tr("%n course(s)", "", result.courses),
            lessons=self.tr("%n lesson(s)", "", result.lessons),
        )
        self.banner.show_message(message)
        self.installed.emit(message)
