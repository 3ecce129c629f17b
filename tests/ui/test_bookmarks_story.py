"""The learner's story: read, bookmark, close the app, reopen, and land where they were."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.pages.bookmarks import BookmarksPage
from app.ui.pages.lesson import LessonPage
from tests.conftest import make_services
from tests.ui.human import human_click

WATER = "lesson:mini.tea.water"


def settle(qapp: Any, rounds: int = 5) -> None:
    for _ in range(rounds):
        qapp.processEvents()


class App:
    """One run of the app on the test's data dir, built by the real composition root."""

    def __init__(self, data_dir: Path, lang: str, look: dict[str, Any]) -> None:
        from app.ui.qt_app import start_qt
        from app.ui.window_builder import build_window

        self.services = make_services(data_dir, "--lang", lang)
        start_qt(lang, offscreen=True)
        self.window = build_window(self.services, self.services.chosen_profile(None), look).window
        self.window.resize(1366, 768)
        self.window.show()
        self.closed = False

    def close(self) -> None:
        """What quitting does: the window closes (saving the place), then the services."""
        if not self.closed:
            self.closed = True
            self.window.close()
            self.window.deleteLater()
            self.services.close()


class Runs(list[App]):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir


@pytest.fixture
def runs(qapp: Any, data_dir_with_mini: Path) -> Iterator[Runs]:
    made = Runs(data_dir_with_mini)
    yield made
    for run in made:
        run.close()


def close_app(runs: Runs, window: Any) -> None:
    next(run for run in runs if run.window is window).close()


def open_app(runs: Runs, qapp: Any, lang: str = "en", **look: Any) -> Any:
    run = App(runs.data_dir, lang, look)
    runs.append(run)
    run.window.open("home")
    settle(qapp)
    return run.window


def test_read_bookmark_close_reopen_continue_lands_on_same_sentence(
    runs: Runs, qapp: Any, data_dir_with_mini: Path
) -> None:
    window = open_app(runs, qapp, text_scale=300)
    page = window.open(WATER)
    assert isinstance(page, LessonPage) and page.bookmarks is not None
    settle(qapp)
    page.reader.setFocus()
    for _ in range(3):  # read on: the cursor moves down the lesson
        QTest.keyClick(page.reader, Qt.Key.Key_Down)
    settle(qapp)
    reading = page.bookmarks.current_sentence()
    assert reading is not None and reading.index > 0

    human_click(page.bookmarks.bookmark_button)
    settle(qapp)
    note_row = page.bookmarks.note_row
    assert note_row.isVisible() and reading.text[:20] in note_row.label.text()
    QTest.keyClicks(note_row.note, "Ask Mei")
    QTest.keyClick(note_row.note, Qt.Key.Key_Return)
    settle(qapp)
    assert "note saved" in note_row.label.text()
    close_app(runs, window)

    window = open_app(runs, qapp, text_scale=300)
    tile = window.page.continue_tile
    assert tile.accessibleName() == "Continue: Making a good cup of tea · Boiling water"
    tile.setFocus()
    QTest.keyClick(tile, Qt.Key.Key_Return)
    settle(qapp)
    lesson = window.page
    assert isinstance(lesson, LessonPage) and lesson.bookmarks is not None
    landed = lesson.bookmarks.current_sentence()
    assert landed is not None and landed.text == reading.text
    # …and it is on screen, not somewhere below.
    cursor_rect = lesson.reader.cursorRect()
    assert lesson.reader.viewport().rect().contains(cursor_rect.topLeft())

    bookmarks = window.open("bookmarks")
    settle(qapp)
    assert isinstance(bookmarks, BookmarksPage)
    [row] = bookmarks.rows
    assert row.tile.accessibleName() == f"“{reading.text}”"
    assert "Ask Mei" in row.tile.accessibleDescription()


def test_bookmark_takes_the_sentence_being_read_aloud(
    runs: Runs, qapp: Any, data_dir_with_mini: Path
) -> None:
    window = open_app(runs, qapp)
    page = window.open(WATER)
    settle(qapp)
    assert page.bookmarks is not None
    sentences = page.bookmarks._sentences
    spoken = sentences[4]
    page.reader.highlight(spoken.start, spoken.end)  # what read-aloud does per sentence
    page.bookmarks.bookmark_here()
    assert page.bookmarks.last_bookmark is not None
    assert page.bookmarks.last_bookmark.quote == spoken.text


