"""The caregiver part of the settings page: PIN lock, reset, settings files.

Everything happens inside the page: the PIN pad opens in place, messages appear
in a calm banner next to the buttons, and nothing pops up unasked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.errors import SilverError
from app.core.pin import PinFormatError, check_format
from app.services.caregiver import CaregiverLock
from app.services.settings_file import export_settings, import_settings
from app.ui.file_chooser import FileChooser
from app.ui.pages.grid import TileGrid
from app.ui.pin_pad import PinPad
from app.ui.widgets import Banner, BigButton, heading, reveal

EXPORT_NAME = "silver-classroom-settings.json"
ExtraAction = tuple[str, str, Callable[[], None]]  # (name, label, action)


@dataclass
class CaregiverSession:
    """What the settings screen remembers while the app runs (never saved):
    whether the caregiver unlocked it, the control to focus after a rebuild,
    the last message and what "Undo" would bring back."""

    unlocked: bool = False
    focus: str = ""
    message: str = ""
    undo: dict[str, Any] | None = None


class CaregiverPanel(QWidget):
    """Emits ``change_requested(values)`` and ``rebuild_requested()`` for the page to pass on."""

    change_requested = Signal(dict)
    rebuild_requested = Signal()

    def __init__(
        self,
        values: Mapping[str, Any],
        lock: CaregiverLock,
        session: CaregiverSession,
        files: FileChooser,
        error_text: Callable[[SilverError], str],
        parent: QWidget | None = None,
        *,
        extra_actions: Sequence[ExtraAction] = (),
    ) -> None:
        """``extra_actions``: (name, label, action) shown beside the settings file actions
        (the learner's "save / bring in my data")."""
        super().__init__(parent)
        self.setObjectName("CaregiverPanel")
        self._extra_actions = tuple(extra_actions)
        self._values = dict(values)
        self._lock = lock
        self._session = session
        self._files = files
        self._error_text = error_text
        self._new_pin = ""
        self.buttons: dict[str, BigButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("For caregivers"), "heading"))
        self.status = QLabel(self._status_text())
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.banner = Banner()
        layout.addWidget(self.banner)
        if session.message:
            self.banner.show_message(session.message)
            session.message = ""
        self.action_grid = TileGrid(12, fit_widest=True)
        layout.addWidget(self.action_grid)
        for name, text, description, act in self._action_list():
            button = BigButton(text, description=description)
            button.setObjectName(name)
            button.activated.connect(act)
            self.buttons[name] = button
            self.action_grid.add(button)
        self.pad = PinPad(cancellable=True)
        self.pad.setVisible(False)
        self.pad.submitted.connect(self._pin_entered)
        self.pad.cancelled.connect(self._close_pad)
        layout.addWidget(self.pad)
        self._pad_mode = ""

    @property
    def open(self) -> bool:
        """True when every setting may be changed (no PIN, or the PIN was entered)."""
        return not self._lock.is_set() or self._session.unlocked

    def _status_text(self) -> str:
        if not self._lock.is_set():
            return self.tr(
                "No caregiver PIN is set, so every setting can be changed here. "
                "Set a PIN to keep the colours, voice and language as you chose them."
            )
        if self._session.unlocked:
            return self.tr("The settings are unlocked. Lock them again when you are done.")
        return self.tr(
            "A caregiver has locked the settings. Text size and reading speed can "
            "always be changed; the others need the caregiver PIN."
        )

    def _action_list(self) -> list[tuple[str, str, str, Callable[[], None]]]:
        acts: list[tuple[str, str, str, Callable[[], None]]] = []
        if self._session.undo is not None:
            acts.append(
                ("undo", self.tr("Undo"), self.tr("Bring back the settings from before"),
                 self._undo)
            )  # fmt: skip
        if self._lock.is_set() and not self._session.unlocked:
            acts.append(
                ("unlock", self.tr("Unlock with the caregiver PIN"),
                 self.tr("Enter the caregiver PIN to change every setting"),
                 lambda: self._open_pad("unlock"))
            )  # fmt: skip
            return acts
        acts += [
            ("reset", self.tr("Reset to recommended for seniors"),
             self.tr("Large text, slow reading, light colours"), self._reset),
            ("export", self.tr("Export settings to a file"),
             self.tr("Save these settings to copy them to another computer"), self._export),
            ("import", self.tr("Import settings from a file"),
             self.tr("Use settings saved on another computer"), self._import),
        ]  # fmt: skip
        acts += [(n, label, label, act) for n, label, act in self._extra_actions]
        if self._lock.is_set():
            acts += [
                ("lock", self.tr("Lock the settings now"),
                 self.tr("Only text size and reading speed stay open"), self._lock_now),
                ("change_pin", self.tr("Change the caregiver PIN"),
                 self.tr("Choose a new caregiver PIN"), lambda: self._open_pad("new")),
                ("remove_pin", self.tr("Remove the caregiver PIN"),
                 self.tr("Leave every setting open to change"), self._remove_pin),
            ]  # fmt: skip
        else:
            acts.append(
                ("set_pin", self.tr("Set a caregiver PIN"),
                 self.tr("Choose 4 to 6 digits that lock the settings"),
                 lambda: self._open_pad("new"))
            )  # fmt: skip
        return acts

    # ---------------------------------------------------------------- PIN pad
    def _open_pad(self, mode: str) -> None:
        self._pad_mode = mode
        prompts = {
            "unlock": self.tr("Enter the caregiver PIN, then press OK."),
            "new": self.tr("Choose a new caregiver PIN of 4 to 6 digits, then press OK."),
            "confirm": self.tr("Enter the same PIN again, then press OK."),
        }
        self.pad.set_prompt(prompts[mode])
        self.pad.clear()
        self.pad.say("")
        self.pad.setVisible(True)
        self.pad.keys["1"].setFocus()
        reveal(self.pad)

    def _close_pad(self) -> None:
        self.pad.setVisible(False)
        self._pad_mode = ""
        self._new_pin = ""

    def _pin_entered(self, pin: str) -> None:
        if self._pad_mode == "unlock":
            result = self._lock.check(pin)
            if result.accepted:
                self._session.unlocked = True
                self._finish(self.tr("The settings are unlocked."), "lock")
            elif result.wait_s:
                self.pad.say(
                    self.tr("That PIN is not right. Please wait %n second(s), then try again.",
                            "", result.wait_s)
                )  # fmt: skip
            else:
                self.pad.say(self.tr("That PIN is not right. Please try again."))
        elif self._pad_mode == "new":
            try:
                self._new_pin = check_format(pin)
            except PinFormatError as exc:
                self.pad.say(self._error_text(exc))
                return
            self._open_pad("confirm")
            self._pad_mode = "confirm"
        elif self._pad_mode == "confirm":
            if pin != self._new_pin:
                self._open_pad("new")
                self.pad.say(self.tr("The two PINs were not the same. Please start again."))
                return
            self._lock.set_pin(pin)
            self._session.unlocked = True
            self._finish(
                self.tr("The caregiver PIN is set. The settings stay open until you lock them."),
                "lock",
            )

    def _finish(self, message: str, focus: str) -> None:
        self._close_pad()
        self._session.message = message
        self._session.focus = focus
        self.rebuild_requested.emit()

    # ---------------------------------------------------------------- actions
    def _lock_now(self) -> None:
        self._session.unlocked = False
        self._finish(self.tr("The settings are locked."), "unlock")

    def _remove_pin(self) -> None:
        self._lock.clear()
        self._session.unlocked = False
        self._finish(self.tr("The caregiver PIN was removed. Every setting is open."), "set_pin")

    def _reset(self) -> None:
        from app.core.settings_schema import recommended

        self._session.undo = dict(self._values)
        self._session.message = self.tr(
            "The settings are back to the ones recommended for seniors. "
            "Press “Undo” to bring back the ones from before."
        )
        self._session.focus = "undo"
        self.change_requested.emit(recommended(self._values))

    def _undo(self) -> None:
        previous, self._session.undo = self._session.undo or {}, None
        self._session.message = self.tr("Your earlier settings are back.")
        self._session.focus = "reset"
        self.change_requested.emit(previous)

    def _export(self) -> None:
        path = self._files.save_path(EXPORT_NAME)
        if path is None:
            return
        try:
            export_settings(path, self._values)
        except SilverError as exc:
            self.banner.show_message(self._error_text(exc))
            return
        self.banner.show_message(self.tr("The settings were saved to {path}.").format(path=path))

    def _import(self) -> None:
        path = self._files.open_path()
        if path is None:
            return
        try:
            values = import_settings(path)
        except SilverError as exc:
            self.banner.show_message(self._error_text(exc))
            return
        self._session.undo = dict(self._values)
        self._session.message = self.tr(
            "The settings from {name} are in use. Press “Undo” to go back."
        ).format(name=path.name)
        self._session.focus = "undo"
        self.change_requested.emit(values)
