"""Something unexpected in a slot: a calm message in the learner's language, the details in
the log and on the clipboard for a helper, and the window keeps working."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from app.services.crash_log import CrashLog
from app.ui.crash_guard import CrashGuard

# pytest-qt would take the exception for itself; here the app's own hook must see it.
pytestmark = pytest.mark.qt_no_exception_capture


def _visible_text(window: Any) -> str:
    return "\n".join(
        label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)
    )


def broken_slot() -> None:
    raise ZeroDivisionError("a bug in a slot")


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Something went wrong. Your bookmarks and progress are safe."),
        ("zh_CN", "出了点问题。您的书签和学习进度都安全。"),
    ],
)
def test_an_exception_in_a_slot_shows_a_calm_message_logs_it_and_the_window_goes_on(
    qtbot: Any, window_factory: Any, tmp_path: Path, lang: str, title: str
) -> None:
    window = window_factory(lang)
    window.open("home")
    guard = CrashGuard(CrashLog(tmp_path / "logs"))
    guard.watch(window.crash_notice)
    guard.install()
    try:
        window.help_button.activated.connect(broken_slot)
        window.help_button.click()  # Qt calls the broken slot from its own event handling
    finally:
        guard.uninstall()
    window.help_button.activated.disconnect(broken_slot)

    notice = window.crash_notice
    assert notice.isVisible()
    shown = _visible_text(window)
    assert title in shown
    assert "Traceback" not in shown and "ZeroDivisionError" not in shown
    assert notice.close_button.hasFocus() or not window.isActiveWindow()

    log = (tmp_path / "logs" / "silver-classroom.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in a slot" in log and "broken_slot" in log

    notice.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "ZeroDivisionError" in copied and "silver-classroom.log" in copied
    assert notice.copied.isVisible()

    # The window still works: another page opens, Back goes back, the message goes away.
    window.open("settings")
    assert window.key == "settings"
    window.back_button.click()
    qtbot.waitUntil(lambda: window.key == "home")
    notice.close_button.click()
    assert not notice.isVisible()


def test_the_log_rotates_instead_of_filling_the_disk(tmp_path: Path) -> None:
    log = CrashLog(tmp_path, max_bytes=2_000)
    try:
        raise ValueError("x" * 500)
    except ValueError:
        details = log.details(*sys.exc_info())
    for _ in range(20):
        assert log.write(details)
    log.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["silver-classroom.log", "silver-classroom.log.1", "silver-classroom.log.2"]
    assert all(p.stat().st_size <= 4_000 for p in tmp_path.iterdir())