def test_open_bookmark_delete_with_confirmation_and_undo(
    runs: Runs, qapp: Any, data_dir_with_mini: Path
) -> None:
    window = open_app(runs, qapp)
    page = window.open(WATER)
    settle(qapp)
    sentence = page.bookmarks._sentences[5]
    page.bookmarks.land(sentence.start)
    page.bookmarks.bookmark_here()
    page = window.open("bookmarks")
    settle(qapp)
    [row] = page.rows
    QTest.keyClick(row.tile, Qt.Key.Key_Return)
    settle(qapp)
    assert window.key == f"lesson:mini.tea.water@{sentence.start}"
    landed = window.page.bookmarks.current_sentence()
    assert landed is not None and landed.text == sentence.text

    page = window.open("bookmarks")
    settle(qapp)
    row = page.rows[0]
    human_click(row.delete_button)
    assert row.question.isVisible() and row.confirm_button.isVisible()
    human_click(row.keep_button)  # changed their mind
    assert not row.question.isVisible() and len(page.rows) == 1
    human_click(row.delete_button)
    human_click(row.confirm_button)
    settle(qapp)
    assert page.rows == []
    assert page.undo_banner.isVisible() and "Deleted the bookmark" in page.undo_banner.label.text()
    human_click(page.undo_button)
    settle(qapp)
    assert len(page.rows) == 1 and not page.undo_banner.isVisible()
    assert page.rows[0].tile.accessibleName() == f"“{sentence.text}”"


def test_bookmark_survives_a_sentence_inserted_before_it(
    runs: Runs, qapp: Any, data_dir_with_mini: Path
) -> None:
    window = open_app(runs, qapp)
    page = window.open(WATER)
    settle(qapp)
    target = next(s for s in page.bookmarks._sentences if s.text.startswith("Mind the steam"))
    page.bookmarks.land(target.start)
    page.bookmarks.bookmark_here()
    close_app(runs, window)

    # The pack is upgraded: a new sentence appears early in the lesson.
    lesson_file = data_dir_with_mini / "packs" / "mini" / "lessons" / "water.en.md"
    text = lesson_file.read_text(encoding="utf-8")
    lesson_file.write_text(text.replace("First wash", "Use fresh cold water. First wash"))

    window = open_app(runs, qapp)
    page = window.open("bookmarks")
    settle(qapp)
    [row] = page.rows
    assert row.item.quote == target.text and not row.item.moved
    assert row.item.start > target.start
    assert "changed" not in row.tile.accessibleDescription()
    QTest.keyClick(row.tile, Qt.Key.Key_Return)
    settle(qapp)
    landed = window.page.bookmarks.current_sentence()
    assert landed is not None and landed.text == target.text


def test_mark_as_done_shows_on_the_course_page(
    runs: Runs, qapp: Any, data_dir_with_mini: Path
) -> None:
    window = open_app(runs, qapp)
    page = window.open(WATER)
    human_click(page.bookmarks.done_button)
    assert not page.bookmarks.done_button.isEnabled()
    course = window.open("course:mini.tea")
    settle(qapp)
    assert course.lesson_tiles[0].accessibleDescription().startswith("✓ Done")
    assert course.done_label.text() == "You have finished 1 of 2 lessons."


def test_recovered_database_is_explained_on_the_first_screen(
    runs: Runs, qapp: Any, data_dir_with_mini: Path
) -> None:
    window = open_app(runs, qapp)
    page = window.open(WATER)
    page.bookmarks.bookmark_here()
    services = runs[-1].services
    store = services.learner(services.profiles.default())
    store.backup_now()
    close_app(runs, window)
    db = next((data_dir_with_mini / "profiles").glob("*/learner.sqlite3"))
    db.write_bytes(b"garbage" * 1000)
    shutil.rmtree(data_dir_with_mini / "audio-cache", ignore_errors=True)

    window = open_app(runs, qapp)
    assert window.banner.isVisible()
    assert "brought back the copy" in window.banner.label.text()
    assert ": 1 bookmark and your progress in 1 lesson." in window.banner.label.text()


def test_reading_to_the_end_finishes_the_lesson(runs: Runs, qapp: Any) -> None:
    window = open_app(runs, qapp, text_scale=300)
    page = window.open(WATER)
    settle(qapp)
    bar = page.reader.verticalScrollBar()
    assert bar.maximum() > 0  # at 300 % the lesson is longer than the screen
    bar.setValue(bar.maximum())
    window.open("course:mini.tea")  # leaving the lesson saves the place
    settle(qapp)
    assert window.page.lesson_tiles[0].accessibleDescription().startswith("✓ Done")
    page = window.open(WATER)
    settle(qapp)
    assert not page.bookmarks.done_button.isEnabled()
    home = window.open("home")  # the next step is the next lesson
    assert home.continue_tile.accessibleName() == "Continue: Making a good cup of tea · Tasting"


def test_larger_text_keeps_the_learner_on_the_same_sentence(runs: Runs, qapp: Any) -> None:
    window = open_app(runs, qapp)
    page = window.open(WATER)
    settle(qapp)
    page.reader.setFocus()
    for _ in range(4):
        QTest.keyClick(page.reader, Qt.Key.Key_Down)
    reading = page.bookmarks.current_sentence()
    assert reading is not None and reading.index > 0
    human_click(page.larger)
    settle(qapp)
    bigger = window.page
    assert bigger is not page and "125%" in bigger.scale_label.text()
    landed = bigger.bookmarks.current_sentence()
    assert landed is not None and landed.text == reading.text
