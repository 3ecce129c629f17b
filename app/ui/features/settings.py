"""Settings and first-run setup, and the caregiver's "save / bring in my data"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.services.caregiver import CaregiverLock
    from app.ui.features.context import FeatureContext
    from app.ui.pages.caregiver_panel import CaregiverSession
    from app.ui.pages.computer_check import ComputerCheckPage
    from app.ui.pages.settings import SettingsPage
    from app.ui.pages.welcome import WelcomePage, WelcomeState

# The pages, the caregiver's data actions and the computer check (speech engine
# discovery) load when one of these pages is first opened, not before the home page is
# painted (issue 17). What must outlive a page (the caregiver's lock and session, the
# first-run state) is made once, at that first opening.


def welcome_examples() -> list[str]:
    from app.ui.pages.welcome import STEPS

    return [f"welcome:{step}" for step in STEPS]


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    services, window, settings, store = ctx.services, ctx.window, ctx.settings, ctx.store
    made: dict[str, Any] = {}

    def caregiver() -> tuple[CaregiverLock, CaregiverSession]:
        if "lock" not in made:
            from app.services.caregiver import CaregiverLock
            from app.ui.pages.caregiver_panel import CaregiverSession

            made["lock"] = CaregiverLock(services.machine, services.clock), CaregiverSession()
        lock_and_session: tuple[CaregiverLock, CaregiverSession] = made["lock"]
        return lock_and_session

    def setup() -> WelcomeState:
        if "setup" not in made:
            from app.ui.pages.welcome import WelcomeState

            made["setup"] = WelcomeState()
        state: WelcomeState = made["setup"]
        return state

    def data_actions() -> list[tuple[str, str, Callable[[], None]]]:
        """The caregiver screen's "save / bring in my data" (the admin profile file)."""
        if "data" not in made:
            from app.services.profile_transfer import ProfileTransfer
            from app.ui.file_chooser import DialogFileChooser
            from app.ui.learner_data_actions import learner_data_actions

            made["data"] = learner_data_actions(
                ProfileTransfer(
                    services.paths, services.profiles, services.machine, services.release
                ),
                ctx.profile,
                lambda: store.conn,
                ctx.files or DialogFileChooser(window, kind="profile"),
                ctx.error_text,
                lambda text: window.banner.show_message(text),
                services.sessions.enter,
            )
        actions: list[tuple[str, str, Callable[[], None]]] = made["data"]
        return actions

    def settings_page(_: str) -> SettingsPage:
        from app.services.video_height import read_video_height
        from app.ui.file_chooser import DialogFileChooser
        from app.ui.pages.settings import SettingsPage

        lock, session = caregiver()
        chooser = ctx.files or DialogFileChooser(window)
        page = SettingsPage(
            settings.values(),
            settings.look(),
            lock,
            session,
            ctx.speaker,
            chooser,
            ctx.error_text,
            extra_actions=[*data_actions(), computer_check_action()],
            video_height=read_video_height(services.machine),
        )
        page.change_requested.connect(ctx.change_settings)
        page.rebuild_requested.connect(window.reload)
        page.video_height_chosen.connect(choose_video_height)
        return page

    def choose_video_height(height: int) -> None:
        """A machine setting (saved videos are shared): kept in the machine database."""
        from app.services.video_height import write_video_height

        write_video_height(services.machine, height)
        window.reload()

    def computer_check_action() -> tuple[str, str, Callable[[], None]]:
        label = QCoreApplication.translate("ComputerCheck", "Check this computer")

        def open_check() -> None:
            window.open("computer-check")

        return ("computer_check", label, open_check)

    def computer_check_page(_: str) -> ComputerCheckPage:
        from app.services.machine_check import check_items
        from app.services.translations import Texts, load_translator
        from app.ui.pages.computer_check import ComputerCheckPage

        texts = Texts(load_translator(settings.language))
        page = ComputerCheckPage(lambda: check_items(services, texts))
        page.check_again.connect(window.reload)
        return page

    def welcome_page(step: str) -> WelcomePage:
        from app.ui.pages.welcome import WelcomePage

        setup().go_to(step)
        page = WelcomePage(settings.values(), settings.look(), setup(), ctx.speaker)
        page.change_requested.connect(ctx.change_settings)
        page.finished.connect(finish_setup)
        return page

    def finish_setup() -> None:
        settings.update({"first_run_done": True})
        window.open("home")

    registry.register("settings", settings_page)
    registry.register("computer-check", computer_check_page)
    registry.register("welcome", welcome_page, welcome_examples)
