"""My schedule: today's classes first, then the rest of this week and next week.

Large rows, no calendar grid. Each row says when, what and where, with "Join class"
for online classes (after the learner confirms) and "Change" / "Delete" (with an
in-page confirmation and an Undo) for classes the learner added. Print, import and
export are one button each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.schedule_view import ScheduleView
from app.core.timetable import PLATFORM, ClassEntry, Occurrence
from app.ui.pages.base import Page
from app.ui.toggle import button_grid
from app.ui.widgets import Banner, BigButton, heading


@dataclass
class ScheduleActions:
    """What the page may do; built by the composition root from the schedule service."""

    view: Callable[[], ScheduleView]
    delete: Callable[[int], ClassEntry]
    restore: Callable[[ClassEntry], None]
    import_file: Callable[[Path], int]
    export_file: Callable[[Path], int]
    print_week: Callable[[SchedulePage], None]  # the page that asked (dialog parent, news)
    open_link: Callable[[str], None]
    ask_path: Callable[[bool], Path | None]  # True: a file to save; False: a file to open


def when_text(occ: Occurrence, locale: QLocale) -> str:
    """ "Tuesday 01/09/2026 · 09:00–10:30" in the learner's language."""
    day = QDate(occ.start.year, occ.start.month, occ.start.day)
    name = locale.toString(day, "dddd")
    short = locale.toString(day, QLocale.FormatType.ShortFormat)
    return f"{name} {short}  ·  {occ.start:%H:%M}–{occ.end:%H:%M}"


class ClassRow(QFrame):
    """One session: time, title, where; its buttons act on the class."""

    def __init__(self, occ: Occurrence, locale: QLocale, page: SchedulePage) -> None:
        super().__init__()
        self.setProperty("tile", True)
        self.occurrence = occ
        entry = occ.entry
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        self.when_label = QLabel(when_text(occ, locale))
        self.when_label.setProperty("role", "heading")
        self.when_label.setWordWrap(True)
        layout.addWidget(self.when_label)
        self.title_label = QLabel(entry.title)
        self.title_label.setProperty("role", "heading")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        details = []
        if entry.place:
            details.append(self.tr("Place: {place}").format(place=entry.place))
        if entry.link:
            details.append(self.tr("Online class"))
        if entry.teacher:
            details.append(self.tr("Teacher: {teacher}").format(teacher=entry.teacher))
        if entry.source == PLATFORM:
            details.append(self.tr("From your class platform"))
        self.detail_label = QLabel("  ·  ".join(details))
        self.detail_label.setWordWrap(True)
        self.detail_label.setProperty("role", "muted")
        layout.addWidget(self.detail_label)
        self.setAccessibleName(f"{self.when_label.text()} {entry.title}")

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.join_button: BigButton | None = None
        if entry.link:
            self.join_button = BigButton(
                self.tr("Join class"),
                main=True,
                description=self.tr("Open the online class in your web browser"),
            )
            self.join_button.activated.connect(lambda: page.ask_join(self))
            buttons.addWidget(self.join_button)
        self.change_button: BigButton | None = None
        self.delete_button: BigButton | None = None
        if entry.source != PLATFORM and entry.id is not None:
            self.change_button = BigButton(
                self.tr("Change"), description=self.tr("Change this class: name, days, time")
            )
            self.change_button.activated.connect(
                lambda: page.navigate.emit(f"class-edit:{entry.id}")
            )
            self.delete_button = BigButton(
                self.tr("Delete"), danger=True, description=self.tr("Remove this class")
            )
            self.delete_button.activated.connect(lambda: page.ask_delete(self))
            buttons.addWidget(self.change_button)
            buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        # The confirmation lives in the row itself: no pop-up window.
        self.confirm = QFrame()
        confirm_layout = QVBoxLayout(self.confirm)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setProperty("role", "heading")
        self.confirm_yes = BigButton(self.tr("Yes, delete"), main=True)
        self.confirm_no = BigButton(self.tr("No, go back"))
        self.confirm_no.activated.connect(self.hide_confirm)
        confirm_layout.addWidget(self.confirm_label)
        confirm_layout.addWidget(button_grid([self.confirm_yes, self.confirm_no]))
        self.confirm.setVisible(False)
        layout.addWidget(self.confirm)
        self._on_yes: Callable[[], None] = lambda: None
        self.confirm_yes.activated.connect(lambda: self._on_yes())

    def show_confirm(self, question: str, yes: str, action: Callable[[], None]) -> None:
        self.confirm_label.setText(question)
        self.confirm_yes.set_label(yes)
        self._on_yes = action
        self.confirm.setVisible(True)
        self.confirm_yes.setFocus()

    def hide_confirm(self) -> None:
        self.confirm.setVisible(False)


