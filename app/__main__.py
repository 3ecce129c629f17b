"""Composition root: parse the command line, build the services, build the window.

This is the one place that knows every piece; reading it top to bottom tells how
the app fits together. Nothing here is global: each run builds its own objects.
"""

from __future__ import annotations

import locale
import os
import signal
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.cli.options import AdminRegistrar, CommandLine, UsageError, parse
from app.core.errors import NotFoundError, SilverError
from app.core.i18n import normalise_language, pick
from app.core.lesson_text import LessonView, build_lesson_view
from app.core.ports import CourseSource
from app.core.sections import SILVER_AGE
from app.services.app_services import AppServices
from app.services.catalog import CatalogService
from app.services.clock import SystemClock, local_zone_name
from app.services.packs.folder import PackFolder
from app.services.paths import DataPaths, default_data_dir, resources_dir
from app.services.platform.kit import build_platform
from app.services.policy import allowed_sources, load_policy
from app.services.policy_packs import install_policy_packs
from app.services.profiles.manager import ProfileManager
from app.services.reading import ReadingPlaces, parse_lesson_key
from app.services.schedule.service import ScheduleService
from app.services.secrets.keyring_store import KeyringSecretStore, system_backend
from app.services.store.database import connect
from app.services.store.profiles import Profile, ProfileRepo
from app.services.store.schema import MACHINE_MIGRATIONS
from app.services.translations import Texts, install_language, load_translator


# ---------------------------------------------------------------- services
def pack_sources(paths: DataPaths) -> list[CourseSource]:
    """The bundled packs first (always there, even on a brand-new data dir), then installed ones."""
    sources: list[CourseSource] = []
    folders = sorted((resources_dir() / "packs").glob("*/pack.json"))
    folders += sorted(paths.packs.glob("*/pack.json")) if paths.packs.is_dir() else []
    for manifest in folders:
        try:
            sources.append(PackFolder.open(manifest.parent))
        except SilverError as exc:
            print(f"{manifest.parent.name}: {exc}", file=sys.stderr)
    return sources


def catalog_sources(paths: DataPaths, platform_cache: CourseSource, policy: Any) -> list[Any]:
    """Everything installed, as the policy allows: packs first, then the platform cache."""
    return allowed_sources([*pack_sources(paths), platform_cache], policy)


def build_services(cmd: CommandLine, *, lang_fallback: str) -> AppServices:
    paths = DataPaths(cmd.globals.data_dir or default_data_dir()).ensure()
    machine = connect(paths.machine_db, MACHINE_MIGRATIONS)
    policy = load_policy(cmd.globals.policy)
    for problem in install_policy_packs(paths, policy):
        print(problem, file=sys.stderr)
    profiles = ProfileRepo(machine)
    lang = cmd.globals.lang or lang_fallback
    overrides: dict[str, Any] = {}
    if cmd.globals.lang:
        overrides["language"] = cmd.globals.lang
    texts = Texts(load_translator(lang))
    secrets = KeyringSecretStore(system_backend)  # sign-in and learner removal share it
    platform = build_platform(
        paths.root,
        paths.machine_db,
        machine,
        api_base=cmd.globals.api_base or policy.api_base,
        placeholder=lambda: texts.translate(
            "Platform",
            "This lesson is not saved on this computer yet. It will appear here as soon as "
            "the computer can reach the lesson service.",
        ),
        secrets=secrets,
    )
    return AppServices(
        paths=paths,
        machine=machine,
        profiles=profiles,
        catalog=CatalogService(catalog_sources(paths, platform.cache, policy)),
        texts=texts,
        lang=lang,
        overrides=overrides,
        policy=policy,
        api_base=cmd.globals.api_base or policy.api_base,
        profile_manager=ProfileManager(paths, profiles, machine, SystemClock(), secrets),
        platform=platform,
    )


def chosen_profile(services: AppServices, name: str | None) -> Profile:
    return services.profiles.by_name(name) if name else services.profiles.default()


