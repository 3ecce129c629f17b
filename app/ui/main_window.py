"""The main window: a navigation bar and one page at a time. It routes, nothing more."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QSizePolicy, QVBoxLayout, QWidget

from app.core.errors import NotFoundError
from app.core.ports import Speaker
from app.ui.crash_notice import CrashNotice
from app.ui.pages.base import Page
from app.ui.registry import PageRegistry
from app.ui.widgets import KEY_HINTS, Banner, BigButton

HOME = "home"


class MainWindow(QMainWindow):
    """Emits ``page_opened(page, key)`` so the composition root can wire page signals."""

    page_opened = Signal(object, str)
    # True while the window changes page (the next page is built and put in), False once it
    # is open or the change gave up: what watches all input can step aside meanwhile.
    page_changing = Signal(bool)
    help_requested = Signal(str)
    closing = Signal()

    def __init__(
        self,
        registry: PageRegistry,
        speaker: Speaker | None = None,
        lang: str = "zh_CN",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._speaker = speaker
        self._lang = lang
        self._history: list[str] = []
        self.page: Page | None = None
        self.key = ""

        central = QWidget()
        central.setObjectName("Page")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        nav = QFrame()
        nav.setObjectName("NavBar")
        nav.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # never squeezed
        bar = QHBoxLayout(nav)
        bar.setContentsMargins(16, 10, 16, 10)
        bar.setSpacing(12)
        self.back_button = BigButton("", main=True, shortcut="Alt+Left")
        self.home_button = BigButton("", main=True, shortcut="Alt+Home")
        self.help_button = BigButton("", main=True, shortcut="F1")
        self._label_buttons()
        self.back_button.activated.connect(self.go_back)
        self.home_button.activated.connect(lambda: self.open(HOME))
        self.help_button.activated.connect(self._show_help)
        bar.addWidget(self.back_button)
        bar.addWidget(self.home_button)
        bar.addStretch(1)
        bar.addWidget(self.help_button)
        self._nav_bar = bar
        self._nav = nav
        layout.addWidget(nav)

        self.banner = Banner()
        self.banner.setContentsMargins(16, 8, 16, 0)
        layout.addWidget(self.banner)
        self.crash_notice = CrashNotice()  # shown by the crash guard (app/ui/crash_guard.py)
        self.crash_notice.setContentsMargins(16, 8, 16, 0)
        layout.addWidget(self.crash_notice)
        self._top = QVBoxLayout()  # lasting bars above every page (class reminders)
        self._top.setContentsMargins(16, 8, 16, 0)
        layout.addLayout(self._top)

        self._holder = QVBoxLayout()
        self._holder.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._holder, 1)
        self.setCentralWidget(central)

    def add_top_widget(self, widget: QWidget) -> None:
        """Keep ``widget`` above every page, whatever page is open."""
        self._top.addWidget(widget)

    def add_nav_button(self, button: BigButton) -> None:
        """An extra action in the navigation bar, before the help button (e.g. Sign out)."""
        self._nav_bar.insertWidget(self._nav_bar.count() - 1, button)
        self._fit_nav()

    def show_key_hints(self, shown: bool) -> None:
        """Show the keys after button labels, or not (a caregiver's choice); pages built
        afterwards follow it, the navigation bar at once."""
        self.setProperty(KEY_HINTS, shown)
        for button in self.findChildren(BigButton):
            button.hide_key_hints(not shown)
        self._fit_nav()

    def _fit_nav(self) -> None:
        """Drop the "(Alt + ←)" hints when the bar would not fit (big text, narrow window)."""
        buttons = self._nav.findChildren(BigButton)
        for button in buttons:
            button.set_shortcut_hint(True)
        if self._nav.sizeHint().width() > self.width():
            for button in buttons:
                button.set_shortcut_hint(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_nav()

    def _label_buttons(self) -> None:
        self.back_button.set_label(self.tr("Back"))
        self.back_button.describe(self.tr("Go back to the previous screen"))
        self.home_button.set_label(self.tr("Home"))
        self.home_button.describe(self.tr("Go to the home screen"))
        self.help_button.set_label(self.tr("What is on this screen?"))
        self.help_button.describe(self.tr("Hear and read what this screen is for"))

    def retranslate(self, lang: str) -> None:
        """Relabel the window after the translator changed; the caller then reloads the page."""
        self._lang = lang
        self._label_buttons()
        self.crash_notice.retranslate()

    @property
    def lang(self) -> str:
        return self._lang

    @property
    def speaker(self) -> Speaker | None:
        """The window's voice for short texts (help, samples, reminders, the idle warning)."""
        return self._speaker

    @property
    def registry(self) -> PageRegistry:
        return self._registry

    def open(self, key: str, *, remember: bool = True) -> Page:
        """Show the page for ``key``; ``NotFoundError`` (and no change) if there is none."""
        self.page_changing.emit(True)
        try:
            return self._open(key, remember)
        finally:
            self.page_changing.emit(False)

    def _open(self, key: str, remember: bool) -> Page:
        page = self._registry.build(key)
        if self._speaker is not None:
            self._speaker.stop()  # what was said belonged to the screen being left
        if self.page is not None:
            self.page.close_page()
            if remember and self.key and self.key != key:
                self._history.append(self.key)
            self._holder.removeWidget(self.page)
            self.page.hide()  # gone at once, for people and for assistive tech
            self.page.deleteLater()
        if key == HOME:
            self._history.clear()
        self.page, self.key = page, key
        page.navigate.connect(self._navigate)
        self._holder.addWidget(page)
        self.setWindowTitle(f"{page.title()} — {self.tr('Silver Classroom')}")
        self.back_button.setEnabled(bool(self._history))
        self.banner.show_message("")
        self._fit_nav()
        self.page_opened.emit(page, key)
        target = page.first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return page

    def reload(self) -> None:
        """Rebuild the current page (after a language, theme or text size change)."""
        if self.key:
            self.open(self.key, remember=False)

    def show_after_reload(self, message: str) -> None:
        """Rebuild the page (its content changed), then say what happened in the banner."""
        self.reload()
        self.banner.show_message(message)

    def go_back(self) -> None:
        if self._history:
            key = self._history.pop()
            try:
                self.open(key, remember=False)
            except NotFoundError:
                self.open(HOME)

    def _navigate(self, key: str) -> None:
        try:
            self.open(key)
        except NotFoundError:
            self.banner.show_message(self.tr("Sorry, that could not be found."))

    def _show_help(self) -> None:
        """Show and speak the page's help, in the language the window is shown in."""
        if self.page is not None:
            text = self.page.help_text()
            self.banner.show_message(text)
            if self._speaker is not None:
                self._speaker.speak(text, self._lang)
            self.help_requested.emit(text)

    def show_speech_problem(self, text: str) -> None:
        """Why nothing was heard, under what is shown already (e.g. the screen help)."""
        shown = self.banner.label.text()
        if text and text not in shown:
            self.banner.show_message(f"{shown}\n\n{text}" if shown else text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.page is not None:
            self.page.close_page()
        self.closing.emit()
        super().closeEvent(event)