class SchedulePage(Page):
    """Emits ``navigate("class-new")`` / ``navigate("class-edit:<id>")``."""

    changed = Signal()

    def __init__(
        self,
        actions: ScheduleActions,
        lang: str,
        options: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._locale = QLocale("zh_CN" if lang == "zh_CN" else "en_GB")
        self._undo: ClassEntry | None = None
        self.column.addWidget(heading(self.tr("My schedule")))

        self.add_button = BigButton(
            self.tr("Add a class"),
            main=True,
            shortcut="Ctrl+N",
            description=self.tr("Add a new class to your timetable, step by step"),
        )
        self.add_button.activated.connect(lambda: self.navigate.emit("class-new"))
        self.print_button = BigButton(
            self.tr("Print this week"),
            shortcut="Ctrl+P",
            description=self.tr("Print this week's timetable in large letters"),
        )
        self.print_button.activated.connect(self._print_week)
        self.import_button = BigButton(
            self.tr("Add from a calendar file"),
            description=self.tr("Add the classes of an .ics calendar file"),
        )
        self.import_button.activated.connect(self._import)
        self.export_button = BigButton(
            self.tr("Save to a calendar file"),
            description=self.tr("Save all your classes to an .ics calendar file"),
        )
        self.export_button.activated.connect(self._export)
        self.column.addWidget(
            button_grid(
                [self.add_button, self.print_button, self.import_button, self.export_button]
            )
        )

        self.message = Banner()
        self.undo_button = BigButton(
            self.tr("Undo"),
            main=True,
            shortcut="Ctrl+Z",
            description=self.tr("Bring back the class you just deleted"),
        )
        self.undo_button.activated.connect(self._undo_delete)
        self.undo_button.setVisible(False)
        banner_layout = self.message.layout()
        assert banner_layout is not None
        banner_layout.addWidget(self.undo_button)
        self.column.addWidget(self.message)

        self._list_holder = QVBoxLayout()
        self._list_holder.setSpacing(16)
        self.column.addLayout(self._list_holder)
        if options is not None:
            self.column.addWidget(options)
        self.column.addStretch(1)
        self.rows: list[ClassRow] = []
        self.refresh()

    # ------------------------------------------------------------ content
    def refresh(self) -> None:
        while self._list_holder.count():
            item = self._list_holder.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        view = self._actions.view()
        if view.empty:
            empty = QLabel(
                self.tr(
                    "You have no classes this week or next week. Press “Add a class” to add one."
                )
            )
            empty.setWordWrap(True)
            self._list_holder.addWidget(empty)
            return
        for title, sessions in (
            (self.tr("Today"), view.today),
            (self.tr("Later this week"), view.later_this_week),
            (self.tr("Next week"), view.next_week),
        ):
            self._list_holder.addWidget(heading(title, "heading"))
            if not sessions:
                none = QLabel(self.tr("No classes."))
                none.setProperty("role", "muted")
                self._list_holder.addWidget(none)
            for occ in sessions:
                row = ClassRow(occ, self._locale, self)
                self.rows.append(row)
                self._list_holder.addWidget(row)

    # ------------------------------------------------------------ actions
    def ask_join(self, row: ClassRow) -> None:
        link = row.occurrence.entry.link
        row.show_confirm(
            self.tr("Open this class in your web browser?\n{link}").format(link=link),
            self.tr("Yes, open it"),
            lambda: self._join(row, link),
        )

    def _join(self, row: ClassRow, link: str) -> None:
        row.hide_confirm()
        self._actions.open_link(link)

    def ask_delete(self, row: ClassRow) -> None:
        entry = row.occurrence.entry
        row.show_confirm(
            self.tr("Delete “{title}” and all its sessions?").format(title=entry.title),
            self.tr("Yes, delete"),
            lambda: self._delete(entry),
        )

    def _delete(self, entry: ClassEntry) -> None:
        assert entry.id is not None
        self._undo = self._actions.delete(entry.id)
        self.refresh()
        self.say(self.tr("“{title}” was deleted.").format(title=entry.title), undo=True)
        self.changed.emit()

    def _undo_delete(self) -> None:
        if self._undo is None:
            return
        entry, self._undo = self._undo, None
        self._actions.restore(entry)
        self.refresh()
        self.say(self.tr("“{title}” is back.").format(title=entry.title))
        self.changed.emit()

    def _import(self) -> None:
        path = self._actions.ask_path(False)
        if path is not None:
            self.import_from(path)

    def _export(self) -> None:
        path = self._actions.ask_path(True)
        if path is not None:
            self.export_to(path)

    def import_from(self, path: Path) -> None:
        from app.core.errors import SilverError
        from app.ui.texts import error_text

        try:
            count = self._actions.import_file(path)
        except SilverError as exc:
            self.say(error_text(exc))
            return
        except OSError:
            self.say(self.tr("The file could not be opened."))
            return
        self.refresh()
        self.say(self.tr("%n class(es) added from the file.", "", count))
        self.changed.emit()

    def export_to(self, path: Path) -> None:
        from app.core.errors import SilverError
        from app.ui.texts import error_text

        try:
            count = self._actions.export_file(path)
        except SilverError as exc:  # a SaveError naming the file (or a full disk)
            self.say(error_text(exc))
            return
        self.say(self.tr("%n class(es) saved to {name}.", "", count).format(name=path.name))

    def _print_week(self) -> None:
        self._actions.print_week(self)

    def printed(self) -> None:
        self.say(self.tr("This week's timetable was sent to the printer."))

    def say(self, text: str, *, undo: bool = False) -> None:
        self.message.show_message(text)
        self.undo_button.setVisible(undo)

    # ------------------------------------------------------------ page
    def title(self) -> str:
        return self.tr("My schedule")

    def help_text(self) -> str:
        return self.tr(
            "This is your class timetable: today's classes first, then the rest of this "
            "week and next week. Press “Add a class” to add one. Each class has buttons to "
            "join it online, change it or delete it. You can also print this week."
        )

    def first_focus(self) -> QWidget | None:
        return self.add_button
