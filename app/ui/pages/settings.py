"""Settings, built from the schema: one row per setting, a live sample, the caregiver lock.

Every change is applied at once (the window restyles and rebuilds this page),
so the sample sentence always shows how lessons will look; "Read the sample
aloud" speaks it with the chosen voice, speed and volume.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.core.errors import SilverError
from app.core.hls_choice import VIDEO_HEIGHTS
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.ports import Speaker
from app.core.settings_schema import (
    CHOICE_LABELS,
    LANGUAGE_NAMES,
    SETTINGS,
    Setting,
    learner_may_change,
)
from app.services.caregiver import CaregiverLock
from app.ui.file_chooser import FileChooser
from app.ui.pages.base import Page
from app.ui.pages.caregiver_panel import CaregiverPanel, CaregiverSession, ExtraAction
from app.ui.pages.grid import TileGrid
from app.ui.style import Look
from app.ui.widgets import BigButton, heading

CHECK = "✓ "


def choice_label(value: str) -> str:
    """How a choice is shown on a button, translated now."""
    if value in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[value]
    context = "Themes" if value in ("light", "dark", "contrast") else "Settings"
    return QCoreApplication.translate(context, CHOICE_LABELS.get(value, value))


def sample_view(text: str, look: Look) -> QLabel:
    """``text`` in the lesson's size and line spacing: the live preview."""
    label = QLabel(f'<p style="line-height:{look.line_spacing}%">{escape(text)}</p>')
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setObjectName("Sample")
    label.setStyleSheet(f"font-size: {look.body_pt:.1f}pt;")
    label.setAccessibleName(text)
    return label


# The caregiver's video quality for saved courses (a machine setting, not a learner's):
# what a choice is called and what it means, English marked for translation.
VIDEO_CHOICES: dict[int, tuple[str, str]] = {
    360: (
        QT_TRANSLATE_NOOP("Settings", "Smaller files (360p)"),
        QT_TRANSLATE_NOOP("Settings", "Saved videos take the least room on this computer"),
    ),
    480: (
        QT_TRANSLATE_NOOP("Settings", "Standard (480p, recommended)"),
        QT_TRANSLATE_NOOP("Settings", "Clear enough for lesson videos, without filling the disk"),
    ),
    720: (
        QT_TRANSLATE_NOOP("Settings", "Sharper (720p)"),
        QT_TRANSLATE_NOOP("Settings", "Sharper pictures; saved videos take about twice the room"),
    ),
    1080: (
        QT_TRANSLATE_NOOP("Settings", "Sharpest (1080p)"),
        QT_TRANSLATE_NOOP("Settings", "The sharpest pictures; saved videos take the most room"),
    ),
}
VIDEO_LABEL = QT_TRANSLATE_NOOP("Settings", "Video quality for saved courses")


