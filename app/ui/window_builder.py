"""Build one learner's window: its settings, voice, schedule, platform link and pages.

``build_window`` returns a ``LearnerWindow`` record, so whoever runs the window (the
desktop runner, ``--screenshot``, tests) reaches the parts it needs by name. Every page
comes from a feature module's ``register(registry, ctx)`` (``FEATURES``, in order).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from app.core.ports import Speaker
from app.services.app_services import AppServices
from app.services.clock import local_zone_name
from app.services.schedule.service import ScheduleService
from app.services.store.profiles import Profile
from app.services.translations import install_language
from app.ui.features import (
    catalog,
    classroom,
    home,
    learner_store,
    learning,
    lessons,
    platform,
    settings,
)
from app.ui.features import schedule as schedule_feature
from app.ui.features.context import FeatureContext
from app.ui.features.schedule import ScheduleFeature
from app.ui.file_chooser import FileChooser
from app.ui.lazy_voice import LazyVoice
from app.ui.learner_settings import LearnerSettings
from app.ui.main_window import MainWindow
from app.ui.registry import PageRegistry
from app.ui.style import apply_look

if TYPE_CHECKING:
    from app.core.speech import SpeechEngine
    from app.services.reading import ReadingPlaces
    from app.services.speech.window_voice import WindowVoice
    from app.ui.platform_controller import PlatformController
    from app.ui.study_timer import StudyTimer

# The order pages are registered in: the order the accessibility walk and the
# screenshots visit them.
FEATURES = (
    schedule_feature,
    home,
    classroom,
    catalog,
    platform,
    lessons,
    learning,
    settings,
    learner_store,
)


# A bundle of parts, not a value: compared by identity, no field-by-field repr.
@dataclass(frozen=True, eq=False, repr=False)
class LearnerWindow:
    """One learner's window and what was built with it."""

    window: MainWindow
    services: AppServices
    profile: Profile
    settings: LearnerSettings
    voice: LazyVoice  # its ``speech`` and ``speaker`` are made when first needed
    schedule: ScheduleFeature
    features: FeatureContext  # what the pages were given
    registry: PageRegistry
    study_timer: Callable[[], StudyTimer]  # made when the first lesson opens

    @property
    def platform(self) -> PlatformController:
        """The window's side of the platform, made on first use (after the first paint)."""
        return self.features.platform

    @property
    def study(self) -> StudyTimer:
        """Counts honest study time while a lesson is open."""
        return self.study_timer()


def hang_in(window: MainWindow, *parts: object) -> None:
    """Give ``parts`` the window as their Qt parent (those that are Qt objects and have none).

    Every Qt object of a window hangs in the window's tree, so all of them are deleted
    with it, on the GUI thread. One owned by Python alone would be deleted wherever
    Python frees it: by a garbage-collector pass in a background thread if it sits in
    a reference cycle, which destroys a media player off the GUI thread and can crash.
    """
    for part in parts:
        if isinstance(part, QObject) and part.parent() is None:
            part.setParent(window)


def build_window(
    services: AppServices,
    profile: Profile,
    look_overrides: Mapping[str, Any] | None = None,
    *,
    speaker: Speaker | None = None,
    files: FileChooser | None = None,
    speech_engine: SpeechEngine | None = None,
) -> LearnerWindow:
    """The main window for ``profile`` with every page registered.

    ``look_overrides`` (e.g. ``--text-scale``) are shown, not saved. ``speaker`` (the
    ``Speaker`` port) and ``files`` (a ``FileChooser``) default to the window voice's
    ``VoiceSpeaker`` and Qt's file dialogs; ``speech_engine`` (e.g. a test's fake) to
    the one found on this machine.
    """
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    store = services.learner(profile)
    values = {**services.settings_for(profile), **(look_overrides or {})}
    learner_settings = LearnerSettings(values, store.settings.save)

    def make_voice() -> tuple[WindowVoice, Speaker]:
        """The window's voice, the first time something speaks or asks for it."""
        from app.services.speech.cache_budget import read_limit_mb
        from app.services.speech.voice_speaker import VoiceSpeaker
        from app.services.speech.window_voice import WindowVoice

        speech = WindowVoice(
            services.paths.audio_cache,
            store.folder / "audio",
            speech_engine,
            cache_limit_mb=read_limit_mb(services.machine),
        )
        short_texts = speaker or VoiceSpeaker(speech, learner_settings.values)
        hang_in(window, speech, short_texts)
        if isinstance(short_texts, VoiceSpeaker):
            short_texts.failed.connect(window.show_speech_problem)
            window.closing.connect(short_texts.close)
        window.closing.connect(speech.close)
        return speech, short_texts

    voice = LazyVoice(make_voice)
    registry = PageRegistry()
    window = MainWindow(registry, voice, learner_settings.language)
    hang_in(window, learner_settings)
    schedule = ScheduleFeature(
        ScheduleService(store.schedule, services.clock, local_zone_name()),
        learner_settings.language,
        learner_settings,
        files=files,
    )

    def platform_token() -> str | None:
        return None if profile.is_guest else services.secrets.get(profile.id)

    def make_platform() -> PlatformController:
        from app.services.video_height import read_video_height
        from app.ui.platform_controller import PlatformController

        return PlatformController(
            services.platform,
            services.catalog,
            window,
            token=platform_token,
            schedule=schedule.service,
            video_height=lambda: read_video_height(services.machine),
        )

    def make_places() -> ReadingPlaces:
        from app.services.reading import ReadingPlaces
        from app.ui.lesson_texts import text_views

        lesson_view = lessons.lesson_views(services.catalog, lambda: learner_settings.language)
        return ReadingPlaces(
            store,
            services.catalog,
            # A transcript's or handout's text (``<lesson id>#<part>``) too: the bookmarks page.
            text_views(services, lesson_view, lambda: learner_settings.language),
            learner_settings.language,
            finished=lambda course, lesson: learning.lesson_finished(ctx, course, lesson),
        )

    ctx = FeatureContext(
        services=services,
        profile=profile,
        store=store,
        settings=learner_settings,
        window=window,
        voice=voice,
        schedule=schedule,
        files=files,
        make_places=make_places,
        make_platform=make_platform,
    )
    for feature in FEATURES:
        feature.register(registry, ctx)
    study = learning.start_timer(ctx)

    def dress() -> None:
        apply_look(qt_app, learner_settings.look())

    def show_change(_changes: dict[str, Any]) -> None:
        """A new language without a restart, and the new look; the caller reloads the page."""
        if learner_settings.language != window.lang:
            install_language(qt_app, learner_settings.language)
            window.retranslate(learner_settings.language)
        window.show_key_hints(learner_settings.show_key_hints)
        dress()

    learner_settings.changed.connect(show_change)
    window.show_key_hints(learner_settings.show_key_hints)
    dress()
    return LearnerWindow(
        window,
        services,
        profile,
        learner_settings,
        voice,
        schedule,
        ctx,
        registry,
        study,
    )
