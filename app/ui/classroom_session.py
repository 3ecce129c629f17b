"""The session controller of a shared machine: picker → learner's window → picker.

It decides whether the picker is needed (a home PC with one profile skips it),
starts a learner's or a guest's session in a fresh window, watches for idle time,
and when a session ends (Sign out / Finish, idle timeout, app closing) saves the
learner's state — or wipes a guest's folder whole.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from app.core.ports import Clock
from app.services.idle import IdleWatch
from app.services.policy import Policy
from app.services.profiles.manager import ProfileManager
from app.services.profiles.session import GUEST, SessionRequests
from app.services.store.profiles import Profile, ProfileRepo
from app.ui.features.classroom import register_classroom_pages
from app.ui.idle_guard import IdleGuard
from app.ui.main_window import MainWindow
from app.ui.registry import PageRegistry
from app.ui.style import Look, apply_look
from app.ui.widgets import BigButton

Say = Callable[[str, str], None]  # (text, language): say it aloud, do not wait


class ClassroomSession(QObject):
    """``settings_for(profile)`` gives a learner's settings (language, first run done);
    ``release(profile_id)`` closes their database when their session ends; ``lang`` is
    the machine's language, shown while nobody is signed in."""

    def __init__(
        self,
        make_window: Callable[[Profile], MainWindow],
        *,
        profiles: ProfileRepo,
        manager: ProfileManager,
        policy: Policy,
        sessions: SessionRequests,
        settings_for: Callable[[Profile], Mapping[str, Any]],
        release: Callable[[str], None],
        lang: str,
        set_language: Callable[[str], object],
        clock: Clock,
        speaker: Say | None = None,
        size: tuple[int, int] = (1366, 768),
    ) -> None:
        super().__init__()
        self._make_window = make_window
        self._profiles = profiles
        self._manager = manager
        self._policy = policy
        self._sessions = sessions
        self._settings_for = settings_for
        self._release = release
        self._lang = lang
        self._set_language = set_language
        self._speaker = speaker
        self._size = size
        self.window: MainWindow | None = None
        self.profile: Profile | None = None
        self.language = lang
        watch = IdleWatch(clock, policy.idle_timeout_seconds)
        self.guard = IdleGuard(watch, self._busy, parent=self)
        self.guard.warning.connect(self._warn)
        self.guard.cleared.connect(self._clear_warning)
        self.guard.timed_out.connect(self.leave)
        sessions.subscribe(self.enter)
        manager.sweep_guests()  # left behind by a crash or power cut

    # ------------------------------------------------------------ start and switch
    def needs_picker(self) -> bool:
        """A home PC with at most one learner goes straight to their lessons."""
        if self._policy.classroom_mode:
            return bool(self._profiles.all()) or self._policy.guests_allowed
        return len(self._profiles.all()) > 1

    def start(self, profile_name: str | None = None) -> MainWindow:
        """The first window: the named profile (behind its PIN), the picker, or the only one."""
        if profile_name:
            profile = self._profiles.by_name(profile_name)
            if profile.has_pin:
                return self.open_picker(f"pin:{profile.id}")
            return self._open_profile(profile)
        if self.needs_picker():
            return self.open_picker()
        return self._open_profile(self._profiles.default())

    def open_picker(self, key: str = "picker") -> MainWindow:
        self._set_language(self._lang)
        self.language = self._lang
        registry = PageRegistry()
        manager = self._manager
        register_classroom_pages(
            registry,
            manager.all,
            manager.check_pin,
            self._sessions,
            self._policy.guests_allowed,
            1.0,
        )
        qt_app = QApplication.instance()
        assert isinstance(qt_app, QApplication)
        apply_look(qt_app, Look.from_settings("light", 100, 160))
        window = MainWindow(registry)
        window.home_button.hide()  # there is no home before someone is chosen
        window.open("picker")
        if key != "picker":
            window.open(key)
        self._swap(window, None)
        self.guard.stop()  # nobody's data is on screen: nothing to time out
        return window

    def enter(self, choice: str) -> None:
        """Start the session ``choice`` asked for (a profile id, PIN checked, or ``GUEST``)."""
        manager = self._manager
        if choice == GUEST:
            if not self._policy.guests_allowed:
                return
            profile = manager.start_guest(self._lang)
        else:
            profile = manager.get(choice)
        self._open_profile(profile)

    def leave(self) -> None:
        """End the session (state saved; a guest wiped) and show the picker."""
        self.open_picker()

    def shutdown(self) -> None:
        """The app is closing: end the session the same way, without a new window."""
        self.guard.stop()
        ending = self.profile
        if self.window is not None:
            self.window.close()
            self.window = None
        self.profile = None
        self._end(ending)

    def bring_forward(self) -> None:
        """Another start of the app asked us to show ourselves."""
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    # ------------------------------------------------------------ internals
    def _open_profile(self, profile: Profile) -> MainWindow:
        language = self._settings_for(profile)["language"]
        self._set_language(language)
        self.language = language
        window = self._make_window(profile)
        if self.needs_picker() or profile.is_guest:
            if profile.is_guest:
                label = self.tr("Finish")
                description = self.tr("End the guest visit; nothing of it is kept")
            else:
                label = self.tr("Sign out")
                description = self.tr("Save your place and go back to the list of learners")
            button = BigButton(label, main=True, description=description)
            button.activated.connect(self.leave)
            window.add_nav_button(button)
        # First-run setup on a home PC; in a classroom the teacher sets learners up and a
        # guest should start at once, so both land on home (settings stay one tap away).
        first_run = not (
            self._settings_for(profile)["first_run_done"]
            or profile.is_guest
            or self._policy.classroom_mode
        )
        window.open("welcome" if first_run else "home")
        self._swap(window, profile)
        self.guard.start()
        return window

    def _swap(self, window: MainWindow, profile: Profile | None) -> None:
        """Show ``window`` first, then close the old one (so the app never has no window)."""
        old_window, old_profile = self.window, self.profile
        if old_window is not None:
            window.setGeometry(old_window.geometry())
        else:
            window.resize(*self._size)
        window.show()
        self.window, self.profile = window, profile
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_profile is not None and (profile is None or profile.id != old_profile.id):
            self._end(old_profile)  # the same learner again (e.g. after an import) stays open

    def _end(self, profile: Profile | None) -> None:
        if profile is None:
            return
        self._release(profile.id)  # everything is already committed; close the file
        if profile.is_guest:
            self._manager.end_guest(profile)

    def _busy(self) -> bool:
        page = self.window.page if self.window is not None else None
        return bool(page is not None and page.is_busy())

    def _warn(self, seconds: int) -> None:
        text = self.tr(
            "Are you still there? Touch a key or move the mouse to carry on. "
            "Otherwise this screen goes back to the list of learners in %n second(s).",
            "",
            seconds,
        )
        if self.window is not None:
            self.window.banner.show_message(text)
        self._say(self.tr("Are you still there?"))

    def _say(self, text: str) -> None:
        """With the learner's window's voice (their speed and volume), unless one was given."""
        if self._speaker is not None:
            self._speaker(text, self.language)
        elif self.window is not None and self.window.speaker is not None:
            self.window.speaker.speak(text, self.language)

    def _clear_warning(self) -> None:
        if self.window is not None:
            self.window.banner.show_message("")
