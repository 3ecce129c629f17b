"""Who is learning? Large picture tiles with names, a Guest tile, and the PIN page.

Registered as ``picker`` and ``pin:<profile id>``. Choosing a profile without a PIN
(or a right PIN, or Guest) asks ``SessionRequests`` to start that session; the
session controller listens and swaps the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.pin import PinWaitError, WrongPinError
from app.services.profiles.session import GUEST
from app.services.store.profiles import Profile
from app.ui.avatar_pictures import avatar_alt, avatar_pixmap
from app.ui.pages.base import Page
from app.ui.pages.grid import TileGrid
from app.ui.pin_pad import PinPad
from app.ui.widgets import Banner, Tile, heading

AVATAR_PX = 112


@dataclass(frozen=True, slots=True)
class PickerEntry:
    """One picture tile on the "Who is learning?" page: a learner, or the guest."""

    profile_id: str  # or GUEST
    name: str
    avatar: str
    has_pin: bool


class ProfileTile(Tile):
    """A tile with the learner's picture above their name."""

    def __init__(self, entry: PickerEntry, detail: str, scale: float) -> None:
        super().__init__(entry.name, detail)
        self.entry = entry
        picture = QLabel()
        picture.setPixmap(avatar_pixmap(entry.avatar, int(AVATAR_PX * min(scale, 1.5))))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setAccessibleName(avatar_alt(entry.avatar))
        picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(0, picture)  # type: ignore[attr-defined]
        self.picture = picture
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if detail:
            self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleDescription(" ".join(p for p in (detail, avatar_alt(entry.avatar)) if p))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move between pictures (before the scroll area takes them)."""
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.focusNextChild()
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)


class PickerPage(Page):
    """Emits ``chosen(profile_id)`` (or ``chosen("guest")``); PIN profiles go to ``pin:<id>``."""

    chosen = Signal(str)

    def __init__(
        self, entries: list[PickerEntry], scale: float = 1.0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.column.addWidget(heading(self.tr("Who is learning today?")))
        self.column.addWidget(
            heading(
                self.tr("Choose your picture. Press Tab or the arrow keys, then Enter."), "muted"
            )
        )
        self.grid = TileGrid(6, max_columns=5)
        self.tiles: list[ProfileTile] = []
        for entry in entries:
            if entry.profile_id == GUEST:
                detail = self.tr("Nothing is kept after you finish")
            elif entry.has_pin:
                detail = self.tr("Asks for a PIN")
            else:
                detail = ""
            tile = ProfileTile(entry, detail, scale)
            tile.activated.connect(lambda e=entry: self._pick(e))
            self.grid.add(tile)
            self.tiles.append(tile)
        self.column.addWidget(self.grid)
        self.column.addStretch(1)

    def _pick(self, entry: PickerEntry) -> None:
        if entry.has_pin:
            self.navigate.emit(f"pin:{entry.profile_id}")
        else:
            self.chosen.emit(entry.profile_id)

    def title(self) -> str:
        return self.tr("Who is learning?")

    def help_text(self) -> str:
        return self.tr(
            "Choose your own picture and name to open your lessons, bookmarks and classes. "
            "Guest is for visitors: nothing of a guest is kept afterwards."
        )

    def first_focus(self) -> QWidget | None:
        return self.tiles[0] if self.tiles else None


class PinPage(Page):
    """The PIN pad for one profile. ``check(pin)`` raises ``WrongPinError``/``PinWaitError``."""

    unlocked = Signal(str)

    def __init__(
        self,
        profile: Profile,
        check: Callable[[str], None],
        scale: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._check = check
        row = QHBoxLayout()
        row.setSpacing(32)
        left = QVBoxLayout()
        left.setSpacing(16)
        top = ProfileTile(PickerEntry(profile.id, profile.name, profile.avatar, True), "", scale)
        top.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left.addWidget(top)
        left.addWidget(heading(self.tr("Please type your PIN"), "heading"))
        self.message = Banner()
        left.addWidget(self.message)
        left.addStretch(1)
        row.addLayout(left, 1)
        self.pad = PinPad(scale=min(scale, 1.4))
        self.pad.submitted.connect(self._submit)
        row.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignTop)
        self.column.addLayout(row)
        self.column.addStretch(1)

    def _submit(self, pin: str) -> None:
        try:
            self._check(pin)
        except (WrongPinError, PinWaitError) as exc:
            self.pad.clear()
            self.message.show_message(exc.render(self.tr_error(exc.template)))
            return
        self.pad.clear()
        self.unlocked.emit(self._profile.id)

    @staticmethod
    def tr_error(template: str) -> str:
        from PySide6.QtCore import QCoreApplication

        from app.core.errors import ERROR_CONTEXT

        return QCoreApplication.translate(ERROR_CONTEXT, template)

    def title(self) -> str:
        return self.tr("PIN for {name}").format(name=self._profile.name)

    def help_text(self) -> str:
        return self.tr(
            "Type your PIN with the number keys or the big buttons, then press OK. "
            "If you forgot it, ask your teacher or helper to clear it."
        )

    def main_actions(self) -> list[QWidget]:
        return [self.pad.ok]

    def first_focus(self) -> QWidget | None:
        return self.pad


def picker_entries(
    profiles: list[Profile], guests_allowed: bool, guest_name: str
) -> list[PickerEntry]:
    entries = [PickerEntry(p.id, p.name, p.avatar, p.has_pin) for p in profiles]
    if guests_allowed:
        entries.append(PickerEntry(GUEST, guest_name, "guest", False))
    return entries