def system_language() -> str:
    return normalise_language(locale.getlocale()[0] or os.environ.get("LANG"))


# ---------------------------------------------------------------- window
def _no_secrets() -> KeyringSecretStore:
    return KeyringSecretStore(None)


def build_window(
    services: AppServices,
    profile: Profile,
    look_overrides: dict[str, Any],
    *,
    speaker: Any = None,
    files: Any = None,
    speech_engine: Any = None,
) -> Any:
    """The main window for ``profile`` with every page registered.

    ``speaker`` (the ``Speaker`` port) and ``files`` (a ``FileChooser``) default to
    the window voice's ``VoiceSpeaker`` and Qt's file dialog; ``speech_engine`` (a
    ``SpeechEngine``, e.g. a test's fake) to the one found on this machine.
    """
    from PySide6.QtWidgets import QApplication

    from app.services.caregiver import CaregiverLock
    from app.services.packs.archive import install_pack
    from app.services.profile_transfer import ProfileTransfer
    from app.services.speech.read_aloud import build_read_aloud
    from app.services.speech.voice_speaker import VoiceSpeaker
    from app.services.speech.window_voice import WindowVoice
    from app.ui.file_chooser import DialogFileChooser
    from app.ui.learner_data_actions import learner_data_actions
    from app.ui.learner_wiring import wire_learner_store
    from app.ui.main_window import MainWindow
    from app.ui.pack_install import PackInstallBar, choose_pack_with_dialog
    from app.ui.pages.bookmarks import BookmarksPage
    from app.ui.pages.caregiver_panel import CaregiverSession
    from app.ui.pages.catalog import CatalogPage
    from app.ui.pages.course import CoursePage
    from app.ui.pages.home import ContinueItem, HomePage
    from app.ui.pages.lesson import LessonPage
    from app.ui.pages.picker import register_classroom_pages
    from app.ui.pages.settings import SettingsPage
    from app.ui.pages.signin import SignInPage
    from app.ui.pages.welcome import STEPS as WELCOME_STEPS
    from app.ui.pages.welcome import WelcomePage, WelcomeState
    from app.ui.platform_controller import PlatformController
    from app.ui.platform_wiring import wire_platform
    from app.ui.printing import lesson_html
    from app.ui.registry import PageRegistry
    from app.ui.schedule_wiring import ScheduleWiring, print_with_dialog, register_schedule_pages
    from app.ui.style import Look, apply_palette, stylesheet

    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    store = services.learner(profile)
    settings = {**services.settings_for(profile), **look_overrides}
    lang = settings["language"]
    catalog = services.catalog

    def look() -> Look:
        return Look.from_settings(
            settings["theme"], settings["text_scale"], settings["line_spacing"]
        )

    def continue_item() -> ContinueItem | None:
        last = store.progress.last_opened()
        if last is None:
            return None
        lesson = catalog.catalog.lesson(places.continue_with(last.lesson_id))
        course = catalog.catalog.courses.get(last.course_id)
        if lesson is None or course is None:
            return None
        return ContinueItem(lesson.id, course.title_in(lang), lesson.title_in(lang))

    voice = WindowVoice(services.paths.audio_cache, store.folder / "audio", speech_engine)

    def lesson_view(lesson_id: str) -> LessonView:
        ref = catalog.catalog.lesson(lesson_id)
        if ref is None:
            raise NotFoundError()
        content = catalog.lesson_content(lesson_id, lang)
        remember = qt_app.translate("LessonPage", "Remember this")
        return build_lesson_view(content, ref.title_in(lang), remember)

    places = ReadingPlaces(store, catalog, lesson_view, lang)

    def lesson_page(arg: str) -> LessonPage:
        lesson_id, start = parse_lesson_key(arg)
        course = catalog.catalog.course_of_lesson(lesson_id)
        if course is None:
            raise NotFoundError()
        view = lesson_view(lesson_id)
        here = window.page
        if isinstance(here, LessonPage) and here.view.lesson_id == lesson_id and here.bookmarks:
            place = here.bookmarks.place()  # rebuilt (e.g. bigger text): stay on the sentence
            start = place.start if place is not None else start
        store.progress.record_open(lesson_id, course.id, datetime.now(UTC))
        content = catalog.lesson_content(lesson_id, lang)
        reader = build_read_aloud(
            voice,
            view.text,
            content.lang,
            rate=settings["speech_rate"],
            volume=settings["volume"],
            narration=content.narration,
            narration_timings=content.narration_timings,
        )
        page = LessonPage(
            view, pick(course.title, lang), look(), places=places, start=start, read_aloud=reader
        )
        page.text_scale_requested.connect(lambda n: change_settings({"text_scale": n}))
        page.print_requested.connect(lambda: print_with_dialog(lesson_html(view), page))
        page.setting_changed.connect(lambda key, value: change_settings({key: value}, False))
        page.read_aloud_used.connect(lambda: store.progress.mark_read_aloud(lesson_id))
        return page

    registry = PageRegistry()
    schedule = ScheduleWiring(
        ScheduleService(store.schedule, SystemClock(), local_zone_name()),
        lang,
        settings,
        lambda changes: change_settings(changes, reload=False),
    )
    register_schedule_pages(registry, schedule)
    registry.register(
        "home",
        lambda _: HomePage(
            catalog.catalog,
            lang,
            continue_item(),
            schedule.today_lines(),
            sections=services.policy.allowed_sections,
        ),
    )
    manager = services.manager()
    register_classroom_pages(
        registry,
        manager.all,
        manager.check_pin,
        services.sessions,
        services.policy.guests_allowed,
        look().chrome_factor,
    )
    kit = services.platform
    assert kit is not None

    def platform_token() -> str | None:
        if kit.secrets is None or profile.is_guest:
            return None
        return kit.secrets.get(profile.id)

    platform = PlatformController(
        kit, catalog, token=platform_token, enrolled_classes=schedule.service.refresh_platform
    )

    def install_pack_file(path: Path) -> Any:
        result = install_pack(path, services.paths.packs)
        catalog.replace_sources(catalog_sources(services.paths, kit.cache, services.policy))
        platform.refresh_search()
        return result

    def catalog_page(arg: str) -> CatalogPage:
        page = CatalogPage(
            catalog.catalog, arg or SILVER_AGE, lang, search=platform.search, controller=platform
        )
        installer = PackInstallBar(choose_pack_with_dialog(window), install_pack_file, error_text)
        installer.installed.connect(window.show_after_reload)
        page.column.insertWidget(page.column.count() - 1, installer)  # after the courses
        return page

    registry.register("catalog", catalog_page)
    registry.register(
        "signin",
        lambda _: SignInPage(kit.secrets or _no_secrets(), profile.id, platform.check_token),
    )
    registry.register(
        "course",
        lambda arg: CoursePage(catalog.course(arg), lang, store.progress.marks(arg)),
        lambda: [f"course:{c}" for c in list(catalog.catalog.courses)[:1]],
    )
    registry.register(
        "lesson",
        lesson_page,
        lambda: [f"lesson:{c.lessons[0].id}" for c in list(catalog.catalog.courses.values())[:1]],
    )
    registry.register("bookmarks", lambda _: BookmarksPage(places))

    speaker = speaker or VoiceSpeaker(voice, lambda: settings)
    lock = CaregiverLock(services.machine, SystemClock())
    session, setup = CaregiverSession(), WelcomeState()

    def error_text(exc: SilverError) -> str:
        return exc.render(qt_app.translate("Errors", exc.template))

    def settings_page(_: str) -> SettingsPage:
        chooser = files or DialogFileChooser(window)
        page = SettingsPage(settings, look(), lock, session, speaker, chooser, error_text)
        page.change_requested.connect(change_settings)
        page.rebuild_requested.connect(window.reload)
        return page

    def welcome_page(step: str) -> WelcomePage:
        setup.go_to(step)
        page = WelcomePage(settings, look(), setup, speaker)
        page.change_requested.connect(change_settings)
        page.finished.connect(finish_setup)
        return page

    registry.register("settings", settings_page)
    registry.register("welcome", welcome_page, lambda: [f"welcome:{s}" for s in WELCOME_STEPS])
    window = MainWindow(registry, speaker, lang)
    platform.setParent(window)
    wire_platform(window, kit, platform)
    if isinstance(speaker, VoiceSpeaker):
        speaker.failed.connect(window.show_speech_problem)
        window.closing.connect(speaker.close)
    # The caregiver screen's "save / bring in my data" (the admin profile file, issue 7).
    session.extra_actions += learner_data_actions(
        ProfileTransfer(services.paths, services.profiles, services.machine, services.release),
        profile,
        lambda: store.conn,
        files or DialogFileChooser(window, kind="profile"),
        error_text,
        lambda text: window.banner.show_message(text),
        services.sessions.enter,
    )
    wire_learner_store(window, store, qt_app.translate)
    window.schedule = schedule  # type: ignore[attr-defined]  # run_window starts reminders
    window.closing.connect(voice.close)

    def apply_look() -> None:
        qt_app.setStyleSheet(stylesheet(look()))
        apply_palette(qt_app, look())

    def change_settings(changes: dict[str, Any], reload: bool = True) -> None:
        """Save, then show the change at once: language (without a restart), look, page."""
        nonlocal lang
        store.settings.save(changes)
        settings.update(changes)
        if settings["language"] != lang:
            lang = settings["language"]
            install_language(qt_app, lang)
            window.retranslate(lang)
        apply_look()
        if reload:
            window.reload()

    def finish_setup() -> None:
        store.settings.save({"first_run_done": True})
        settings["first_run_done"] = True
        window.open("home")

    apply_look()
    return window


