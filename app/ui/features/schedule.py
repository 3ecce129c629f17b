"""The schedule feature: its pages, the reminder bar, the tray and the timer.

The window builder makes one ``ScheduleFeature`` per window and calls ``register``;
the desktop runner calls ``start_desktop_reminders`` when the real window runs (never
for screenshots, so a screenshot cannot use up a missed reminder).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.core.errors import NotFoundError
from app.core.ports import Clock, Notifier, Speaker
from app.core.schedule_view import week_sessions
from app.services.schedule.service import ScheduleService
from app.ui.file_chooser import DialogFileChooser, FileChooser
from app.ui.learner_settings import LearnerSettings
from app.ui.print_dialog import print_with_dialog
from app.ui.registry import PageRegistry

if TYPE_CHECKING:
    from app.services.reminders.scheduler import ReminderScheduler
    from app.services.reminders.start_at_login import StartAtLogin
    from app.ui.features.context import FeatureContext
    from app.ui.pages.class_form import ClassFormPage
    from app.ui.pages.schedule import SchedulePage
    from app.ui.reminder_bar import ReminderBar

# The pages, the large-print week and the reminders load when first used, not before
# the home page is painted (issue 17); the home page needs only ``today_lines``.

TICK_MS = 5_000


def open_web_link(link: str) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    url = QUrl(link)
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)


class SystemStartAtLogin:
    """This computer's "start when the computer starts" switch, found when the reminders
    page first asks (plistlib, subprocess: not before the home page is painted)."""

    def __init__(self) -> None:
        self._found: StartAtLogin | None = None

    def _switch(self) -> StartAtLogin:
        if self._found is None:
            from app.services.reminders.start_at_login import start_at_login

            self._found = start_at_login()
        return self._found

    def is_enabled(self) -> bool:
        return self._switch().is_enabled()

    def set(self, on: bool) -> None:
        self._switch().set(on)


# A bundle of parts, not a value: compared by identity, no field-by-field repr.
@dataclass(eq=False, repr=False)
class ScheduleFeature:
    """Collaborators the schedule pages need, all injectable for tests."""

    service: ScheduleService
    lang: str
    settings: LearnerSettings
    autostart: StartAtLogin = field(default_factory=SystemStartAtLogin)
    open_link: Callable[[str], None] = open_web_link
    print_markup: Callable[[str, QWidget | None], bool] = print_with_dialog
    files: FileChooser | None = None  # None: Qt's file dialogs for calendar files

    def locale(self) -> QLocale:
        return QLocale("zh_CN" if self.lang == "zh_CN" else "en_GB")

    def week_markup(self) -> str:
        from app.services.large_print import week_html

        now = self.service.now()
        return week_html(
            week_sessions(self.service.classes(), now.date(), now.tzinfo), now.date(), self.locale()
        )

    def _ask_path(self, save: bool) -> Path | None:
        """A calendar file to write (``save``) or to read, chosen by the person."""
        chooser = self.files or DialogFileChooser(kind="calendar")
        return chooser.save_path("classes.ics") if save else chooser.open_path()

    def schedule_page(self) -> SchedulePage:
        from app.ui.pages.schedule import ScheduleActions, SchedulePage
        from app.ui.reminder_options import ReminderOptions

        options = ReminderOptions(
            self.settings.keep_running_in_background,
            self.autostart.is_enabled(),
            self.set_keep_running,
            self.autostart.set,
        )

        def import_file(path: Path) -> int:
            return len(self.service.import_file(path))

        actions = ScheduleActions(
            view=self.service.view,
            delete=self.service.delete,
            restore=self.service.restore,
            import_file=import_file,
            export_file=self.service.export_file,
            print_week=self._print_week,  # given the page: a closure over it made a cycle
            open_link=self.open_link,
            ask_path=self._ask_path,
        )
        return SchedulePage(actions, self.lang, options)

    def set_keep_running(self, on: bool) -> None:
        self.settings.update({"keep_running_in_background": on})
        from PySide6.QtWidgets import QSystemTrayIcon

        qt_app = QApplication.instance()
        if isinstance(qt_app, QApplication) and QSystemTrayIcon.isSystemTrayAvailable():
            qt_app.setQuitOnLastWindowClosed(not on)

    def _print_week(self, page: SchedulePage) -> None:
        if self.print_markup(self.week_markup(), page):
            page.printed()

    def form_page(self, arg: str) -> ClassFormPage:
        from app.ui.pages.class_form import ClassFormPage

        entry = None
        if arg:
            if not arg.isdigit():
                raise NotFoundError()
            entry = self.service.get(int(arg))
        now = self.service.now()
        return ClassFormPage(entry, self.service.save, now.date(), self.service.home_zone)

    def today_lines(self) -> list[tuple[str, str]]:
        """(time + title, place) of today's sessions, for the home page."""
        lines = []
        for occ in self.service.view().today:
            e = occ.entry
            where = e.place or (
                QApplication.translate("HomePage", "Online class") if e.link else ""
            )
            lines.append((f"{occ.start:%H:%M}  {e.title}", where))
        return lines


