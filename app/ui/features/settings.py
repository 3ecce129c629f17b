"""Settings and first-run setup, and the caregiver's "save / bring in my data"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.services.caregiver import CaregiverLock
from app.services.machine_check import check_items
from app.services.profile_transfer import ProfileTransfer
from app.services.translations import Texts, load_translator
from app.services.video_height import read_video_height, write_video_height
from app.ui.file_chooser import DialogFileChooser
from app.ui.learner_data_actions import learner_data_actions
from app.ui.pages.caregiver_panel import CaregiverSession
from app.ui.pages.computer_check import ComputerCheckPage
from app.ui.pages.settings import SettingsPage
from app.ui.pages.welcome import STEPS as WELCOME_STEPS
from app.ui.pages.welcome import WelcomePage, WelcomeState
from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.ui.features.context import FeatureContext


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    services, window, settings, store = ctx.services, ctx.window, ctx.settings, ctx.store
    lock = CaregiverLock(services.machine, services.clock)
    session, setup = CaregiverSession(), WelcomeState()
    # The caregiver screen's "save / bring in my data" (the admin profile file).
    data_actions = learner_data_actions(
        ProfileTransfer(services.paths, services.profiles, services.machine, services.release),
        ctx.profile,
        lambda: store.conn,
        ctx.files or DialogFileChooser(window, kind="profile"),
        ctx.error_text,
        lambda text: window.banner.show_message(text),
        services.sessions.enter,
    )

    def settings_page(_: str) -> SettingsPage:
        chooser = ctx.files or DialogFileChooser(window)
        page = SettingsPage(
            settings.values(),
            settings.look(),
            lock,
            session,
            ctx.speaker,
            chooser,
            ctx.error_text,
            extra_actions=[*data_actions, computer_check_action()],
            video_height=read_video_height(services.machine),
        )
        page.change_requested.connect(ctx.change_settings)
        page.rebuild_requested.connect(window.reload)
        page.video_height_chosen.connect(choose_video_height)
        return page

    def choose_video_height(height: int) -> None:
        """A machine setting (saved videos are shared): kept in the machine database."""
        write_video_height(services.machine, height)
        window.reload()

    def computer_check_action() -> tuple[str, str, Callable[[], None]]:
        label = QCoreApplication.translate("ComputerCheck", "Check this computer")

        def open_check() -> None:
            window.open("computer-check")

        return ("computer_check", label, open_check)

    def computer_check_page(_: str) -> ComputerCheckPage:
        texts = Texts(load_translator(settings.language))
        page = ComputerCheckPage(lambda: check_items(services, texts))
        page.check_again.connect(window.reload)
        return page

    def welcome_page(step: str) -> WelcomePage:
        setup.go_to(step)
        page = WelcomePage(settings.values(), settings.look(), setup, ctx.speaker)
        page.change_requested.connect(ctx.change_settings)
        page.finished.connect(finish_setup)
        return page

    def finish_setup() -> None:
        settings.update({"first_run_done": True})
        window.open("home")

    registry.register("settings", settings_page)
    registry.register("computer-check", computer_check_page)
    registry.register("welcome", welcome_page, lambda: [f"welcome:{s}" for s in WELCOME_STEPS])
