"""Bookmarks and resume in a video's transcript and a handout's large text (issue 15): the
learner bookmarks a sentence there, quits, starts again, finds it on the bookmarks page
and lands on it; reopening the text lands where they stopped. Real window built by the
app's composition root, real reference server, real SQLite, QtPdf and QMediaPlayer."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.core.sentences import Sentence
from app.ui.bookmark_bar import BookmarkBar
from app.ui.handout_view import LargeTextView
from app.ui.lesson_media import HandoutHolder, MediaView
from app.ui.pages.bookmarks import BookmarkRow, BookmarksPage
from app.ui.pages.lesson import LessonPage
from app.ui.reader_view import ReaderView
from app.ui.transcript_view import TranscriptView
from tests.media_course import COURSE_ID, MediaCourse
from tests.platform_helpers import point_at_server
from tests.reference_server import Catalog, ReferenceServer, running_server
from tests.ui.human import human_click

pytestmark = pytest.mark.no_qt_log  # FFmpeg threads log while the GUI thread stops them

LESSON = f"{COURSE_ID}-l0"  # video with subtitles, a handout, the text
HANDOUT, VIDEO, TEXT = 1, 0, 2  # the strip: "Video 1 min", "Handout", "Text"


@pytest.fixture
def server(data_dir: Path) -> Iterator[ReferenceServer]:
    with running_server(Catalog(n_courses=1, lessons_per_course=1, media=MediaCourse())) as srv:
        point_at_server(data_dir, srv.base, sync=True, lessons=(LESSON,))
        yield srv


def settle(built: Any) -> LessonPage:
    QTest.qWait(50)
    deadline = time.monotonic() + 20
    while not built.platform.work.idle and time.monotonic() < deadline:
        QTest.qWait(20)
    QTest.qWait(50)
    page = built.window.page
    assert isinstance(page, LessonPage) and page.materials is not None
    return page


def open_lesson(built: Any) -> LessonPage:
    built.window.open(f"lesson:{LESSON}")
    return settle(built)


def restart(built: Any, factory: Any) -> Any:
    """Quit (leaving the lesson keeps the places) and start again on the same data dir."""
    built.window.open("home")
    built.window.close()
    return factory("en")


def large_text(qtbot: QtBot, page: LessonPage) -> LargeTextView:
    assert page.materials is not None
    human_click(page.materials.buttons[HANDOUT])
    holder = page.materials.stack.currentWidget()
    assert isinstance(holder, HandoutHolder)
    qtbot.waitUntil(lambda: holder.handout is not None, timeout=10_000)
    assert holder.handout is not None
    human_click(holder.handout.large_text_button)
    assert holder.large_text is not None and holder.large_text.isVisible()
    return holder.large_text


def shown_large_text(qtbot: QtBot, page: LessonPage) -> LargeTextView:
    """The handout's large text the page opened with (a bookmark in it)."""
    assert page.materials is not None and page.materials.current == HANDOUT
    holder = page.materials.stack.currentWidget()
    assert isinstance(holder, HandoutHolder)
    qtbot.waitUntil(lambda: holder.large_text is not None, timeout=10_000)
    assert holder.large_text is not None
    qtbot.waitUntil(holder.large_text.isVisible)
    return holder.large_text


def read_at(reader: ReaderView, bar: BookmarkBar, index: int) -> Sentence:
    """The learner reads on to this sentence (the text cursor on it, on screen)."""
    sentence = bar._sentences[index]
    cursor = QTextCursor(reader.document())
    cursor.setPosition(sentence.start)
    reader.setFocus()
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    assert bar.current_sentence() == sentence
    return sentence


def landed_on(reader: ReaderView) -> tuple[int, int]:
    """The sentence the reader opened at: landing selects it."""
    cursor = reader.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd()


def bookmark_rows(built: Any) -> list[BookmarkRow]:
    page = built.window.open("bookmarks")
    assert isinstance(page, BookmarksPage)
    return page.rows


def test_a_handout_bookmark_opens_the_large_text_at_that_sentence_after_a_restart(
    qtbot: QtBot, server: ReferenceServer, learner_window_factory: Any
) -> None:
    built = learner_window_factory("en")
    text = large_text(qtbot, open_lesson(built))
    assert text.bookmarks is not None
    assert text.view.lesson_id == f"{LESSON}#handout"
    marked = read_at(text.reader, text.bookmarks, 4)
    human_click(text.bookmarks.bookmark_button)
    assert text.bookmarks.note_row.isVisible()
    text.bookmarks.note_row.note.setText("Show Mei")
    human_click(text.bookmarks.note_row.save)
    read_at(text.reader, text.bookmarks, 7)  # reads on: the place is not the bookmark

    again = restart(built, learner_window_factory)
    [row] = bookmark_rows(again)
    assert row.tile.accessibleName() == f"“{marked.text}”"
    description = row.tile.accessibleDescription()
    assert "Handout" in description and "Show Mei" in description
    assert row.item.key == f"lesson:{LESSON}#handout@{marked.start}"
    human_click(row.tile)
    page = settle(again)
    shown = shown_large_text(qtbot, page)
    qtbot.waitUntil(lambda: landed_on(shown.reader) == (marked.start, marked.end))
    assert shown.bookmarks is not None and shown.bookmarks.current_sentence() == marked


