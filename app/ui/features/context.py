"""What every feature's ``register(registry, ctx)`` may use: one learner's window and the
collaborators the window builder made for it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.core.errors import SilverError
from app.core.ports import Speaker
from app.services.app_services import AppServices
from app.services.learner import LearnerStore
from app.services.reading import ReadingPlaces
from app.services.store.profiles import Profile
from app.ui.features.schedule import ScheduleFeature
from app.ui.file_chooser import FileChooser
from app.ui.lazy_voice import LazyVoice
from app.ui.learner_settings import LearnerSettings
from app.ui.main_window import MainWindow
from app.ui.platform_controller import PlatformController

if TYPE_CHECKING:
    from app.services.speech.window_voice import WindowVoice


@dataclass(frozen=True)
class FeatureContext:
    services: AppServices
    profile: Profile
    store: LearnerStore
    settings: LearnerSettings
    window: MainWindow
    voice: LazyVoice  # the window's voice, made when first needed
    places: ReadingPlaces
    schedule: ScheduleFeature
    platform: PlatformController
    files: FileChooser | None  # None: Qt's file dialogs

    @property
    def speech(self) -> WindowVoice:
        """The window's one voice: synthesis and playback."""
        return self.voice.speech

    @property
    def speaker(self) -> Speaker:
        """The window's voice for short texts."""
        return self.voice.speaker

    @property
    def lang(self) -> str:
        """The language the window is shown in now (it can change while the window is open)."""
        return self.settings.language

    def change_settings(self, changes: Mapping[str, Any], reload: bool = True) -> None:
        """Save, then show the change at once (the window restyles; ``reload``: the page too)."""
        self.settings.update(changes)
        if reload:
            self.window.reload()

    @staticmethod
    def error_text(exc: SilverError) -> str:
        return exc.render(QCoreApplication.translate("Errors", exc.template))
