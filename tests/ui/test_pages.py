"""Every page of the registry renders in both languages and meets the accessibility numbers."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.sentences import split_sentences
from app.ui.pages.lesson import LessonPage
from tests.ui.a11y import (
    clipped,
    dead_shortcuts,
    focus_ring_px,
    images_without_alt,
    interactive_widgets,
    out_of_reading_order,
    outside_window,
    small_text,
    tab_order,
    tab_reachable,
    too_small,
    undescribed,
    unnamed,
)

LANGS = ["zh_CN", "en"]


def settle(qapp: Any) -> None:
    for _ in range(3):
        qapp.processEvents()


def walk_problems(window: Any, qapp: Any, key: str) -> list[str]:
    """Everything on page ``key`` that breaks docs/requirements.md#accessibility, as lines."""
    page = window.open(key)
    settle(qapp)
    problems = [f"no title/help text on {key}"] if not (page.title() and page.help_text()) else []
    problems += [f"no accessible name: {p}" for p in unnamed(window)]
    problems += [f"no accessible description: {p}" for p in undescribed(window)]
    problems += [f"too small: {p}" for p in too_small(window)]
    problems += [f"text under 18 pt: {p}" for p in small_text(window, 18.0)]
    problems += [f"shortcut does nothing: {p}" for p in dead_shortcuts(window)]
    problems += [f"no alt text: {p}" for p in images_without_alt(window)]
    window.activateWindow()
    wanted = set(interactive_widgets(window))
    order = tab_order(window, steps=len(wanted) + 5)
    problems += [f"not reachable with Tab: {w.accessibleName()!r}" for w in wanted - set(order)]
    problems += [f"Tab out of reading order: {p}" for p in out_of_reading_order(order, page)]
    popups = [w for w in qapp.topLevelWidgets() if w.isVisible() and w is not window]
    problems += [f"opened a window by itself: {type(w).__name__}" for w in popups]
    return [f"{key}: {p}" for p in problems]


@pytest.mark.parametrize("lang", LANGS)
def test_every_registered_page_meets_the_accessibility_numbers(
    window_factory: Any, qapp: Any, lang: str
) -> None:
    """Pages come from the app's own registry, so a page added later is walked too."""
    window = window_factory(lang=lang)
    keys = window.registry.example_keys()
    assert {"home", "catalog", "settings"} <= set(keys)
    assert any(k.startswith("welcome:") for k in keys)
    assert any(k.startswith("course:") for k in keys) and any(k.startswith("lesson:") for k in keys)
    problems, help_places = [], set()
    for key in keys:
        problems += walk_problems(window, qapp, key)
        help_places.add(window.help_button.mapTo(window, window.help_button.rect().topLeft()))
    assert problems == [], "\n".join(problems)
    assert len(help_places) == 1, "the help button moves between pages"


def test_the_walk_notices_an_unnamed_tiny_unreachable_control(
    window_factory: Any, qapp: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QPushButton

    from app.ui.widgets import BigButton

    window = window_factory(lang="en")
    page = window.open("home")
    bare = QPushButton()
    bare.setFixedSize(20, 20)
    page.column.insertWidget(0, bare)
    tiny = QLabel("small print")
    tiny.setStyleSheet("font-size: 10pt")
    page.column.insertWidget(0, tiny)
    settle(qapp)
    assert unnamed(window) and too_small(window) and small_text(window, 18.0)
    late = BigButton("Added last, shown first", description="x")
    page.column.insertWidget(0, late)
    settle(qapp)
    window.activateWindow()
    order = tab_order(window, steps=len(interactive_widgets(window)) + 5)
    assert any("Added last" in p for p in out_of_reading_order(order, page))
    from PySide6.QtGui import QTextImageFormat
    from PySide6.QtWidgets import QTextBrowser

    pictures = QTextBrowser()
    image = QTextImageFormat()
    image.setName("picture.png")
    pictures.textCursor().insertImage(image)
    page.column.insertWidget(0, pictures)
    settle(qapp)
    assert images_without_alt(window) == ["image 'picture.png'"]
    bare.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    bare.setAccessibleName("x")
    assert bare not in interactive_widgets(window)


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


def page_layout_problems(window: Any, qapp: Any, key: str) -> list[str]:
    window.open(key)
    settle(qapp)
    return [f"{key}: {p}" for p in clipped(window) + outside_window(window)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_fits_at_200_percent_without_clipping(
    window_factory: Any, qapp: Any, lang: str
) -> None:
    window = window_factory(lang=lang, text_scale=200)
    assert (window.width(), window.height()) == (1366, 768)
    problems = [p for key in window.registry.example_keys() for p in page_layout_problems(
        window, qapp, key)]  # fmt: skip
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_the_reader_fits_at_300_percent_without_clipping(
    window_factory: Any, qapp: Any, lang: str
) -> None:
    window = window_factory(lang=lang, text_scale=300)
    problems = page_layout_problems(window, qapp, lesson_key(window))
    assert problems == [], "\n".join(problems)


def test_the_clipping_check_notices_a_cut_off_button(window_factory: Any, qapp: Any) -> None:
    from app.ui.widgets import BigButton

    window = window_factory(lang="en", text_scale=200)
    page = window.open("home")
    squeezed = BigButton("A rather long label that cannot fit", description="x")
    squeezed.setFixedWidth(120)
    page.column.insertWidget(0, squeezed)
    settle(qapp)
    assert any("rather long" in p for p in clipped(window))


def test_focus_ring_is_at_least_3px_in_every_theme() -> None:
    from app.core.theme import THEMES
    from app.ui.style import Look, stylesheet

    for theme in THEMES:
        assert focus_ring_px(stylesheet(Look.from_settings(theme, 100, 160))) >= 3


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_the_hint_in_an_empty_search_box_is_drawn_at_7_to_1(
    window_factory: Any, qapp: Any, theme: str
) -> None:
    """The hint in an empty box is text a learner must read: drawn in the theme's muted
    colour (≥ 7:1), not the faded half-text colour a style-sheet rule for every widget
    made Qt use (#8C8C8C on white, 3.4:1)."""
    from PySide6.QtGui import QColor

    from app.core.theme import THEMES, contrast_ratio

    window = window_factory(lang="en", theme=theme)
    page = window.open("catalog")
    settle(qapp)
    box = page.search_box
    assert box.text() == "" and box.placeholderText()
    picture = box.grab().toImage()
    surface = THEMES[theme].surface
    # The drawn hint: the pixels farthest from the box's own colour, inside its border.
    inside = [
        QColor(picture.pixel(x, y)).name()
        for y in range(picture.height() // 4, picture.height() * 3 // 4)
        for x in range(picture.width() // 20, picture.width() // 2)
    ]
    ink = max(inside, key=lambda colour: contrast_ratio(colour, surface))
    assert contrast_ratio(ink, surface) >= 7.0, f"{theme}: hint drawn in {ink} on {surface}"
