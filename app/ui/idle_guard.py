"""Notices input anywhere in the app and runs the idle watch once a second.

Installed as an application-wide event filter while it watches (a classroom with an
idle timeout, someone signed in), so every key press, click, wheel turn or touch on any
window counts. It never eats events. It is not installed otherwise: a Python filter sees
every event of every page being built, which made each page slower to open (issue 17).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from app.services.idle import IdleState, IdleWatch
from app.ui.app_filter import AppFilter

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleGuard(QObject):
    """``warning(seconds_left)`` once when the warning starts, ``cleared`` when input
    comes during it, ``timed_out`` when the warning ran out."""

    warning = Signal(int)
    cleared = Signal()
    timed_out = Signal()

    def __init__(
        self,
        watch: IdleWatch,
        busy: Callable[[], bool],
        interval_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._watch = watch
        self._busy = busy
        self._state = IdleState.ACTIVE
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._input = AppFilter(self)

    @property
    def state(self) -> IdleState:
        return self._state

    def start(self) -> None:
        """Begin watching (a fresh start counts as input)."""
        self._watch.touch()
        self._state = IdleState.ACTIVE
        if self._watch.enabled:
            self._timer.start()
            self._input.set(True)

    def stop(self) -> None:
        self._timer.stop()
        self._input.set(False)

    @property
    def listening(self) -> bool:
        """Whether the app's input is being watched now."""
        return self._input.on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._watch.touch()
            if self._state is IdleState.WARNING:
                self.check()
        return False

    def check(self) -> None:
        state = self._watch.check(self._busy())
        if state is IdleState.EXPIRED and self._state is IdleState.ACTIVE:
            # the check was late (the machine slept): still give the full spoken warning
            self._watch.warn_from_now()
            state = IdleState.WARNING
        previous, self._state = self._state, state
        if state is previous:
            return
        if state is IdleState.WARNING:
            self.warning.emit(self._watch.seconds_left())
        elif state is IdleState.ACTIVE and previous is IdleState.WARNING:
            self.cleared.emit()
        elif state is IdleState.EXPIRED:
            self._watch.touch()
            self._state = IdleState.ACTIVE
            self.timed_out.emit()
