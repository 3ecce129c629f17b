"""Split lesson text into sentences with their offsets in the displayed text.

Read-aloud speaks one sentence at a time and highlights it; bookmarks and reading
positions point at sentences. Rules: Chinese ``。！？；…`` and Western ``.!?;`` end
a sentence; closing quotes and brackets stay with their sentence; a newline always
ends one (sentences never cross blocks); decimals (3.5), list numbers at the start
of a line ("1. "), abbreviations (Mr., e.g.) and dotted names (www.gov.cn) do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CJK_END = "。！？；…"
WESTERN_END = ".!?;"
CLOSERS = "”’\"')）】」』》]"
SKIP_CHARS = " \t\u3000\ufffc•"
ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "min",
        "max",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)
_LIST_NUMBER = re.compile(r"^\s*\d{1,3}$")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the display text: what read-aloud speaks and bookmarks point at."""

    index: int
    start: int  # offset of the first character in the display text
    end: int  # offset just past the last character
    text: str


def _is_western_stop(text: str, i: int, line_start: int) -> bool:
    """Whether the ``.`` / ``!`` / ``?`` / ``;`` at ``i`` ends a sentence."""
    char = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if char != ".":
        return True
    prev = text[i - 1] if i > 0 else ""
    if prev.isdigit() and nxt.isdigit():
        return False  # 3.5
    if _LIST_NUMBER.match(text[line_start:i]):
        return False  # "1. Step"
    if nxt and not (nxt.isspace() or nxt in CLOSERS or nxt in WESTERN_END or _is_cjk(nxt)):
        return False  # www.gov.cn, v1.2
    word = _WORD_BEFORE.search(text[line_start:i])
    if word:
        token = word.group(1).lower()
        if token in ABBREVIATIONS or (len(token) == 1 and word.group(1).isupper()):
            return False  # Dr. Li, J. Smith
        if _INITIALISM.fullmatch(token) and text[i + 1 : i + 3].strip()[:1].islower():
            return False  # "the U.S. team", "at 9 a.m. today"
    return True


def _is_cjk(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def split_sentences(text: str) -> list[Sentence]:
    """All sentences of ``text``, in order; ``text[s.start:s.end] == s.text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    line_start = 0
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\n":
            spans.append((start, i))
            start = line_start = i + 1
        elif char in CJK_END or (char in WESTERN_END and _is_western_stop(text, i, line_start)):
            j = i + 1
            while j < n and (text[j] in CJK_END or text[j] in WESTERN_END or text[j] in CLOSERS):
                j += 1
            spans.append((start, j))
            start = j
            i = j
            continue
        i += 1
    spans.append((start, n))
    sentences: list[Sentence] = []
    for a, b in spans:
        while a < b and text[a] in SKIP_CHARS:
            a += 1
        while b > a and text[b - 1] in SKIP_CHARS:
            b -= 1
        if b > a and any(c.isalnum() for c in text[a:b]):
            sentences.append(Sentence(len(sentences), a, b, text[a:b]))
    return sentences


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence containing ``offset``, else the next one after it, else the last."""
    for sentence in sentences:
        if offset < sentence.end:
            return sentence
    return sentences[-1] if sentences else None