def start_qt(lang: str, *, offscreen: bool) -> Any:
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication.instance() or QApplication(["silver-classroom"])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("Silver Classroom")
    font = QFont()
    font.setFamilies(
        [
            "Noto Sans CJK SC",
            "WenQuanYi Micro Hei",
            "Microsoft YaHei",
            "PingFang SC",
            "Noto Sans",
            "DejaVu Sans",
        ]
    )
    qt_app.setFont(font)
    install_language(qt_app, lang)
    return qt_app


# ---------------------------------------------------------------- commands
def run_screenshot(cmd: CommandLine, services: AppServices) -> int:
    profile = chosen_profile(services, cmd.globals.profile)
    overrides: dict[str, Any] = {}
    if cmd.args.text_scale:
        overrides["text_scale"] = cmd.args.text_scale
    if cmd.args.theme:
        overrides["theme"] = cmd.args.theme
    lang = services.settings_for(profile)["language"]
    qt_app = start_qt(lang, offscreen=True)
    window = build_window(services, profile, overrides)
    width, _, height = cmd.args.size.partition("x")
    window.resize(int(width), int(height))
    try:
        window.open(cmd.args.page)
    except NotFoundError:
        print(
            services.texts.translate("Main", "There is no page called “{key}”.").format(
                key=cmd.args.page
            ),
            file=sys.stderr,
        )
        return 2
    window.show()
    for _ in range(5):
        qt_app.processEvents()
    path: Path = cmd.args.screenshot
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        print(f"could not write {path}", file=sys.stderr)
        return 1
    window.close()
    return 0


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_window(cmd: CommandLine, services: AppServices) -> int:
    import asyncio

    from PySide6.QtCore import QTimer

    from app.services.single_instance import SingleInstance
    from app.ui.classroom import ClassroomSession
    from app.ui.event_loop import SilverEventLoop
    from app.ui.platform_controller import PlatformController

    lang = services.lang
    if not has_display():
        print(
            services.texts.translate(
                "Main",
                "No screen was found, so the window cannot open. To see a page without a "
                "screen, run: python -m app --screenshot home.png --page home",
            ),
            file=sys.stderr,
        )
        return 1
    qt_app = start_qt(lang, offscreen=False)
    instance = SingleInstance(services.paths.lock_file)
    if not instance.acquire():
        instance.send()
        print(
            services.texts.translate(
                "Main", "Silver Classroom is already open; its window has been brought forward."
            ),
            file=sys.stderr,
        )
        return 0
    if services.policy.problem is not None:
        print(services.texts.error(services.policy.problem), file=sys.stderr)
    from app.ui.schedule_wiring import start_desktop_reminders

    closed = asyncio.Event()
    trays: list[Any] = []

    def learner_window(profile: Profile) -> Any:
        """A learner's window, with their class reminders (and tray icon) running in it."""
        window = build_window(services, profile, {})
        platform = window.findChild(PlatformController)
        platform.start()  # search index + catalog sync in the background
        window.closing.connect(platform.shutdown)
        for old in trays:
            old.icon.hide()
            old.deleteLater()
        trays.clear()
        background = start_desktop_reminders(
            qt_app, window, window.schedule, services.settings_for(profile)["language"]
        )
        if background.tray is not None:
            background.tray.quit_requested.connect(closed.set)
            trays.append(background.tray)
        return window

    session = ClassroomSession(
        services,
        learner_window,
        set_language=lambda language: start_qt(language, offscreen=False),
        clock=SystemClock(),
    )
    instance.message_received.connect(lambda _message: session.bring_forward())

    async def until_closed() -> None:
        qt_app.lastWindowClosed.connect(
            lambda: None if not qt_app.quitOnLastWindowClosed() else closed.set()
        )
        # a logout or shutdown sends SIGTERM: end the session properly (a guest is wiped)
        signal.signal(signal.SIGTERM, lambda *_: closed.set())
        wake = QTimer()  # lets Python run its signal handler while Qt waits
        wake.timeout.connect(lambda: None)
        wake.start(500)
        session.start(cmd.globals.profile)
        await closed.wait()

    try:
        with asyncio.Runner(loop_factory=SilverEventLoop) as runner:
            runner.run(until_closed())
    finally:
        session.shutdown()
        instance.release()
    return 0


