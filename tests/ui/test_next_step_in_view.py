"""The next step is always in view: on every page, at 100, 200 and 300 %, the page's main
action and every message shown lie inside the window without scrolling."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.widgets import Banner
from tests.ui.in_view import fully_seen, seen_in

# Pages whose next step is a button (first-run steps, class form, settings, sign-in, PIN).
WITH_A_NEXT_STEP = (
    "welcome:", "class-new", "class-edit:", "settings", "signin", "pin:", "lesson:"
)  # fmt: skip


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def out_of_view(window: Any, key: str) -> list[str]:
    page = window.open(key)
    settle()
    problems = []
    actions = [a for a in page.main_actions() if a.isVisibleTo(window)]
    if key.startswith(WITH_A_NEXT_STEP) and not actions:
        problems.append("no main action")
    for action in actions:
        if not fully_seen(action, window):
            problems.append(f"main action {action.accessibleName()!r} at {seen_in(action, window)}")
    messages: list[QWidget] = [
        b for b in page.findChildren(Banner) if b.isVisibleTo(window) and b.label.text()
    ]
    for message in messages:
        if not fully_seen(message, window):
            problems.append(f"message {message.accessibleName()[:30]!r} out of view")
    return [f"{key}: {p}" for p in problems]


@pytest.mark.parametrize(
    ("lang", "scale"), [("zh_CN", 100), ("en", 200), ("zh_CN", 200), ("en", 300), ("zh_CN", 300)]
)
def test_every_pages_next_step_and_messages_are_in_view(
    window_factory: Any, lang: str, scale: int
) -> None:
    window = window_factory(lang=lang, text_scale=scale)
    keys = window.registry.example_keys()
    assert sum(k.startswith(WITH_A_NEXT_STEP) for k in keys) >= 8
    problems = [p for key in keys for p in out_of_view(window, key)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_problem_with_the_class_form_shows_beside_next_at_300_percent(
    window_factory: Any, lang: str
) -> None:
    window = window_factory(lang=lang, text_scale=300)
    form = window.open("class-new")
    settle()
    form.next_step.click()  # no name yet
    settle()
    assert form.message.isVisible() and form.message.label.text()
    assert fully_seen(form.message, window) and fully_seen(form.next_step, window)