def test_a_transcript_bookmark_opens_the_video_text_at_that_line_after_a_restart(
    qtbot: QtBot, server: ReferenceServer, learner_window_factory: Any
) -> None:
    built = learner_window_factory("en")
    view = open_lesson(built).materials.stack.currentWidget()  # type: ignore[union-attr]
    assert isinstance(view, MediaView)
    qtbot.waitUntil(lambda: view.player.subtitle.text() != "", timeout=10_000)
    human_click(view.player.transcript_button)
    transcript = view.transcript
    assert isinstance(transcript, TranscriptView) and transcript.bookmarks is not None
    assert transcript.view.lesson_id == f"{LESSON}#video"
    view.player.seek(3200)  # the third line is being said: that is the one bookmarked
    human_click(transcript.bookmarks.bookmark_button)
    saved = transcript.bookmarks.last_bookmark
    line = transcript.bookmarks._sentences[2]
    assert saved is not None and saved.quote == line.text
    transcript.choose(0)  # back to the first line: the place is not the bookmark
    human_click(transcript.back_button)

    again = restart(built, learner_window_factory)
    [row] = bookmark_rows(again)
    assert row.tile.accessibleName() == f"“{line.text}”"
    assert "Video text" in row.tile.accessibleDescription()
    human_click(row.tile)
    page = settle(again)
    assert page.materials is not None and page.materials.current == VIDEO
    shown = page.materials.stack.currentWidget()
    assert isinstance(shown, MediaView)
    qtbot.waitUntil(lambda: shown.transcript is not None, timeout=10_000)
    reopened = shown.transcript
    assert reopened is not None
    qtbot.waitUntil(reopened.isVisible)
    qtbot.waitUntil(lambda: landed_on(reopened.reader) == (line.start, line.end))


def test_reopening_the_large_text_lands_where_the_learner_stopped(
    qtbot: QtBot, server: ReferenceServer, learner_window_factory: Any
) -> None:
    built = learner_window_factory("en")
    text = large_text(qtbot, open_lesson(built))
    assert text.bookmarks is not None
    stopped = read_at(text.reader, text.bookmarks, 5)
    human_click(text.back_button)  # back to the pages: the place is kept

    again = restart(built, learner_window_factory)
    # The home page still offers the lesson itself, not its handout's text.
    home = again.window.open("home")
    assert home.continue_tile.accessibleName().startswith("Continue:")
    reopened = large_text(qtbot, open_lesson(again))
    qtbot.waitUntil(lambda: landed_on(reopened.reader) == (stopped.start, stopped.end))
    # The lesson's own text did not move: it has a place of its own.
    page = again.window.page
    assert isinstance(page, LessonPage) and page.bookmarks is not None
    assert page.bookmarks.resumed is None


def test_a_text_bookmark_and_a_handout_bookmark_of_one_lesson_stay_apart(
    qtbot: QtBot, server: ReferenceServer, learner_window_factory: Any
) -> None:
    built = learner_window_factory("en")
    page = open_lesson(built)
    assert page.materials is not None and page.bookmarks is not None
    human_click(page.materials.buttons[TEXT])
    in_text = read_at(page.reader, page.bookmarks, 2)
    human_click(page.bookmarks.bookmark_button)
    text = large_text(qtbot, page)
    assert text.bookmarks is not None
    in_handout = read_at(text.reader, text.bookmarks, 6)
    human_click(text.bookmarks.bookmark_button)

    again = restart(built, learner_window_factory)
    rows = bookmark_rows(again)
    assert [r.item.quote for r in rows] == [in_text.text, in_handout.text]
    assert [r.item.part for r in rows] == ["", "handout"]
    assert "Handout" not in rows[0].tile.accessibleDescription()
    assert "Handout" in rows[1].tile.accessibleDescription()
    human_click(rows[0].tile)  # the lesson's text, at its own sentence
    lesson = settle(again)
    assert lesson.materials is not None and lesson.materials.current == TEXT
    assert lesson.bookmarks is not None
    qtbot.waitUntil(lambda: landed_on(lesson.reader) == (in_text.start, in_text.end))
    assert rows[0].item.key == f"lesson:{LESSON}@{in_text.start}"
    assert rows[1].item.key == f"lesson:{LESSON}#handout@{in_handout.start}"


def test_a_handout_bookmark_whose_file_is_gone_shows_its_saved_sentence(
    qtbot: QtBot, server: ReferenceServer, learner_window_factory: Any, data_dir: Path
) -> None:
    built = learner_window_factory("en")
    text = large_text(qtbot, open_lesson(built))
    assert text.bookmarks is not None
    marked = read_at(text.reader, text.bookmarks, 3)
    human_click(text.bookmarks.bookmark_button)
    built.window.open("home")
    built.window.close()
    for pdf in (data_dir / "platform-media").glob("*.pdf"):
        pdf.unlink()  # not on this computer any more (and not fetched for the list)

    again = learner_window_factory("en")
    [row] = bookmark_rows(again)
    assert row.tile.accessibleName() == f"“{marked.text}”"
    assert row.item.unavailable and not row.item.missing
    assert "not on this computer right now" in row.tile.accessibleDescription()
    assert row.tile.isEnabled()  # it still opens the lesson (the handout is fetched then)