def admin_registrars(argv: Sequence[str]) -> list[AdminRegistrar]:
    """The admin verbs, loaded only for an admin command line: they pull in the speech
    worker, the HTTP client and more, which the window does not need to start."""
    if "admin" not in argv:
        return []
    from app.cli import admin

    return admin.REGISTRARS


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Qt's developer chatter (missing video codecs, offscreen hints) is not for learners or
    # for scripts reading stderr; a developer can still set QT_LOGGING_RULES themselves.
    os.environ.setdefault(
        "QT_LOGGING_RULES", "qt.multimedia*=false;qt.qpa.*=false;qt.multimedia.ffmpeg=false"
    )
    try:
        cmd = parse(argv, admin_registrars(argv))
    except UsageError as exc:
        print(f"silver-classroom: {exc}", file=sys.stderr)
        return 2
    try:
        services = build_services(
            cmd, lang_fallback=system_language() if cmd.args.command == "admin" else "zh_CN"
        )
    except SilverError as exc:
        texts = Texts(load_translator(cmd.globals.lang or system_language()))
        print(texts.error(exc), file=sys.stderr)
        return 1
    try:
        if cmd.args.command == "admin":
            from app.cli import admin

            return admin.run(services, cmd.args, sys.stdout, sys.stderr)
        if cmd.args.screenshot:
            return run_screenshot(cmd, services)
        return run_window(cmd, services)
    except SilverError as exc:  # e.g. a learner database from a newer app: say so, plainly
        print(services.texts.error(exc), file=sys.stderr)
        return 1
    finally:
        services.close()


if __name__ == "__main__":
    sys.exit(main())
