"""A learner keeps their timetable: adds a class step by step, sees it, deletes and undoes,
joins an online class, gets a large reminder with snooze, prints the week."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.timetable import ClassEntry
from app.services.reminders.autostart import Autostart
from app.services.schedule.service import ScheduleService
from app.ui.features.schedule import ScheduleFeature, start_reminders
from app.ui.learner_settings import LearnerSettings

ICS = Path(__file__).parent.parent / "fixtures" / "ics"


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.moment = now

    def now(self) -> datetime:
        return self.moment


class Recorder:
    def __init__(self) -> None:
        self.items: list[Any] = []

    def __call__(self, *args: Any) -> Any:
        self.items.append(args if len(args) > 1 else args[0])
        return True

    def stop(self) -> None:
        pass

    def speak(self, text: str, lang: str = "zh_CN") -> None:
        self.items.append(("speak", text))

    def notify(self, title: str, text: str) -> None:
        self.items.append(("notify", text))


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def visible_text(widget: Any) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    parts = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    parts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(widget)]
    return "\n".join(parts)


def test_add_a_class_step_by_step_then_see_it_on_my_schedule(window_factory: Any) -> None:
    window = window_factory(lang="en")
    window.open("schedule")
    window.page.add_button.click()
    form = window.page
    assert form.title() == "Add a class"
    form.next_step.click()  # no name yet
    assert "Please write the name" in form.message.label.text()
    form.title_edit.setText("Calligraphy")
    form.teacher_edit.setText("Teacher Wang")
    form.next_step._debounce._last = 0
    form.next_step.click()
    form.place_edit.setText("room 203")
    form.next_step._debounce._last = 0
    form.next_step.click()
    today = datetime.now().astimezone()
    code = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[today.weekday()]
    form.day_buttons[code].click()
    assert form.day_buttons[code].text().startswith("✓")
    form.next_step._debounce._last = 0
    form.next_step.click()
    assert form.time_label.text() == "09:00"
    for text in ("+ 1 hour", "+ 5 minutes", "+ 5 minutes"):
        button = next(b for b in form.findChildren(type(form.next_step)) if b.text() == text)
        button.click()
        button._debounce._last = 0
    assert form.time_label.text() == "10:10"
    form.next_step._debounce._last = 0
    form.next_step.click()
    assert "“Calligraphy”" in form.summary.text() and "10:10" in form.summary.text()
    form.save_button.click()
    settle()
    assert window.key == "schedule"
    shown = visible_text(window.page)
    assert "Calligraphy" in shown and "Place: room 203" in shown
    (row, *_) = window.page.rows
    assert row.occurrence.entry.rrule == f"FREQ=WEEKLY;BYDAY={code}"
    assert row.occurrence.entry.reminders == (30, 5)
    window.open("home")
    assert any("Calligraphy" in t.title_label.text() for t in window.page.class_tiles)


def make_wiring(
    services: Any, now: datetime, clock: FakeClock | None = None, **kw: Any
) -> ScheduleFeature:
    store = services.learner(services.chosen_profile(None))
    service = ScheduleService(store.schedule, clock or FakeClock(now), "Asia/Shanghai")
    return ScheduleFeature(service, "en", LearnerSettings({}, lambda _c: None), **kw)


NOW = datetime(2026, 9, 1, 0, 0, tzinfo=UTC)  # Tuesday 08:00 in Shanghai


def calligraphy(**kw: Any) -> ClassEntry:
    return ClassEntry(
        title="Calligraphy",
        start_local=datetime(2026, 9, 1, 9, 0),
        zone="Asia/Shanghai",
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=10",
        place="room 203",
        **kw,
    )


def test_delete_asks_first_and_can_be_undone(qtbot: Any, services: Any, tmp_path: Path) -> None:
    wiring = make_wiring(services, NOW, autostart=Autostart(tmp_path))
    wiring.service.save(calligraphy())
    page = wiring.schedule_page()
    qtbot.addWidget(page)  # closed and deleted after the test: no stray window for the next
    page.show()
    row = page.rows[0]
    assert row.delete_button is not None
    assert [r.occurrence.start.day for r in page.rows] == [1, 8]  # today first, then next week
    row.delete_button.click()
    assert row.confirm.isVisibleTo(page) and "Delete “Calligraphy”" in row.confirm_label.text()
    row.confirm_no.click()
    assert not row.confirm.isVisibleTo(page) and wiring.service.classes()
    row.delete_button._debounce._last = 0
    row.delete_button.click()
    row.confirm_yes.click()
    assert wiring.service.classes() == [] and page.rows == []
    assert "was deleted" in page.message.label.text() and page.undo_button.isVisibleTo(page)
    page.undo_button.click()
    (back,) = wiring.service.classes()
    assert back.rrule == "FREQ=WEEKLY;BYDAY=TU;COUNT=10" and len(page.rows) == 2


def test_join_opens_the_link_only_after_confirming(
    qapp: Any, services: Any, tmp_path: Path
) -> None:
    opened = Recorder()
    wiring = make_wiring(services, NOW, open_link=opened, autostart=Autostart(tmp_path))
    wiring.service.save(calligraphy(link="https://meet.example.org/c", reminders=(5,)))
    page = wiring.schedule_page()
    row = page.rows[0]
    assert row.join_button is not None
    row.join_button.click()
    assert opened.items == [] and "web browser" in row.confirm_label.text()
    row.confirm_yes.click()
    assert opened.items == ["https://meet.example.org/c"]


def test_print_this_week_sends_large_print_of_this_week(
    qapp: Any, services: Any, tmp_path: Path
) -> None:
    printed = Recorder()
    wiring = make_wiring(services, NOW, print_markup=printed, autostart=Autostart(tmp_path))
    wiring.service.save(calligraphy())
    page = wiring.schedule_page()
    page.print_button.click()
    ((markup, parent),) = printed.items
    assert parent is page and "Calligraphy" in markup and "font-size: 18pt" in markup
    assert "sent to the printer" in page.message.label.text()


def test_editing_days_keeps_count(learner_window_factory: Any, qapp: Any) -> None:
    built = learner_window_factory(lang="en")
    window, wiring = built.window, built.schedule
    saved = wiring.service.save(calligraphy(exdates=("2026-09-08T09:00",)))
    window.open(f"class-edit:{saved.id}")
    form = window.page
    assert form.title() == "Change a class" and form.title_edit.text() == "Calligraphy"
    form.day_buttons["TH"].click()
    form._shift(60)  # and one hour later
    form.save()
    (entry,) = wiring.service.classes()
    assert entry.rrule == "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10"
    assert entry.start_local == datetime(2026, 9, 1, 10, 0)
    assert entry.exdates == ("2026-09-08T10:00",)  # the cancelled session stays cancelled


def test_import_names_the_problem_then_imports_a_good_file(
    qapp: Any, services: Any, tmp_path: Path
) -> None:
    wiring = make_wiring(services, NOW, autostart=Autostart(tmp_path))
    page = wiring.schedule_page()
    page.import_from(ICS / "malformed" / "bad_rrule.ics")
    assert "“Tai chi”" in page.message.label.text() and wiring.service.classes() == []
    page.import_from(ICS / "windows_zone.ics")
    assert (
        "2 class(es) added" in page.message.label.text() or "2 classes" in page.message.label.text()
    )
    assert [r.occurrence.entry.title for r in page.rows][:1] == ["书法"]
    page.import_from(ICS / "windows_zone.ics")  # the same file again: nothing doubled
    assert len(wiring.service.classes()) == 2
    out = tmp_path / "out" / "mine.ics"
    page.export_to(out)
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_reminder_bar_snooze_and_dismiss(qapp: Any, services: Any, tmp_path: Path) -> None:
    from app.services.translations import install_language
    from app.ui.main_window import MainWindow
    from app.ui.registry import PageRegistry

    install_language(qapp, "en")  # the sentences below are the English catalogue's

    clock = FakeClock(datetime(2026, 9, 1, 0, 29, 50, tzinfo=UTC))
    wiring = make_wiring(services, clock.moment, clock, autostart=Autostart(tmp_path))
    wiring.service.save(calligraphy())
    window = MainWindow(PageRegistry())
    said = Recorder()
    runtime = start_reminders(window, wiring.service, clock, said, said, tick_ms=60_000)
    assert not window.isVisible()  # closed to the tray
    assert not runtime.bar.isVisibleTo(window)
    clock.moment += timedelta(seconds=15)
    runtime.scheduler.tick()
    assert window.isVisible() and runtime.bar.isVisible()  # the window came forward
    assert runtime.bar.label.text() == "Your Calligraphy class starts in 30 minutes, in room 203."
    assert ("speak", runtime.bar.label.text()) in said.items
    runtime.bar.snooze5.click()
    assert not runtime.bar.isVisible()
    clock.moment += timedelta(minutes=5)
    runtime.scheduler.tick()
    assert runtime.bar.label.text() == "Your Calligraphy class starts in 25 minutes, in room 203."
    runtime.bar.dismiss_button.click()
    assert not runtime.bar.isVisible()
    window.close()


def test_autostart_entry_is_written_and_removed(tmp_path: Path) -> None:
    auto = Autostart(tmp_path / "autostart", ["/usr/bin/silver-classroom"])
    assert not auto.is_enabled()
    auto.set(True)
    text = (tmp_path / "autostart" / "silver-classroom.desktop").read_text()
    assert "Exec=/usr/bin/silver-classroom" in text and "Type=Application" in text
    auto.set(False)
    assert not auto.is_enabled()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_pages_render_in_both_languages(learner_window_factory: Any, lang: str) -> None:
    built = learner_window_factory(lang=lang, text_scale=200)
    window = built.window
    built.schedule.service.save(calligraphy())
    for key in ("schedule", "class-new"):
        page = window.open(key)
        settle()
        assert page.title()
        assert page.scroll_area is not None
        assert page.scroll_area.horizontalScrollBar().maximum() == 0


def test_export_and_import_go_through_the_windows_file_chooser(
    learner_window_factory: Any, tmp_path: Path, qtbot: Any
) -> None:
    """The Export and Import buttons ask the window's file chooser (Qt's dialogs in the
    app, one answer here), like the settings page's, not a dialog of their own."""
    from tests.ui.files import AnswerWith

    chosen = AnswerWith(tmp_path / "my classes.ics")
    built = learner_window_factory(lang="en", files=chosen)
    built.schedule.service.save(calligraphy())
    page = built.window.open("schedule")
    qtbot.waitUntil(page.export_button.isVisible)  # the button grid lays out once shown
    # From the keyboard: a click this soon after the page opened is taken for the second
    # half of the double-click that opened it, and ignored.
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)
    written = chosen.path.read_text(encoding="utf-8")
    assert "SUMMARY:Calligraphy" in written and "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=10" in written
    assert "saved to my classes.ics" in page.message.label.text()

    chosen.path = ICS / "windows_zone.ics"
    qtbot.keyClick(page.import_button, Qt.Key.Key_Space)
    assert "added from the file" in page.message.label.text()
    titles = {c.title for c in built.schedule.service.classes()}
    assert "Calligraphy" in titles and len(titles) > 1
