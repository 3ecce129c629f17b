"""A shaky double-click acts once, even when its first half opens a new page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.widgets import DEBOUNCE_S, BigButton
from tests.ui.test_settings_page import app_window, settle, stored  # noqa: F401


def click(widget: Any) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def test_double_click_on_more_makes_the_text_one_step_larger(
    app_window: Any,  # noqa: F811
    qapp: Any,
) -> None:
    built = app_window()
    window = built.window
    page = window.open("settings")
    QTest.qWait(int(DEBOUNCE_S * 1000) + 50)  # the person looks at the page first
    click(page.controls["text_scale:+1"])
    settle(qapp)
    click(window.page.controls["text_scale:+1"])  # the second half, on the rebuilt page
    settle(qapp)
    assert stored(built)["text_scale"] == 125


def test_double_click_on_a_course_does_not_also_open_its_first_lesson(
    window_factory: Any, qapp: Any
) -> None:
    window = window_factory(lang="en")
    home = window.open("home")
    QTest.qWait(int(DEBOUNCE_S * 1000) + 50)
    click(home.course_grid.tiles()[0])
    settle(qapp)
    assert window.key.startswith("course:")
    click(window.page.lesson_tiles[0])
    settle(qapp)
    assert window.key.startswith("course:")


def test_one_button_clicked_twice_quickly_acts_once_and_again_later(qtbot: Any) -> None:
    button = BigButton("Read", description="x")
    qtbot.addWidget(button)
    button.show()
    presses: list[int] = []
    button.activated.connect(lambda: presses.append(1))
    qtbot.wait(int(DEBOUNCE_S * 1000) + 50)
    click(button)
    click(button)
    assert len(presses) == 1
    qtbot.wait(int(DEBOUNCE_S * 1000) + 50)
    click(button)
    assert len(presses) == 2
