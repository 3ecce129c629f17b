"""Anchors: where a bookmark or reading position points, in a form that survives edits.

A plain character offset breaks as soon as a lesson is re-synced or its pack is
upgraded (one sentence inserted before it moves everything). An ``Anchor`` keeps
the sentence's *fingerprint* (a hash of its text with spacing ignored), its
offset when it was made, and the fingerprints of the sentences just before and
after it. ``locate`` finds it again in the current text:

1. a sentence with the same fingerprint (the one whose neighbours also match,
   then the one nearest the old offset) → found exactly;
2. otherwise a sentence whose neighbour matches (the sentence was reworded but
   its place is known) → ``exact=False``;
3. otherwise the sentence at the old offset (or the last one) → ``exact=False``.

``exact=False`` lets the UI say "this sentence has changed; showing the nearest".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the sentence rules load when a lesson is read, not to show home
    from app.core.sentences import Sentence

FINGERPRINT_CHARS = 16


def fingerprint(text: str) -> str:
    """A short stable hash of ``text`` that ignores spacing and letter case."""
    import hashlib  # here: its OpenSSL library is not needed to show the first page

    normal = "".join(text.split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:FINGERPRINT_CHARS]


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a bookmark or reading position points, kept so it can be found again after edits."""

    offset: int  # start of the sentence in the display text when the anchor was made
    fingerprint: str  # of the sentence itself ("" = only the offset is known)
    before: str = ""  # fingerprint of the previous sentence ("" at the start)
    after: str = ""  # fingerprint of the next sentence ("" at the end)


@dataclass(frozen=True, slots=True)
class Located:
    """Where ``locate`` found an anchor: the sentence, and whether it is the anchored one."""

    sentence: Sentence
    exact: bool  # False: the anchored sentence is gone and this is the nearest one


def anchor_for(sentences: Sequence[Sentence], sentence: Sentence) -> Anchor:
    """The anchor of ``sentence`` (one of ``sentences``)."""
    i = sentence.index
    before = fingerprint(sentences[i - 1].text) if i > 0 else ""
    after = fingerprint(sentences[i + 1].text) if i + 1 < len(sentences) else ""
    return Anchor(sentence.start, fingerprint(sentence.text), before, after)


def locate(anchor: Anchor, sentences: Sequence[Sentence]) -> Located | None:
    """Where ``anchor`` points in ``sentences`` now; ``None`` only when there are none."""
    if not sentences:
        return None
    prints = [fingerprint(s.text) for s in sentences]

    def context_score(i: int) -> int:
        score = 0
        if anchor.before and i > 0 and prints[i - 1] == anchor.before:
            score += 1
        if anchor.after and i + 1 < len(prints) and prints[i + 1] == anchor.after:
            score += 1
        return score

    if anchor.fingerprint:
        same = [i for i, p in enumerate(prints) if p == anchor.fingerprint]
        if same:
            best = max(
                same, key=lambda i: (context_score(i), -abs(sentences[i].start - anchor.offset))
            )
            return Located(sentences[best], True)
        # The sentence itself changed: its neighbours may still say where it was.
        candidates: list[int] = []
        if anchor.before:
            candidates += [i + 1 for i, p in enumerate(prints[:-1]) if p == anchor.before]
        if anchor.after:
            candidates += [i - 1 for i, p in enumerate(prints[1:], start=1) if p == anchor.after]
        if candidates:
            best = min(candidates, key=lambda i: abs(sentences[i].start - anchor.offset))
            return Located(sentences[best], False)
    from app.core.sentences import sentence_at

    nearest = sentence_at(list(sentences), anchor.offset)
    assert nearest is not None
    return Located(nearest, not anchor.fingerprint and nearest.start == anchor.offset)
