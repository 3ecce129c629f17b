"""Add or change a class, one question per step, with big controls only.

Steps: name → where → days → time → reminders. Days are seven large toggle
buttons; the time moves in big steps (5 minutes, 1 hour); no calendar grid.
Changing the days of a class keeps the rest of its repeat rule (COUNT, UNTIL …).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.timetable import (
    DEFAULT_REMINDERS,
    WEEKDAYS,
    ClassEntry,
    first_matching_day,
    moved_exdates,
    rule_parts,
    with_weekdays,
)
from app.ui.pages.base import Page
from app.ui.texts import error_text
from app.ui.toggle import Toggle, button_grid
from app.ui.widgets import Banner, BigButton, heading

DAY_NAMES = (
    QT_TRANSLATE_NOOP("ClassFormPage", "Monday"),
    QT_TRANSLATE_NOOP("ClassFormPage", "Tuesday"),
    QT_TRANSLATE_NOOP("ClassFormPage", "Wednesday"),
    QT_TRANSLATE_NOOP("ClassFormPage", "Thursday"),
    QT_TRANSLATE_NOOP("ClassFormPage", "Friday"),
    QT_TRANSLATE_NOOP("ClassFormPage", "Saturday"),
    QT_TRANSLATE_NOOP("ClassFormPage", "Sunday"),
)
REMINDER_CHOICES = (1440, 60, 30, 10, 5)
STEPS = 5


def reminder_label(minutes: int) -> str:
    if minutes >= 1440:
        return QCoreApplication.translate("ClassFormPage", "1 day before")
    if minutes >= 60:
        return QCoreApplication.translate("ClassFormPage", "%n hour(s) before", None, minutes // 60)
    return QCoreApplication.translate("ClassFormPage", "%n minute(s) before", None, minutes)


class ClassFormPage(Page):
    """Emits ``navigate("schedule")`` once saved."""

    saved = Signal(object)

    def __init__(
        self,
        entry: ClassEntry | None,
        save: Callable[[ClassEntry], ClassEntry],
        today: date,
        home_zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._entry = entry
        self._save = save
        self._today = today
        self._zone = entry.zone if entry else home_zone
        self._home_zone = home_zone
        self._weekly = (
            entry is None or not entry.rrule or rule_parts(entry.rrule).get("FREQ") == "WEEKLY"
        )
        start = entry.start_local.time() if entry else time(9, 0)
        self._minutes = start.hour * 60 + start.minute
        self._length = entry.duration_min if entry else 90

        self.column.addWidget(heading(self.title()))
        self.step_label = QLabel()
        self.step_label.setProperty("role", "muted")
        self.column.addWidget(self.step_label)
        self.message = Banner()  # pinned with the step buttons: seen where Next was pressed
        self.stack = QStackedWidget()
        self.column.addWidget(self.stack)
        self._build_name(entry)
        self._build_place(entry)
        self._build_days(entry)
        self._build_time()
        self._build_reminders(entry)

        nav = QHBoxLayout()
        nav.setSpacing(16)
        self.back_step = BigButton(
            self.tr("Previous step"),
            shortcut="Alt+P",
            description=self.tr("Go back to the question before"),
        )
        self.next_step = BigButton(
            self.tr("Next step"),
            main=True,
            shortcut="Alt+N",
            description=self.tr("Go on to the next question"),
        )
        self.save_button = BigButton(
            self.tr("Save class"),
            main=True,
            shortcut="Ctrl+S",
            description=self.tr("Keep this class in your timetable"),
        )
        self.back_step.activated.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_step.activated.connect(self._next)
        self.save_button.activated.connect(self.save)
        nav.addWidget(self.back_step)
        nav.addWidget(self.next_step)
        nav.addWidget(self.save_button)
        nav.addStretch(1)
        pinned = QVBoxLayout()
        pinned.addWidget(self.message)
        pinned.addLayout(nav)
        self.pin_actions(pinned)
        self.column.addStretch(1)
        self.go(0)

    # ------------------------------------------------------------ steps
    def _step(self, question: str) -> QGridLayout:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(heading(question, "heading"), 0, 0, 1, 4)
        outer.addWidget(inner)
        outer.addStretch(1)
        self.stack.addWidget(page)
        return grid

    def _field(self, grid: QGridLayout, row: int, label: str, value: str) -> QLineEdit:
        text = QLabel(label)
        text.setWordWrap(True)
        edit = QLineEdit(value)
        edit.setAccessibleName(label)
        edit.setAccessibleDescription(self.tr("Type it here with the keyboard"))
        edit.setMinimumHeight(56)
        text.setBuddy(edit)
        grid.addWidget(text, row, 0, 1, 4)
        grid.addWidget(edit, row + 1, 0, 1, 4)
        return edit

    def _build_name(self, entry: ClassEntry | None) -> None:
        grid = self._step(self.tr("What is the class called?"))
        self.title_edit = self._field(
            grid, 1, self.tr("Name of the class"), entry.title if entry else ""
        )
        self.teacher_edit = self._field(
            grid, 3, self.tr("Teacher (you may leave this empty)"), entry.teacher if entry else ""
        )

    def _build_place(self, entry: ClassEntry | None) -> None:
        grid = self._step(self.tr("Where is the class?"))
        online = bool(entry and entry.link)
        self.in_room = Toggle(self.tr("In a room"), checked=not online)
        self.online = Toggle(self.tr("Online"), checked=online)
        self.in_room.activated.connect(lambda: self._set_online(False))
        self.online.activated.connect(lambda: self._set_online(True))
        grid.addWidget(self.in_room, 1, 0)
        grid.addWidget(self.online, 1, 1)
        self.place_edit = self._field(
            grid, 2, self.tr("Room or address"), entry.place if entry else ""
        )
        self.link_edit = self._field(
            grid, 4, self.tr("Web address of the online class"), entry.link if entry else ""
        )
        self._set_online(online)

    def _set_online(self, online: bool) -> None:
        self.in_room.setChecked(not online)
        self.online.setChecked(online)
        for widget in (self.link_edit, self._label_of(self.link_edit)):
            widget.setVisible(online)

    def _label_of(self, edit: QLineEdit) -> QWidget:
        for label in self.findChildren(QLabel):
            if label.buddy() is edit:
                return label
        return edit

    def _build_days(self, entry: ClassEntry | None) -> None:
        grid = self._step(self.tr("On which days?"))
        chosen = set(entry.weekdays) if entry else set()
        self.day_buttons: dict[str, Toggle] = {}
        for i, code in enumerate(WEEKDAYS):
            self.day_buttons[code] = Toggle(self.tr(DAY_NAMES[i]), checked=code in chosen)
        grid.addWidget(button_grid(list(self.day_buttons.values())), 1, 0, 1, 4)
        if not self._weekly:
            note = QLabel(
                self.tr(
                    "This class repeats in its own way (from a calendar file); "
                    "its days are kept as they are."
                )
            )
            note.setWordWrap(True)
            grid.addWidget(note, 3, 0, 1, 4)
            for button in self.day_buttons.values():
                button.setEnabled(False)

    def _build_time(self) -> None:
        grid = self._step(self.tr("What time does it start?"))
        self.time_label = QLabel()
        self.time_label.setProperty("role", "title")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.time_label, 1, 0, 1, 4)
        # Two columns (earlier | later), hours above minutes: fits at any text size.
        for row, col, text, delta in (
            (2, 0, self.tr("− 1 hour"), -60),
            (2, 2, self.tr("+ 1 hour"), 60),
            (3, 0, self.tr("− 5 minutes"), -5),
            (3, 2, self.tr("+ 5 minutes"), 5),
        ):
            button = BigButton(text, main=abs(delta) == 5)
            button.activated.connect(lambda d=delta: self._shift(d))
            grid.addWidget(button, row, col, 1, 2)
        if self._zone != self._home_zone:
            zone_note = QLabel(
                self.tr("Times are in the class's time zone: {zone}").format(zone=self._zone)
            )
            zone_note.setProperty("role", "muted")
            zone_note.setWordWrap(True)
            grid.addWidget(zone_note, 6, 0, 1, 4)
        self.length_label = QLabel()
        self.length_label.setProperty("role", "heading")
        self.length_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.length_label, 4, 0, 1, 4)
        shorter = BigButton(self.tr("Shorter (− 15 minutes)"))
        longer = BigButton(self.tr("Longer (+ 15 minutes)"))
        shorter.activated.connect(lambda: self._lengthen(-15))
        longer.activated.connect(lambda: self._lengthen(15))
        grid.addWidget(shorter, 5, 0, 1, 2)
        grid.addWidget(longer, 5, 2, 1, 2)
        self._show_time()

    def _shift(self, minutes: int) -> None:
        self._minutes = (self._minutes + minutes) % (24 * 60)
        self._show_time()

    def _lengthen(self, minutes: int) -> None:
        self._length = max(15, min(8 * 60, self._length + minutes))
        self._show_time()

    def _show_time(self) -> None:
        self.time_label.setText(f"{self._minutes // 60:02d}:{self._minutes % 60:02d}")
        self.time_label.setAccessibleName(
            self.tr("Start time {time}").format(time=self.time_label.text())
        )
        hours, minutes = divmod(self._length, 60)
        self.length_label.setText(
            self.tr("The class lasts {hours} h {minutes} min").format(hours=hours, minutes=minutes)
        )

    def _build_reminders(self, entry: ClassEntry | None) -> None:
        grid = self._step(self.tr("When should I remind you?"))
        chosen = set(entry.reminders if entry else DEFAULT_REMINDERS)
        self.reminder_buttons: dict[int, Toggle] = {}
        for minutes in REMINDER_CHOICES:
            button = Toggle(reminder_label(minutes), checked=minutes in chosen)
            self.reminder_buttons[minutes] = button
        grid.addWidget(button_grid(list(self.reminder_buttons.values())), 1, 0, 1, 3)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        grid.addWidget(self.summary, 3, 0, 1, 3)

    # ------------------------------------------------------------ flow
    def go(self, index: int) -> None:
        index = max(0, min(STEPS - 1, index))
        self.stack.setCurrentIndex(index)
        # The stack is as tall as the step shown, so the step buttons sit right below it.
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            assert page is not None
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.adjustSize()
        self.step_label.setText(self.tr("Step {n} of {total}").format(n=index + 1, total=STEPS))
        self.back_step.setEnabled(index > 0)
        self.next_step.setVisible(index < STEPS - 1)
        self.save_button.setVisible(index == STEPS - 1)
        self.message.show_message("")
        if index == STEPS - 1:
            self.summary.setText(self._summary())
        focus = {0: self.title_edit, 1: self.in_room, 2: self.day_buttons["MO"]}.get(index)
        (focus or self.next_step if index < STEPS - 1 else self.save_button).setFocus()

    def _next(self) -> None:
        problem = self._problem(self.stack.currentIndex())
        if problem:
            self.message.show_message(problem)
            return
        self.go(self.stack.currentIndex() + 1)

    def _problem(self, index: int) -> str:
        if index == 0 and not self.title_edit.text().strip():
            return self.tr("Please write the name of the class.")
        if index == 2 and self._weekly and not self.days():
            return self.tr("Please choose at least one day.")
        return ""

    def days(self) -> list[str]:
        return [code for code, b in self.day_buttons.items() if b.isChecked()]

    def _summary(self) -> str:
        names = ", ".join(self.day_buttons[d].plain_label for d in self.days())
        return self.tr("“{title}”, {days}, at {time}.").format(
            title=self.title_edit.text().strip(), days=names, time=self.time_label.text()
        )

    def entry(self) -> ClassEntry:
        """The class as the form shows it now (an edit keeps id, source, RRULE parts)."""
        at = time(self._minutes // 60, self._minutes % 60)
        old = self._entry
        if old is None:
            first = first_matching_day(self._today, self.days())
            base = ClassEntry(
                title="",
                start_local=datetime.combine(first, at),
                zone=self._zone,
                rrule=with_weekdays("", self.days()),
            )
        else:
            start_day, rule = old.start_local.date(), old.rrule
            if self._weekly and set(self.days()) != set(old.weekdays):
                rule = with_weekdays(old.rrule, self.days())
                start_day = first_matching_day(start_day, self.days())
            base = replace(
                old,
                start_local=datetime.combine(start_day, at),
                rrule=rule,
                exdates=moved_exdates(old.exdates, old.start_local.time(), at),
            )
        online = self.online.isChecked()
        return replace(
            base,
            title=self.title_edit.text().strip(),
            teacher=self.teacher_edit.text().strip(),
            place=self.place_edit.text().strip(),
            link=self.link_edit.text().strip() if online else "",
            duration_min=self._length,
            reminders=tuple(m for m, b in self.reminder_buttons.items() if b.isChecked()),
        )

    def save(self) -> None:
        for index in range(STEPS):
            problem = self._problem(index)
            if problem:
                self.go(index)
                self.message.show_message(problem)
                return
        try:
            stored = self._save(self.entry())
        except SilverError as exc:
            self.message.show_message(error_text(exc))
            return
        self.saved.emit(stored)
        self.navigate.emit("schedule")

    # ------------------------------------------------------------ page
    def title(self) -> str:
        return self.tr("Change a class") if self._entry else self.tr("Add a class")

    def help_text(self) -> str:
        return self.tr(
            "Here you add or change a class, one question at a time. Answer the question, "
            "then press “Next step”. On the last step press “Save class”."
        )

    def main_actions(self) -> list[QWidget]:
        return [self.next_step, self.save_button]

    def first_focus(self) -> QWidget | None:
        return self.title_edit
