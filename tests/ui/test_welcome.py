"""First start: a few large steps, each skippable; every choice shows at once."""

from __future__ import annotations

from typing import Any

from tests.ui.test_settings_page import app_window, press, stored  # noqa: F401


def test_first_start_walks_through_language_size_colours_and_sound(
    app_window: Any,  # noqa: F811
    qapp: Any,
    qtbot: Any,
) -> None:
    window = app_window(lang="")
    assert stored(window)["first_run_done"] is False
    page = window.open("welcome")
    press(qapp, page.findChild(type(page.next), "language:en"))
    assert window.back_button.accessibleName() == "Back"  # English at once
    press(qapp, window.page.next)
    assert window.key == "welcome:size"
    tile = window.page.findChild(type(window.page.choices[0]), "text_scale:150")
    tile.setFocus()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(tile, Qt.Key.Key_Return)
    qapp.processEvents()
    assert stored(window)["text_scale"] == 150 and window.key == "welcome:size"
    chosen = window.focusWidget()
    assert chosen.objectName() == "text_scale:150" and "✓" in chosen.accessibleDescription()
    press(qapp, window.page.next)
    press(qapp, window.page.skip)  # colours: skipped, left as they were
    assert window.key == "welcome:sound" and stored(window)["theme"] == "light"
    with qtbot.waitSignal(window.speaker.ready, timeout=10_000):
        window.page.play.click()
    assert window.speaker.last[1] == "en"
    press(qapp, window.page.findChild(type(window.page.play), "volume:90"))
    assert stored(window)["volume"] == 90
    press(qapp, window.page.next)
    assert window.key == "welcome:done"
    press(qapp, window.page.next)
    assert window.key == "home" and stored(window)["first_run_done"] is True


def test_every_step_can_be_skipped(app_window: Any, qapp: Any) -> None:  # noqa: F811
    window = app_window(lang="en")
    before = stored(window)
    window.open("welcome:language")
    while window.key != "welcome:done":
        press(qapp, window.page.skip)
    press(qapp, window.page.next)
    after = stored(window)
    assert after == {**before, "first_run_done": True}
