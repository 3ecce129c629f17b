"""Running the app: the learner's desktop window (with the classroom session, reminders and
tray) and ``--screenshot`` (one page, rendered off screen)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from app.core.errors import NotFoundError
from app.services.app_services import AppServices
from app.services.atomic_file import atomic_path
from app.services.store.profiles import Profile
from app.ui.main_window import MainWindow
from app.ui.qt_app import has_display, run_until_closed, start_qt
from app.ui.window_builder import build_window

AFTER_FIRST_PAINT_MS = 400  # the sync starts and the voice gets ready after the first paint


def run_screenshot(services: AppServices, args: Any, profile_name: str | None) -> int:
    """Render page ``args.page`` at ``args.size`` into ``args.screenshot`` (a PNG)."""
    profile = services.chosen_profile(profile_name)
    overrides: dict[str, Any] = {}
    if args.text_scale:
        overrides["text_scale"] = args.text_scale
    if args.theme:
        overrides["theme"] = args.theme
    qt_app = start_qt(services.settings_for(profile)["language"], offscreen=True)
    window = build_window(services, profile, overrides).window
    width, _, height = args.size.partition("x")
    window.resize(int(width), int(height))
    try:
        window.open(args.page)
    except NotFoundError:
        print(
            services.texts.translate("Main", "There is no page called “{key}”.").format(
                key=args.page
            ),
            file=sys.stderr,
        )
        return 2
    window.show()
    for _ in range(5):
        qt_app.processEvents()
    path: Path = args.screenshot
    picture = window.grab()
    window.close()
    image_format = path.suffix.lstrip(".").upper() or "PNG"
    with atomic_path(path) as tmp:  # a SaveError (one plain line) if it cannot be written
        if not picture.save(str(tmp), image_format):
            raise OSError(f"Qt could not write {image_format} to {path}")
    return 0


def run_window(
    services: AppServices,
    profile_name: str | None,
    *,
    after_first_paint: Callable[[], object] = lambda: None,
) -> int:
    """The app as people use it: one instance, the picker or a learner's window, until closed.

    ``after_first_paint`` runs once, ``AFTER_FIRST_PAINT_MS`` after the loop starts (the
    composition root resumes the garbage collector there)."""
    import asyncio  # here, not at the top: ``--screenshot`` needs none of these

    from app.services.crash_log import CrashLog
    from app.services.single_instance import SingleInstance
    from app.ui.classroom_session import ClassroomSession
    from app.ui.crash_guard import CrashGuard
    from app.ui.features.schedule import start_desktop_reminders

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
    qt_app = start_qt(services.lang, offscreen=False)
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
    trays: list[Any] = []
    closed = asyncio.Event()
    guard = CrashGuard(
        CrashLog(services.paths.logs), echo=lambda text: print(text, file=sys.stderr)
    )
    guard.install()

    def learner_window(profile: Profile) -> MainWindow:
        """A learner's window, with their class reminders (and tray icon) running in it."""
        built = build_window(services, profile)
        guard.watch(built.window.crash_notice)
        window_closed: list[bool] = []
        built.window.closing.connect(lambda: window_closed.append(True))

        def after_first_paint() -> None:
            """The sync (search index + catalog, in the background) and the voice start
            once the window is painted, not before it (issue 17)."""
            if window_closed:
                return
            built.platform.start()
            built.window.closing.connect(built.platform.shutdown)
            built.voice.speech.prepare()

        QTimer.singleShot(AFTER_FIRST_PAINT_MS, built.window, after_first_paint)
        for old in trays:
            old.icon.hide()
            old.deleteLater()
        trays.clear()
        background = start_desktop_reminders(
            qt_app, built.window, built.schedule, services.settings_for(profile)["language"]
        )
        if background.tray is not None:
            background.tray.quit_requested.connect(closed.set)
            trays.append(background.tray)
        return built.window

    session = ClassroomSession(
        learner_window,
        profiles=services.profiles,
        manager=services.manager,
        policy=services.policy,
        sessions=services.sessions,
        settings_for=services.settings_for,
        release=services.release,
        lang=services.lang,
        set_language=lambda language: start_qt(language, offscreen=False),
        clock=services.clock,
    )
    instance.message_received.connect(lambda _message: session.bring_forward())

    def shutdown() -> None:
        session.shutdown()
        instance.release()
        guard.uninstall()

    QTimer.singleShot(AFTER_FIRST_PAINT_MS, after_first_paint)
    run_until_closed(qt_app, closed, lambda: session.start(profile_name), shutdown)
    return 0
