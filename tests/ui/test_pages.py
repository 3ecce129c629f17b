"""Every page of the registry renders in both languages and meets the accessibility numbers."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.sentences import split_sentences
from app.ui.pages.lesson import LessonPage
from tests.ui.a11y import interactive_widgets, small_text, tab_reachable, too_small, unnamed

LANGS = ["zh_CN", "en"]


def settle(qapp: Any) -> None:
    for _ in range(3):
        qapp.processEvents()


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_renders_with_names_sizes_and_big_text(
    window_factory: Any, qapp: Any, lang: str
) -> None:
    window = window_factory(lang=lang)
    keys = window.registry.example_keys()
    assert {"home", "catalog"} <= set(keys)
    assert any(k.startswith("course:") for k in keys) and any(k.startswith("lesson:") for k in keys)
    for key in keys:
        page = window.open(key)
        settle(qapp)
        assert page.title(), key
        assert page.help_text(), key
        assert unnamed(window) == [], key
        assert too_small(window) == [], key
        assert small_text(window, 18.0) == [], key


@pytest.mark.parametrize(("lang", "back"), [("zh_CN", "返回"), ("en", "Back")])
def test_window_speaks_the_chosen_language(window_factory: Any, lang: str, back: str) -> None:
    window = window_factory(lang=lang)
    window.open("home")
    assert window.back_button.accessibleName() == back


def test_every_control_on_home_is_reachable_with_tab(window_factory: Any, qapp: Any) -> None:
    window = window_factory()
    window.open("home")
    settle(qapp)
    window.activateWindow()
    wanted = set(interactive_widgets(window))
    reached = tab_reachable(window, steps=len(wanted) + 5)
    missing = [w.accessibleName() for w in wanted - reached]
    assert not missing


def test_opening_a_course_tile_with_the_keyboard(window_factory: Any, qapp: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = window_factory(lang="en")
    home = window.open("home")
    tile = home.course_grid.tiles()[0]
    tile.setFocus()
    QTest.keyClick(tile, Qt.Key.Key_Return)
    settle(qapp)
    assert window.key.startswith("course:")
    course_page = window.page
    QTest.keyClick(course_page.lesson_tiles[0], Qt.Key.Key_Space)
    settle(qapp)
    assert window.key.startswith("lesson:")
    window.go_back()
    assert window.key.startswith("course:")


def lesson_key(window: Any) -> str:
    keys: list[str] = window.registry.example_keys()
    return next(k for k in keys if k.startswith("lesson:"))


def test_reader_text_matches_the_lesson_layout(window_factory: Any) -> None:
    window = window_factory()
    page = window.open(lesson_key(window))
    assert isinstance(page, LessonPage)
    assert page.reader.plain_text() == page.view.text
    sentence = split_sentences(page.view.text)[3]
    assert page.reader.plain_text()[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize("scale", [100, 200, 300])
def test_reader_never_scrolls_sideways(window_factory: Any, qapp: Any, scale: int) -> None:
    window = window_factory(text_scale=scale)
    page = window.open(lesson_key(window))
    settle(qapp)
    reader = page.reader
    assert reader.horizontalScrollBar().maximum() == 0
    assert reader.document().size().width() <= reader.viewport().width() + 1
    assert reader.document().defaultFont().pointSizeF() == pytest.approx(18.0 * scale / 100)


def test_reader_lines_hold_at_most_40_chinese_characters(window_factory: Any, qapp: Any) -> None:
    window = window_factory()
    page = window.open(lesson_key(window))
    settle(qapp)
    doc = page.reader.document()
    longest = 0
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            longest = max(longest, line.textLength())
        block = block.next()
    assert 20 <= longest <= 40


def test_larger_text_button_grows_the_lesson_and_is_remembered(
    window_factory: Any, qapp: Any
) -> None:
    window = window_factory(lang="en")
    key = lesson_key(window)
    page = window.open(key)
    page.larger.click()
    settle(qapp)
    page = window.page
    assert window.key == key
    assert page.reader.document().defaultFont().pointSizeF() == pytest.approx(22.5)
    assert "125%" in page.scale_label.text()
    again = window_factory(lang="en")
    assert again.open(key).reader.document().defaultFont().pointSizeF() == pytest.approx(22.5)
