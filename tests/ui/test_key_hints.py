"""Keys on buttons are named the way a learner knows them, in the learner's language;
screen readers hear the plain action as the name and the keys as a sentence."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.key_names import key_sentence, shown_keys
from app.ui.pages.lesson import LessonPage
from app.ui.widgets import BigButton

LESSON = "lesson:silver-basics.smartphone.unlock"
QT_KEY_NAMES = ("Left", "Right", "Space", "Backspace", "PgUp", "PgDown")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_keys_are_shown_as_symbols_and_said_in_words(qapp: Any) -> None:
    assert shown_keys("Left") == "←"
    assert shown_keys("Alt+Left") == "Alt + ←"
    assert shown_keys("Ctrl+=") == "Ctrl + ="
    assert shown_keys("") == ""
    assert key_sentence("Left") == "You can also press the Left arrow key."
    assert key_sentence("Ctrl+D") == "You can also hold down the Ctrl key and press the D key."


def test_page_keys_are_named_in_chinese(window_factory: Any) -> None:
    window_factory(lang="zh_CN")  # installs the Chinese translation
    assert shown_keys("PgDown") == "下翻页键"
    assert key_sentence("PgUp") == "也可以按上翻页键。"


@pytest.mark.parametrize(
    ("lang", "back_text", "said"),
    [
        ("zh_CN", "返回（Alt + ←）", "也可以按住 Alt 键，再按左方向键。"),
        (
            "en",
            "Back  (Alt + ←)",
            "You can also hold down the Alt key and press the Left arrow key.",
        ),
    ],
)
def test_navigation_and_reader_buttons_show_keys_in_the_learners_language(
    window_factory: Any, lang: str, back_text: str, said: str
) -> None:
    window = window_factory(lang=lang)
    page = window.open(LESSON)
    settle()
    assert window.back_button.text() == back_text
    assert window.back_button.accessibleName() == back_text.split("（")[0].split("  ")[0]
    assert window.back_button.accessibleDescription().endswith(said)
    assert isinstance(page, LessonPage) and page.read_aloud_bar is not None
    previous = page.read_aloud_bar.previous_button
    assert "←" in previous.text() and previous.accessibleName() not in ("", previous.text())
    shown = [b.text() for b in window.findChildren(BigButton) if b.isVisibleTo(window)]
    english_keys = [t for t in shown if any(f"({k})" in t or f"{k})" in t for k in QT_KEY_NAMES)]
    assert english_keys == []


def test_a_caregiver_can_hide_the_keys_and_screen_readers_still_hear_them(
    learner_window_factory: Any,
) -> None:
    built = learner_window_factory(lang="zh_CN")
    window = built.window
    window.open(LESSON)
    settle()
    assert window.back_button.hint_shown
    built.settings.update({"show_key_hints": False})
    window.reload()
    settle()
    buttons = [b for b in window.findChildren(BigButton) if b.isVisibleTo(window)]
    keyed = [b for b in buttons if b.shortcut_text]
    assert keyed and not any(b.hint_shown for b in keyed)
    assert window.back_button.text() == "返回"
    assert all(key_sentence(b.shortcut_text) in b.accessibleDescription() for b in keyed)
    built.settings.update({"show_key_hints": True})
    assert window.back_button.text() == "返回（Alt + ←）"
