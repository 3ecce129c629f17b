"""At 300 % on a 1366×768 screen the lesson still reads like a page, not a slot; and when
nothing can be heard, the reason is shown next to Read aloud at every size."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.speech import NoSpeakers
from app.services.speech.read_aloud import build_read_aloud
from app.services.speech.window_voice import message
from app.ui.pages.lesson import LessonPage
from app.ui.reader_view import ReaderView
from tests.ui.in_view import seen_in

LESSON = "lesson:silver-basics.scams.police"
LANGS = ["zh_CN", "en"]

pytestmark = pytest.mark.no_qt_log  # the media player logs from its own threads


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def line_pitch(reader: ReaderView) -> float:
    """How far apart two lines of lesson text are, taken from the laid-out document
    (in its longest paragraph: a heading that wraps has its own, taller lines)."""
    longest = reader.document().begin()
    block = longest
    while block.isValid():
        if block.layout().lineCount() > longest.layout().lineCount():
            longest = block
        block = block.next()
    layout = longest.layout()
    assert layout.lineCount() >= 2, "no paragraph of two lines"
    return float(layout.lineAt(1).y() - layout.lineAt(0).y())


def reopen_with_the_offer(window: Any) -> LessonPage:
    page = window.open(LESSON)
    settle()
    bar = page.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # read on a little, then leave
    settle()
    window.open("home")
    page = window.open(LESSON)
    settle()
    assert isinstance(page, LessonPage) and page.resume_banner.isVisible()
    return page


@pytest.mark.parametrize("lang", LANGS)
def test_at_300_percent_the_reader_shows_five_lines_once_the_offer_is_answered(
    learner_window_factory: Any, lang: str
) -> None:
    window = learner_window_factory(lang=lang, text_scale=300).window
    assert (window.width(), window.height()) == (1366, 768)
    page = reopen_with_the_offer(window)
    page.reader.setFocus()
    QTest.keyClick(page.reader, Qt.Key.Key_Down)  # reading on answers "continue from here"
    settle()
    assert not page.resume_banner.isVisible()
    pitch = line_pitch(page.reader)
    assert pitch >= 1.5 * page.reader.document().defaultFont().pointSizeF() * 96 / 72 * 0.99
    lines = page.reader.viewport().height() / pitch
    assert lines >= 5, (
        f"{lines:.1f} lines of lesson text ({page.reader.viewport().height()} px, {pitch} px)"
    )
    # Nothing the learner needs went away: the title and every control are still there.
    assert page.view.title in [label.text() for label in page.findChildren(type(page.course_label))]
    assert page.read_aloud_bar is not None and page.bookmarks is not None
    for control in (
        page.read_aloud_bar.play_button,
        page.bookmarks.bookmark_button,
        page.larger,
        page.print_button,
    ):
        assert control.isVisibleTo(window)
        page.side.ensureWidgetVisible(control)
        settle()
        assert seen_in(control, window).height() == control.height(), control.label


def test_the_offer_stays_until_it_is_answered(learner_window_factory: Any) -> None:
    window = learner_window_factory(lang="en", text_scale=300).window
    page = reopen_with_the_offer(window)
    QTest.keyClick(page.reader, Qt.Key.Key_Shift)  # not reading on
    settle()
    assert page.resume_banner.isVisible()


@pytest.mark.parametrize("scale", [100, 200, 300])
def test_no_speakers_is_said_next_to_read_aloud_in_view(
    learner_window_factory: Any, scale: int
) -> None:
    built = learner_window_factory(lang="zh_CN", text_scale=scale)
    window = built.window
    view = window.open(LESSON).view
    silent = build_read_aloud(built.voice.speech, view.text, "zh_CN", audio_outputs=lambda: 0)
    built.registry.register(
        "silent", lambda _arg: LessonPage(view, "", built.settings.look(), read_aloud=silent)
    )
    page = window.open("silent")
    settle()
    bar = page.read_aloud_bar
    assert bar is not None
    said = message(NoSpeakers())
    assert bar.banner.label.text() == said and bar.banner.isVisible()
    shown = seen_in(bar.banner, window)
    assert shown.height() == bar.banner.height(), f"the message is cut to {shown}"
    play = seen_in(bar.play_button, window)
    assert 0 <= shown.top() - play.bottom() <= 40  # right under Read aloud
    assert bar.banner.accessibleName() == said and bar.banner.accessibleDescription() == said
    assert silent.spoken_text != said  # shown and announced, never spoken


def test_no_offer_to_continue_from_the_very_first_sentence(learner_window_factory: Any) -> None:
    window = learner_window_factory(lang="en", text_scale=300).window
    window.open(LESSON)
    settle()
    window.open("home")  # left without reading on
    page = window.open(LESSON)
    settle()
    assert isinstance(page, LessonPage) and not page.resume_banner.isVisible()