class SettingsPage(Page):
    """Emits ``change_requested(values)`` (only what may be changed now),
    ``rebuild_requested()`` (lock state changed) and ``video_height_chosen(height)`` (the
    caregiver chose the video quality for saved courses: a machine setting)."""

    change_requested = Signal(dict)
    rebuild_requested = Signal()
    video_height_chosen = Signal(int)

    def __init__(
        self,
        values: Mapping[str, Any],
        look: Look,
        lock: CaregiverLock,
        session: CaregiverSession,
        speaker: Speaker,
        files: FileChooser,
        error_text: Callable[[SilverError], str],
        parent: QWidget | None = None,
        *,
        extra_actions: Sequence[ExtraAction] = (),
        video_height: int | None = None,
    ) -> None:
        """``extra_actions``: more caregiver actions, (name, label, action) each;
        ``video_height``: the machine's video quality for saved courses (None: no row)."""
        super().__init__(parent)
        self._values = dict(values)
        self._session = session
        self._speaker = speaker
        self.controls: dict[str, BigButton] = {}
        self.column.addWidget(heading(self.tr("Settings")))
        intro = QLabel(
            self.tr(
                "Changes take effect at once. The sample below shows how your lessons will look."
            )
        )
        intro.setWordWrap(True)
        self.column.addWidget(intro)

        sample_box = QFrame()
        sample_box.setProperty("tile", True)
        box = QVBoxLayout(sample_box)
        box.setContentsMargins(20, 16, 20, 16)
        self.sample = sample_view(self.sample_text(), look)
        box.addWidget(self.sample)
        self.speak_button = BigButton(
            self.tr("Read the sample aloud"),
            main=True,
            description=self.tr("Hear the sample with the chosen voice, speed and volume"),
        )
        self.speak_button.setObjectName("speak")
        self.speak_button.activated.connect(self.speak_sample)
        self.column.addWidget(sample_box)
        self.pin_actions(self.speak_button)  # hear a change at once, wherever the row is

        self.caregiver = CaregiverPanel(
            values, lock, session, files, error_text, extra_actions=extra_actions
        )
        self.caregiver.change_requested.connect(self.change_requested.emit)
        self.caregiver.rebuild_requested.connect(self.rebuild_requested.emit)
        unlocked = self.caregiver.open
        locked_names: list[str] = []
        for setting in SETTINGS:
            if not setting.shown:
                continue
            if learner_may_change(setting.key, unlocked):
                self.column.addWidget(self._row(setting))
            else:
                locked_names.append(QCoreApplication.translate("Settings", setting.label))
        self._video_height = video_height
        if video_height is not None:
            if unlocked:
                self.column.addWidget(self._video_row(video_height))
            else:
                locked_names.append(QCoreApplication.translate("Settings", VIDEO_LABEL))
        if locked_names:
            self.locked_note = QLabel(
                self.tr("Locked by the caregiver: {names}.").format(names=", ".join(locked_names))
            )
            self.locked_note.setWordWrap(True)
            self.locked_note.setProperty("role", "muted")
            self.column.addWidget(self.locked_note)
        self.column.addWidget(self.caregiver)
        self.column.addStretch(1)
        self._focus_name, session.focus = session.focus, ""

    # ---------------------------------------------------------------- rows
    def _row(self, setting: Setting) -> QWidget:
        row = QFrame()
        row.setObjectName("SettingRow")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        name = QCoreApplication.translate("Settings", setting.label)
        value = self._values[setting.key]
        shown = self.tr("{setting}: {value}").format(
            setting=name, value=self._shown_value(setting, value)
        )
        layout.addWidget(heading(shown, "heading"))
        grid = TileGrid(10, fit_widest=True)
        if setting.kind is int:
            for direction, text in ((-1, self.tr("− Less")), (1, self.tr("+ More"))):
                new = setting.stepped(value, direction)
                button = self._button(setting, new, text, f"{setting.key}:{direction:+d}")
                button.setAccessibleName(f"{name}: {text}")
                button.setEnabled(new != value)
                grid.add(button)
        else:
            options: tuple[Any, ...] = setting.choices or (True, False)
            for option in options:
                text = choice_label(option) if isinstance(option, str) else self._on_off(option)
                button = self._button(setting, option, text, f"{setting.key}:{option}")
                button.setCheckable(True)
                button.setChecked(option == value)
                if option == value:
                    button.set_label(CHECK + text)
                    button.setAccessibleName(text)
                grid.add(button)
        layout.addWidget(grid)
        return row

    def _video_row(self, height: int) -> QWidget:
        """The caregiver's choice of video quality for "Save for offline" (whole computer)."""
        row = QFrame()
        row.setObjectName("SettingRow")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        name = QCoreApplication.translate("Settings", VIDEO_LABEL)
        current = VIDEO_CHOICES.get(height)
        shown = QCoreApplication.translate("Settings", current[0]) if current else f"{height}p"
        title = self.tr("{setting}: {value}").format(setting=name, value=shown)
        layout.addWidget(heading(title, "heading"))
        note = QLabel(
            self.tr(
                "Used when a course is saved for offline, for every learner on this computer. "
                "Videos saved before keep their quality."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        grid = TileGrid(10, fit_widest=True)
        for option in VIDEO_HEIGHTS:
            label, meaning = VIDEO_CHOICES[option]
            text = QCoreApplication.translate("Settings", label)
            key = f"video_height:{option}"
            button = BigButton(text, description=QCoreApplication.translate("Settings", meaning))
            button.setObjectName(key)
            button.setCheckable(True)
            button.setChecked(option == height)
            if option == height:
                button.set_label(CHECK + text)
                button.setAccessibleName(text)
            button.activated.connect(lambda h=option, k=key: self._choose_video(h, k))
            self.controls[key] = button
            grid.add(button)
        layout.addWidget(grid)
        return row

    def _choose_video(self, height: int, focus: str) -> None:
        if height == self._video_height or not self.caregiver.open:
            return
        self._session.focus = focus
        self._session.undo = None
        self.video_height_chosen.emit(height)

    def _button(self, setting: Setting, value: Any, text: str, name: str) -> BigButton:
        label = QCoreApplication.translate("Settings", setting.label)
        button = BigButton(
            text, description=self.tr("Change the setting “{setting}”").format(setting=label)
        )
        button.setObjectName(name)
        button.activated.connect(lambda: self._request(setting.key, value, name))
        self.controls[name] = button
        return button

    def _shown_value(self, setting: Setting, value: Any) -> str:
        if setting.kind is int:
            return f"{value}%"
        if setting.kind is bool:
            return self._on_off(bool(value))
        return choice_label(str(value))

    def _on_off(self, value: bool) -> str:
        return self.tr("On") if value else self.tr("Off")

    def _request(self, key: str, value: Any, focus: str) -> None:
        if value == self._values.get(key) or not learner_may_change(key, self.caregiver.open):
            return
        self._session.focus = focus
        self._session.undo = None
        self.change_requested.emit({key: value})

    def _restored(self) -> QWidget | None:
        """The control that was pressed before this page was rebuilt, if it is still there."""
        target = self.findChild(QWidget, self._focus_name) if self._focus_name else None
        if isinstance(target, QWidget) and target.isEnabled() and not target.isHidden():
            return target
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._scroll_to_focus)

    def _scroll_to_focus(self) -> None:
        focused = self.focusWidget()
        if self.scroll_area is not None and focused is not None:
            self.scroll_area.ensureWidgetVisible(focused, 50, 80)

    # ---------------------------------------------------------------- speech
    def sample_text(self) -> str:
        return self.tr(
            "Can you read this comfortably? Today we learn how to make a video call "
            "to the family, one small step at a time."
        )

    def speak_sample(self) -> None:
        self._speaker.speak(self.sample_text(), str(self._values.get("language", "zh_CN")))

    def title(self) -> str:
        return self.tr("Settings")

    def help_text(self) -> str:
        return self.tr(
            "These are the settings. Make the text larger or smaller, choose the "
            "reading speed, and press “Read the sample aloud” to hear it. A caregiver "
            "can lock the other settings with a PIN."
        )

    def main_actions(self) -> list[QWidget]:
        return [self.speak_button]

    def first_focus(self) -> QWidget | None:
        return self._restored() or self.speak_button
