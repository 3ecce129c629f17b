"""A pack's recorded narration: one WAV file, a stretch of it per sentence.

The reader plays it instead of synthesis (no speech engine needed) and follows the
sentences by the player's position.
"""

from __future__ import annotations

from pathlib import Path

from app.core.sentences import Sentence
from app.core.speech import Clip, narration_clips, sentence_at_ms


class Narration:
    def __init__(self, clips: list[Clip]) -> None:
        self.clips = clips
        self._floor = 0  # positions below a fresh seek are stale reports: ignore them

    @classmethod
    def recorded(
        cls, sentences: list[Sentence], wav: str, timings: tuple[tuple[int, int], ...]
    ) -> Narration:
        """The pack's recording of these sentences; empty when there is no such file."""
        if not wav or not Path(wav).is_file():
            return cls([])
        return cls(narration_clips(sentences, wav, timings))

    def __bool__(self) -> bool:
        return bool(self.clips)

    def start(self, index: int) -> Clip:
        """The clip of sentence ``index`` (the whole file when there are no timings)."""
        clip = next((c for c in self.clips if c.sentence == index), self.clips[0])
        self._floor = clip.start_ms
        return clip

    def sentence_at(self, position_ms: int) -> int | None:
        """The sentence heard at ``position_ms`` (None: not known yet)."""
        if position_ms < self._floor:
            return None
        self._floor = 0
        return sentence_at_ms(self.clips, position_ms)
