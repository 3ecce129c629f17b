"""A sentence as the runs sent to the engine: Mandarin as pinyin syllables, English as words.

Why pinyin: espeak-ng's Mandarin voices turn each character into pinyin themselves, with
the most common reading of the character (银行 as yín xíng) and, in the voice ``cmn``,
speak that pinyin with the English voice. We resolve readings per word with pypinyin's
phrase dictionaries (银行 yín háng, 还钱 huán qián, 睡觉 shuì jiào) and send the
syllables to the voice that reads Latin as pinyin. One syllable stands for one character
on screen, so word timings map straight back to what the learner sees.
"""

from __future__ import annotations

import string
from functools import cache

from app.core.speech import SpeechRun, SpokenWord
from app.core.speech_words import PHRASE_READINGS
from app.services.speech.normalise import EN, PAUSE, ZH, Piece, spoken_pieces


@cache
def _pinyin_ready() -> None:
    from pypinyin import load_phrases_dict

    load_phrases_dict(PHRASE_READINGS)


def syllables(hanzi: str) -> list[str]:
    """One pinyin syllable with its tone digit (5 for the neutral tone) per character.

    Tone changes a person makes (一 before a fourth tone, 不 before a fourth tone, two
    third tones) are applied, since the engine does not make the first two itself.
    A character pypinyin does not know stays as it is; the engine reads it in Mandarin.
    """
    from pypinyin import Style, lazy_pinyin

    _pinyin_ready()
    result = lazy_pinyin(
        hanzi,
        style=Style.TONE3,
        neutral_tone_with_five=True,
        tone_sandhi=True,
        errors=lambda chars: list(chars),  # type: ignore[arg-type,return-value]
    )
    return [str(s) for s in result]


_PUNCTUATION = string.punctuation + "，。！？、；：“”‘’（）《》…—"


class _Run:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.text = ""
        self.words: list[SpokenWord] = []

    def word(self, token: str, start: int, end: int) -> None:
        if self.text and not self.text.endswith(" "):
            self.text += " "
        self.words.append(SpokenWord(start, end, len(self.text), token))
        self.text += token

    def pause(self) -> None:
        if self.text and not self.text.endswith(", "):
            self.text += ", "

    def done(self) -> SpeechRun:
        return SpeechRun(self.lang, self.text.rstrip(", "), tuple(self.words))


def _mandarin(run: _Run, group: list[Piece], text: str) -> None:
    """Add a stretch of Chinese pieces (read as one phrase context) to ``run``."""
    sounds = iter(syllables("".join(p.say for p in group)))
    for piece in group:
        literal = piece.say == text[piece.start : piece.end]
        for i in range(len(piece.say)):
            token = next(sounds)
            if not literal and piece.say[i] == "一" and _digit_one(piece.say, i):
                token = "yi1"
            if literal:
                run.word(token, piece.start + i, piece.start + i + 1)
            else:
                run.word(token, piece.start, piece.end)


def _digit_one(said: str, i: int) -> bool:
    """一 read as a digit keeps its first tone: 一点五, 三点一四, 一九九零年."""
    return (
        said[i + 1 : i + 2] == "点"
        or "点" in said[:i]
        or (len(said) > 1 and all(ch in "零一二三四五六七八九" for ch in said))
    )


def _english(run: _Run, piece: Piece, text: str) -> None:
    if piece.say != text[piece.start : piece.end]:  # a mapped word: one word on screen
        run.word(piece.say, piece.start, piece.end)
        return
    if run.text and not run.text.endswith(" "):
        run.text += " "
    base = len(run.text)
    run.text += piece.say.strip()
    lead = len(piece.say) - len(piece.say.lstrip())
    position = 0
    for token in piece.say.split():
        at = piece.say.index(token, position)
        position = at + len(token)
        word = token.strip(_PUNCTUATION)  # the highlight covers "first", not "first."
        if not word:
            continue
        start = piece.start + at + token.index(word)
        run.words.append(SpokenWord(start, start + len(word), base + at - lead, token))


def speech_runs(text: str, lang: str) -> tuple[SpeechRun, ...]:
    """The runs for one sentence of a lesson in ``lang`` ("zh_CN" or "en")."""
    runs: list[SpeechRun] = []
    current: _Run | None = None
    group: list[Piece] = []

    def flush_group() -> None:
        if group and current is not None:
            _mandarin(current, group, text)
        group.clear()

    for piece in spoken_pieces(text, lang):
        if piece.lang == PAUSE:
            flush_group()
            if current is not None:
                current.pause()
            continue
        if current is None or current.lang != piece.lang:
            flush_group()
            if current is not None and current.words:
                runs.append(current.done())
            current = _Run(piece.lang)
        if piece.lang == ZH:
            group.append(piece)
        elif piece.lang == EN:
            _english(current, piece, text)
    flush_group()
    if current is not None and current.words:
        runs.append(current.done())
    return tuple(runs)
