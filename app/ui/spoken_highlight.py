"""What a read-aloud controller is saying, shown in a reader: the sentence, and the word
in it. One small object per view (the lesson page, a handout's large text), a child of
that view: its bound methods are the only connections, so nothing of a view that was
left stays alive (issue 17's page leak came from lambdas holding the page)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.services.speech.read_aloud import ReadAloud
from app.ui.reader_view import ReaderView


class SpokenHighlight(QObject):
    def __init__(self, controller: ReadAloud, reader: ReaderView, parent: QObject) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reader = reader
        controller.sentence_changed.connect(self._sentence)
        controller.word_changed.connect(self._word)

    def _sentence(self, index: int) -> None:
        sentence = self._controller.sentences[index]
        self._reader.highlight(sentence.start, sentence.end)

    def _word(self, start: int, end: int) -> None:
        sentence = self._controller.sentences[self._controller.index]
        self._reader.highlight(sentence.start, sentence.end, word=(start, end))
