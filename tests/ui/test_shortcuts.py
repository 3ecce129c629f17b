"""One key, one action; and what a screen reader says about a control is a sentence.

Every registry page is walked with everything that can appear over it shown: a class
reminder in the window's reminder bar, the window's banner and every banner of the page.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from app.core.timetable import ClassEntry
from app.ui.features.schedule import start_reminders
from app.ui.widgets import Banner, BigButton
from tests.ui.a11y import interactive_widgets

LANGS = ["zh_CN", "en"]


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.moment = now

    def now(self) -> datetime:
        return self.moment


class Quiet:
    """Notifier and speaker that keep nothing: the reminder only has to be on screen."""

    def notify(self, title: str, text: str) -> None:
        pass

    def speak(self, text: str, lang: str = "zh_CN") -> None:
        pass

    def stop(self) -> None:
        pass


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def with_a_reminder(built: Any) -> Any:
    """The window with a class reminder showing in its bar (as 30 minutes before a class)."""
    clock = FakeClock(datetime(2026, 9, 1, 0, 29, 50, tzinfo=UTC))
    built.schedule.service.save(
        ClassEntry(
            title="Calligraphy",
            start_local=datetime(2026, 9, 1, 9, 0),
            zone="Asia/Shanghai",
            rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=10",
            place="room 203",
        )
    )
    quiet = Quiet()
    runtime = start_reminders(
        built.window, built.schedule.service, clock, quiet, quiet, tick_ms=600_000
    )
    clock.moment += timedelta(seconds=15)
    runtime.scheduler.tick()
    assert runtime.bar.current is not None
    return runtime


def show_every_bar(window: QWidget) -> None:
    for banner in window.findChildren(Banner):
        if not banner.label.text():
            banner.show_message("A message for the learner.")
        banner.show()
    settle()


def shared_shortcuts(window: QWidget) -> list[str]:
    """Keys that more than one visible control answers to."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for button in window.findChildren(BigButton):
        if button.isVisibleTo(window) and not button.shortcut().isEmpty():
            by_key[button.shortcut().toString()].append(button.accessibleName())
    return [f"{key}: {names}" for key, names in by_key.items() if len(names) > 1]


CJK = re.compile(r"[\u3400-\u9fff]")


def is_sentence(text: str) -> bool:
    """A few words a person would say: not empty, not a bare key like "Ctrl+D" or "F5"."""
    text = text.strip()
    if not QKeySequence(text).isEmpty() and QKeySequence(text).toString() == text:
        return False  # Qt reads it as a key combination
    return len(CJK.findall(text)) >= 4 or len(text.split()) >= 3


def description_problems(window: QWidget) -> list[str]:
    """What a screen reader gets as each control's description (Qt falls back to the
    tooltip), where that is not a sentence."""
    problems = []
    for widget in interactive_widgets(window):
        face = QAccessible.queryAccessibleInterface(widget)
        said = face.text(QAccessible.Text.Description) if face is not None else ""
        if not is_sentence(said):
            problems.append(f"{type(widget).__name__} {widget.accessibleName()!r}: {said!r}")
    return problems


def test_the_sentence_check_tells_keys_from_sentences() -> None:
    for key in ("Ctrl+D", "F5", "Alt+Left", "Esc", "", "Ctrl+="):
        assert not is_sentence(key), key
    assert is_sentence("Go back to the previous screen")
    assert is_sentence("按左方向键也可以返回")


def problems_on_every_page(built: Any, check: Callable[[Any], list[str]]) -> list[str]:
    """``check`` on every registry page, with a reminder and every bar shown."""
    window = built.window
    with_a_reminder(built)
    problems = []
    for key in window.registry.example_keys():
        window.open(key)
        show_every_bar(window)
        problems += [f"{key}: {p}" for p in check(window)]
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_visible_actions_share_a_shortcut(learner_window_factory: Any, lang: str) -> None:
    problems = problems_on_every_page(learner_window_factory(lang=lang), shared_shortcuts)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_every_accessible_description_is_a_sentence(learner_window_factory: Any, lang: str) -> None:
    problems = problems_on_every_page(learner_window_factory(lang=lang), description_problems)
    assert problems == [], "\n".join(problems)