def register(registry: PageRegistry, ctx: FeatureContext) -> None:
    feature = ctx.schedule
    registry.register("schedule", lambda _arg: feature.schedule_page())
    registry.register("class-new", lambda _arg: feature.form_page(""))

    def examples() -> list[str]:
        classes = feature.service.classes()
        return [f"class-edit:{classes[0].id}"] if classes else []

    registry.register("class-edit", feature.form_page, examples)


def _bring_forward(window: Any) -> None:
    if not window.isVisible() or window.isMinimized():
        window.showNormal()
    window.raise_()


# A bundle of parts, not a value: compared by identity, no field-by-field repr.
@dataclass(eq=False, repr=False)
class ReminderRuntime:
    """What runs a window's reminders: scheduler, bar and timer, and the tray icon if any."""

    scheduler: ReminderScheduler
    bar: ReminderBar
    timer: QTimer
    tray: Any = None


def start_reminders(
    window: Any,
    service: ScheduleService,
    clock: Clock,
    notifier: Notifier,
    speaker: Speaker,
    open_link: Callable[[str], None] = open_web_link,
    tick_ms: int = TICK_MS,
    lang: str = "zh_CN",
) -> ReminderRuntime:
    """Show missed reminders once, then check every few seconds; the bar sits in ``window``."""
    from app.services.reminders.scheduler import ReminderScheduler
    from app.ui.reminder_bar import ReminderBar

    scheduler = ReminderScheduler(service.repo, clock, notifier, speaker, lang=lang)
    bar = ReminderBar(scheduler, open_link)
    window.add_top_widget(bar)
    service.listeners.append(scheduler.refresh)
    # The learner asked for reminders: bring the window (and its large bar) forward,
    # also when it was closed to the tray.
    scheduler.listeners.append(lambda _reminder: _bring_forward(window))
    timer = QTimer(window)
    timer.setInterval(tick_ms)
    timer.timeout.connect(scheduler.tick)
    scheduler.start()
    timer.start()
    return ReminderRuntime(scheduler, bar, timer)


def start_desktop_reminders(
    qt_app: QApplication, window: Any, feature: ScheduleFeature, lang: str
) -> ReminderRuntime:
    """The real app's reminders: tray (if the desktop has one), the window's voice, timer.

    With a tray and ``keep_running_in_background`` on, closing the window leaves the
    app running; the tray's "Quit" ends it (``runtime.tray.quit_requested``).
    """
    from app.ui.lazy_voice import LazyVoice
    from app.ui.tray import NoNotifier, keep_running_in_tray

    keep = feature.settings.keep_running_in_background
    tray = keep_running_in_tray(qt_app, window, keep)
    service = feature.service
    speaker = window.speaker
    assert speaker is not None  # the window builder always gives the window a voice
    # Reminders are personal: rendered into the profile's own audio folder.
    voice: Speaker = speaker.personal if isinstance(speaker, LazyVoice) else speaker
    runtime = start_reminders(
        window,
        service,
        service.clock,
        tray or NoNotifier(),
        voice,
        feature.open_link,
        lang=lang,
    )
    runtime.tray = tray
    return runtime
