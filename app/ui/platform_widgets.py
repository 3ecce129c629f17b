"""Small platform widgets pages share: the "Update lessons" bar and "Save for offline"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.ui.platform_controller import PlatformController
from app.ui.widgets import Banner, BigButton


class UpdateBar(QWidget):
    """ "Update lessons" with visible progress, and the calm offline notice."""

    def __init__(self, controller: PlatformController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.button = BigButton(
            self.tr("Update lessons"),
            main=True,
            shortcut="F5",
            description=self.tr("Fetch the newest courses from the lesson service"),
        )
        self.button.activated.connect(controller.sync)
        row.addWidget(self.button)
        self.status = QLabel(controller.last_message)
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of the update"))
        self.bar.setVisible(controller.busy)
        layout.addWidget(self.bar)
        self.offline_banner = Banner()
        layout.addWidget(self.offline_banner)
        self._offline(controller.offline)
        self._busy(controller.busy)
        controller.busy_changed.connect(self._busy)
        controller.progress.connect(self._progress)
        controller.message.connect(self.status.setText)
        controller.offline_changed.connect(self._offline)

    def _busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.bar.setVisible(busy)
        if busy:
            self.bar.setRange(0, 0)

    def _progress(self, text: str, done: int, total: int) -> None:
        self.status.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _offline(self, offline: bool) -> None:
        self.offline_banner.show_message(
            self.tr("Showing saved lessons. The lesson service cannot be reached right now.")
            if offline
            else ""
        )


class SaveOfflineBar(QWidget):
    """ "Save for offline" on a platform course page: its progress, and "Stop saving"."""

    def __init__(
        self,
        controller: PlatformController,
        course_id: str,
        saved: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.course_id = course_id
        self.controller = controller
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        self.button = BigButton(
            self.tr("Save for offline"),
            main=True,
            description=self.tr(
                "Keep every lesson of this course on this computer, with its videos and handouts"
            ),
        )
        self.button.activated.connect(lambda: controller.save_course(course_id))
        self.stop_button = BigButton(
            self.tr("Stop saving"),
            description=self.tr("Stop saving this course; what is already saved is kept"),
        )
        self.stop_button.activated.connect(controller.stop_saving)
        said = controller.save_notes.get(course_id, "")
        self.status = QLabel(
            said or (self.tr("This course is saved on this computer.") if saved else "")
        )
        self.status.setWordWrap(True)
        layout.addWidget(self.button)
        layout.addWidget(self.stop_button)
        layout.addWidget(self.status, 1)
        outer.addLayout(layout)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of saving the course"))
        outer.addWidget(self.bar)
        self._saving(controller.saving)
        controller.busy_changed.connect(self._busy)
        controller.saving_changed.connect(self._saving)
        controller.progress.connect(self._progress)
        controller.message.connect(self.status.setText)

    def _busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)

    def _saving(self, saving: bool) -> None:
        self.stop_button.setVisible(saving)
        self.stop_button.setEnabled(saving)
        self.bar.setVisible(saving)
        if saving:
            self.bar.setRange(0, 0)

    def _progress(self, text: str, done: int, total: int) -> None:
        self.status.setText(text)
        if self.controller.saving and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
