"""PDF handouts on QtPdf: pages, zoom, read aloud with the sentence marked on the page itself,
large text, and a scanned handout. The PDF is made by the tests with a real text layer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.core.theme import THEMES
from app.services.speech.read_aloud import PLAYING, ReadAloud, build_read_aloud
from app.services.speech.window_voice import WindowVoice
from app.ui.handout_view import PAGE_MARK, HandoutView, LargeTextView, handout_text
from app.ui.style import Look
from tests.media_files import HANDOUT_PAGES, make_pdf
from tests.speech_fakes import ToneEngine
from tests.ui.human import human_click

pytestmark = pytest.mark.no_qt_log


@pytest.fixture
def voice(tmp_path: Path) -> Iterator[WindowVoice]:
    made = WindowVoice(tmp_path / "c", tmp_path / "p", ToneEngine())
    yield made
    made.close()


def open_handout(qtbot: QtBot, path: Path, voice: WindowVoice | None = None) -> HandoutView:
    def reader(text: str) -> ReadAloud:
        assert voice is not None
        return build_read_aloud(voice, text, "zh_CN", audio_outputs=lambda: 1)

    view = HandoutView(str(path), Look(THEMES["light"], 300), make_reader=reader if voice else None)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_pages_turn_and_zoom_with_big_buttons(qtbot: QtBot, tmp_path: Path) -> None:
    view = open_handout(qtbot, make_pdf(tmp_path / "h.pdf"))
    assert view.page_label.text() == "Page 1 of 3"
    assert not view.previous_button.isEnabled()
    # Fit to width once the layout settled: no sideways scrolling.
    qtbot.waitUntil(
        lambda: 0 < view.picture.pixmap().width() <= view.page_area.viewport().width() - 8
    )
    narrow = view.picture.pixmap().width()
    human_click(view.next_button)
    assert view.page_label.text() == "Page 2 of 3"
    human_click(view.larger_button)
    assert view.zoom == 150 and view.picture.pixmap().width() > narrow * 1.4
    for _ in range(8):
        view.set_zoom(view.zoom + 50)
    assert view.zoom == 400 and not view.larger_button.isEnabled()
    assert all(b.minimumHeight() >= 60 for b in (view.next_button, view.previous_button))


def test_read_aloud_marks_the_spoken_sentence_on_the_page(
    qtbot: QtBot, tmp_path: Path, voice: WindowVoice
) -> None:
    view = open_handout(qtbot, make_pdf(tmp_path / "h.pdf"), voice)
    reader = view.reader
    assert reader is not None and view.read_bar is not None
    reader.play()
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=5000)
    qtbot.waitUntil(lambda: reader.index >= 1, timeout=10_000)
    sentence = reader.sentences[reader.index]
    expected = view.document.getSelectionAtIndex(0, sentence.start, sentence.end - sentence.start)
    assert expected.text().strip() == sentence.text.strip()
    assert view.marked == expected.boundingRectangle()  # the rectangle of that sentence
    image = view.picture.pixmap().toImage()
    scale = image.width() / view.document.pagePointSize(0).width()
    centre = view.marked.center()
    # somewhere in the marked line the page shows the mark's colour
    row = [image.pixelColor(x, int(centre.y() * scale)) for x in range(image.width())]
    assert QColor(PAGE_MARK) in row
    reader.stop()


def test_at_the_end_of_a_page_it_turns_and_reads_on(
    qtbot: QtBot, tmp_path: Path, voice: WindowVoice
) -> None:
    view = open_handout(qtbot, make_pdf(tmp_path / "h.pdf", HANDOUT_PAGES[:2]), voice)
    assert view.reader is not None
    view.reader.start_at(len(view.reader.sentences) - 1)
    view.reader.play()
    qtbot.waitUntil(lambda: view.page == 1, timeout=15_000)
    qtbot.waitUntil(lambda: view.reader is not None and view.reader.state == PLAYING, timeout=5000)
    view.reader.stop()


def test_large_text_reflows_every_page_and_a_scan_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    view = open_handout(qtbot, make_pdf(tmp_path / "h.pdf"))
    text = handout_text(view).text
    assert all(line in text for page in HANDOUT_PAGES for line in page)
    assert view.large_text_button.isVisibleTo(view) and view.banner.isHidden()
    scan = open_handout(qtbot, make_pdf(tmp_path / "scan.pdf", ((), (), ())))
    assert "scanned" in scan.banner.label.text()
    assert not scan.large_text_button.isVisibleTo(scan) and scan.reader is None


def test_the_large_text_is_read_aloud_with_the_spoken_sentence_highlighted(
    qtbot: QtBot, tmp_path: Path, voice: WindowVoice
) -> None:
    view = open_handout(qtbot, make_pdf(tmp_path / "h.pdf"))
    large = LargeTextView(
        handout_text(view),
        Look(THEMES["light"], 300),
        make_reader=lambda text: build_read_aloud(voice, text, "zh_CN", audio_outputs=lambda: 1),
    )
    qtbot.addWidget(large)
    large.resize(1000, 800)
    large.show()
    reader = large.read_aloud
    assert reader is not None and large.read_aloud_bar is not None
    assert large.read_aloud_bar.isVisibleTo(large)
    human_click(large.read_aloud_bar.play_button)
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=30_000)
    qtbot.waitUntil(lambda: reader.index >= 1, timeout=30_000)
    sentence = reader.sentences[reader.index]
    spoken = large.reader.spoken_range
    assert spoken is not None
    # the reader shows the sentence being spoken: the handout's own words, on screen
    assert large.view.text[spoken[0] : spoken[1]] == sentence.text
    assert any(sentence.text.strip() in line for page in HANDOUT_PAGES for line in page)
    large.close_view()
    assert reader.state != PLAYING
