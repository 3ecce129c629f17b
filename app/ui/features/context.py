"""What every feature's ``register(registry, ctx)`` may use: one learner's window and the
collaborators the window builder made for it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.core.errors import SilverError
from app.core.ports import Speaker
from app.services.app_services import AppServices
from app.services.learner import LearnerStore
from app.services.store.profiles import Profile
from app.ui.features.schedule import ScheduleFeature
from app.ui.file_chooser import FileChooser
from app.ui.lazy_voice import LazyVoice
from app.ui.learner_settings import LearnerSettings
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.services.reading import ReadingPlaces
    from app.services.speech.window_voice import WindowVoice
    from app.ui.platform_controller import PlatformController


# A bundle of parts, not a value: compared by identity, no field-by-field repr.
@dataclass(frozen=True, eq=False, repr=False)
class FeatureContext:
    """A learner's window and what its features may use; places and platform come on first use."""

    services: AppServices
    profile: Profile
    store: LearnerStore
    settings: LearnerSettings
    window: MainWindow
    voice: LazyVoice  # the window's voice, made when first needed
    schedule: ScheduleFeature
    files: FileChooser | None  # None: Qt's file dialogs
    # Made on first use, after the first page is painted (issue 17): ``places`` and
    # ``platform`` below.
    make_places: Callable[[], ReadingPlaces]
    make_platform: Callable[[], PlatformController]
    _platform_hooks: list[Callable[[PlatformController], object]] = field(
        default_factory=list, init=False, repr=False
    )

    @cached_property
    def places(self) -> ReadingPlaces:
        """Where the learner is in each lesson, and their bookmarks."""
        return self.make_places()

    @cached_property
    def platform(self) -> PlatformController:
        """The window's side of the platform (sync, saving for offline, sign-in checks)."""
        controller = self.make_platform()
        self.__dict__["platform"] = controller  # a hook may ask for it again
        for hook in self._platform_hooks:
            hook(controller)
        self._platform_hooks.clear()
        return controller

    def when_platform(self, hook: Callable[[PlatformController], object]) -> None:
        """Run ``hook(controller)`` once the platform controller is made (now, if it is):
        how a feature listens to its signals without making it before the first paint."""
        if "platform" in self.__dict__:
            hook(self.platform)
        else:
            self._platform_hooks.append(hook)

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
