"""First start: a few large steps, each skippable; every choice shows at once."""

from __future__ import annotations

from typing import Any

from tests.ui.test_settings_page import app_window, press, stored  # noqa: F401


def test_first_start_walks_through_language_size_colours_and_sound(
    app_window: Any,  # noqa: F811
    qapp: Any,
    qtbot: Any,
) -> None:
    built = app_window(lang="")
    window = built.window
    assert stored(built)["first_run_done"] is False
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
    assert stored(built)["text_scale"] == 150 and window.key == "welcome:size"
    chosen = window.focusWidget()
    assert chosen.objectName() == "text_scale:150" and "✓" in chosen.accessibleDescription()
    press(qapp, window.page.next)
    press(qapp, window.page.skip)  # colours: skipped, left as they were
    assert window.key == "welcome:sound" and stored(built)["theme"] == "light"
    with qtbot.waitSignal(built.voice.speaker.ready, timeout=10_000):
        window.page.play.click()
    assert built.voice.speaker.last[1] == "en"
    press(qapp, window.page.findChild(type(window.page.play), "volume:90"))
    assert stored(built)["volume"] == 90
    press(qapp, window.page.next)
    assert window.key == "welcome:done"
    press(qapp, window.page.next)
    assert window.key == "home" and stored(built)["first_run_done"] is True


def test_every_step_can_be_skipped(app_window: Any, qapp: Any) -> None:  # noqa: F811
    built = app_window(lang="en")
    window = built.window
    before = stored(built)
    window.open("welcome:language")
    while window.key != "welcome:done":
        press(qapp, window.page.skip)
    press(qapp, window.page.next)
    after = stored(built)
    assert after == {**before, "first_run_done": True}
