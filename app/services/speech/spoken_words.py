"""The words of the sentence being heard, and which one is heard now (the word highlight).

The engine's word timings are saved beside each WAV (``AudioCache.timings``), in
characters of the sentence shown, so the highlight lands on what the learner sees.
"""

from __future__ import annotations

from pathlib import Path

from app.core.sentences import Sentence
from app.core.speech import WordTiming, word_at_ms
from app.services.speech.audio_cache import AudioCache


class SpokenWords:
    def __init__(self) -> None:
        self._words: tuple[WordTiming, ...] = ()
        self._base = 0  # where the sentence starts in the lesson's display text
        self._current = -1

    def load(self, path: Path, sentence: Sentence | None) -> None:
        """Follow the words of ``path``, the audio of ``sentence`` (None: no highlight,
        e.g. a recording or a text said once)."""
        self._words = AudioCache.timings(path) if sentence is not None else ()
        self._base = sentence.start if sentence is not None else 0
        self._current = -1

    def moved_to(self, position_ms: int) -> tuple[int, int] | None:
        """The display-text span of the word heard at ``position_ms``, when it changed."""
        current = word_at_ms(self._words, position_ms)
        if current == self._current or current < 0:
            return None
        self._current = current
        word = self._words[current]
        return self._base + word.start, self._base + word.end
