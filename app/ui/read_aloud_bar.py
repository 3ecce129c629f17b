"""The read-aloud bar: one big Play button and the few controls a learner needs.

It only shows and asks: every button calls the ``ReadAloud`` controller, and the
bar follows the controller's signals (state, speed, volume, problems).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.i18n import QT_TRANSLATE_NOOP
from app.services.speech.read_aloud import LOADING, PAUSED, PLAYING, ReadAloud
from app.ui.flow_layout import FlowLayout
from app.ui.widgets import Banner, BigButton

VOLUME_STEP = 10
RATE_NAMES = {
    "slow": QT_TRANSLATE_NOOP("ReadAloudBar", "slow"),
    "normal": QT_TRANSLATE_NOOP("ReadAloudBar", "normal"),
    "brisk": QT_TRANSLATE_NOOP("ReadAloudBar", "brisk"),
}


def _group(*widgets: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(12)
    for widget in widgets:
        row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
    return box


def _labelled(label: QWidget, *buttons: QWidget) -> QWidget:
    """A value label above its buttons: narrow enough for the reader's side column."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(6)
    column.addWidget(label)
    column.addWidget(_group(*buttons))
    return box


class ReadAloudBar(QWidget):
    def __init__(self, controller: ReadAloud, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("ReadAloudBar")
        self._announced = False
        self.setAccessibleName(self.tr("Read aloud"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)

        # Why nothing is heard, right under Play where the learner looks (at every size);
        # announced to screen readers, never spoken: there may be nothing to hear it with.
        self.banner = Banner(controller.status_message())

        self.play_button = BigButton(
            self.tr("▶ Read aloud"),
            main=True,
            shortcut="F5",
            description=self.tr("Read the lesson aloud, or pause the reading"),
        )
        self.stop_button = BigButton(
            self.tr("■ Stop"), shortcut="Esc", description=self.tr("Stop reading aloud")
        )
        self.previous_button = BigButton(
            self.tr("◀ Previous"), shortcut="Left", description=self.tr("Go to the sentence before")
        )
        self.next_button = BigButton(
            self.tr("Next ▶"), shortcut="Right", description=self.tr("Go to the next sentence")
        )
        self.repeat_button = BigButton(
            self.tr("↻ Repeat"), shortcut="R", description=self.tr("Hear this sentence again")
        )
        self.slower_button = BigButton(self.tr("Slower"), description=self.tr("Read more slowly"))
        self.speed_label = QLabel()
        self.faster_button = BigButton(
            self.tr("Faster"), description=self.tr("Read a little faster")
        )
        self.quieter_button = BigButton(
            self.tr("Quieter"), description=self.tr("Make the voice quieter")
        )
        self.volume_label = QLabel()
        self.louder_button = BigButton(
            self.tr("Louder"), description=self.tr("Make the voice louder")
        )
        self.test_button = BigButton(
            self.tr("Test sound"), description=self.tr("Hear a short sentence to check the sound")
        )

        # One flowing row of groups: it wraps instead of clipping labels at large sizes,
        # and a control never lands on another line than its label.
        self.controls = QWidget()
        flow = FlowLayout(self.controls)
        for widget in (
            self.stop_button,
            self.previous_button,
            self.next_button,
            self.repeat_button,
            _labelled(self.speed_label, self.slower_button, self.faster_button),
            _labelled(self.volume_label, self.quieter_button, self.louder_button),
            self.test_button,
        ):
            flow.addWidget(widget)
        outer.addWidget(self.play_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.banner)
        outer.addWidget(self.controls)

        self.play_button.activated.connect(controller.toggle)
        self.stop_button.activated.connect(controller.stop)
        self.previous_button.activated.connect(controller.previous)
        self.next_button.activated.connect(controller.next)
        self.repeat_button.activated.connect(controller.repeat)
        self.slower_button.activated.connect(controller.slower)
        self.faster_button.activated.connect(controller.faster)
        self.quieter_button.activated.connect(
            lambda: controller.set_volume(controller.volume - VOLUME_STEP)
        )
        self.louder_button.activated.connect(
            lambda: controller.set_volume(controller.volume + VOLUME_STEP)
        )
        self.test_button.activated.connect(self.test_sound)
        # A button's key "animates" a click 100 ms late and its double-click guard would
        # eat a quick second →; the bar acts on the key at once instead.
        self._key_actions: dict[QObject, Callable[[], None]] = {
            self.play_button: controller.toggle,
            self.stop_button: controller.stop,
            self.previous_button: controller.previous,
            self.next_button: controller.next,
            self.repeat_button: controller.repeat,
        }
        for button in self._key_actions:
            button.installEventFilter(self)
        controller.state_changed.connect(self._show_state)
        controller.rate_changed.connect(self._show_rate)
        controller.volume_changed.connect(self._show_volume)
        controller.problem.connect(self._show_problem)

        for button in (self.play_button, self.repeat_button, self.previous_button):
            button.setEnabled(controller.can_play)
        self.next_button.setEnabled(controller.can_play)
        self.test_button.setEnabled(controller.can_speak)
        self._show_state(controller.state)
        self._show_rate(controller.rate)
        self._show_volume(controller.volume)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        action = self._key_actions.get(watched)
        if action is not None and event.type() == QEvent.Type.Shortcut:
            action()
            return True
        return super().eventFilter(watched, event)

    def test_sound(self) -> None:
        self.controller.speak_text(
            self.tr("This is a sound test. If you can hear this sentence, the sound works.")
        )

    def _show_state(self, state: str) -> None:
        if state in (PLAYING, LOADING):
            label = self.tr("❚❚ Pause")
        elif state == PAUSED:
            label = self.tr("▶ Continue")
        else:
            label = self.tr("▶ Read aloud")
        self.play_button.set_label(label)

    def _show_rate(self, rate: str) -> None:
        name = QCoreApplication.translate("ReadAloudBar", RATE_NAMES.get(rate, rate))
        self.speed_label.setText(self.tr("Speed: {name}").format(name=name))
        self.speed_label.setAccessibleName(self.speed_label.text())
        self.slower_button.setEnabled(rate != "slow")
        self.faster_button.setEnabled(rate != "brisk")

    def _show_volume(self, percent: int) -> None:
        self.volume_label.setText(self.tr("Volume: {n}%").format(n=percent))
        self.volume_label.setAccessibleName(self.volume_label.text())
        self.quieter_button.setEnabled(percent > 0)
        self.louder_button.setEnabled(percent < 100)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.banner.label.text() and not self._announced:
            self._announced = True  # once, when the learner first meets the reader
            self.banner.announce()

    def _show_problem(self, text: str) -> None:
        self.banner.show_message(text or self.controller.status_message())
        self.banner.setVisible(bool(self.banner.label.text()))
        if text:
            self.banner.announce()
