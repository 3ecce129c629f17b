"""What a person would say for a sentence: numbers, units and Latin words spelled out.

A Chinese lesson's "拨打110" is said 拨打幺幺零, "3.9 mmol/L" 三点九毫摩尔每升,
"25–30 克" 二十五到三十克, "140/90" 一百四十比九十. Each spoken piece keeps the characters
on screen it stands for, so the highlight still lands on "110" while 幺幺零 is heard.
Numbers go through cn2an; the tables of what it cannot know are in
``app.core.speech_words``. English lessons keep their text, and their Chinese words
become Mandarin pieces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.core.speech import speakable
from app.core.speech_words import (
    LATIN_WORDS,
    MEASURE_PHRASES,
    MEASURE_WORDS,
    PHONE_CONTEXT,
    PHONE_DIGITS,
    PHONE_MIN_DIGITS,
    SERVICE_NUMBERS,
    UNITS,
    YEAR_DIGITS,
)

ZH = "zh_CN"
EN = "en"
PAUSE = ""  # a piece that is only a pause (punctuation)

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NUM = r"\d+(?:\.\d+)?"
_UNIT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_TOKEN = re.compile(
    rf"(?P<time>(?<!\d)\d{{1,2}}[:：]\d{{2}}(?!\d))"
    rf"|(?P<year>(?<!\d)\d{{4}}(?=\s*年))"
    rf"|(?P<percent>{_NUM}\s*[%％])"
    rf"|(?P<range>{_NUM}\s*[–—~～\-]\s*{_NUM})"
    rf"|(?P<ratio>(?<!\d)\d+\s*/\s*\d+(?!\d))"
    rf"|(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_NUM})"
    rf"|(?P<latin>[A-Za-z][A-Za-z0-9'’\-]*[A-Za-z0-9]|[A-Za-z])"
    rf"|(?P<han>[{_HAN}]+)"
    r"|(?P<other>.)",
    re.DOTALL,
)
_UNIT_AFTER = re.compile(rf"\s*(?P<unit>{_UNIT})(?![A-Za-z])")
_PAUSES = "，,、；;：:。.！!？?…—（）()《》“”\"'‘’"


@dataclass(frozen=True, slots=True)
class Piece:
    """``say`` in ``lang`` (Hanzi for Chinese: one syllable a character) for ``start:end``."""

    lang: str
    say: str
    start: int
    end: int


@cache
def _cn2an() -> Any:
    import cn2an  # loaded in the speech worker, never at window start

    return cn2an


def quantity(number: str) -> str:
    """ "25" as 二十五, "3.9" as 三点九, "10,000" as 一万."""
    return str(_cn2an().an2cn(number.replace(",", "")))


def digits(number: str, table: dict[str, str] = PHONE_DIGITS) -> str:
    return "".join(table.get(ch, "") for ch in number)


def _dialled(text: str, start: int, number: str) -> bool:
    if "." in number or "," in number:
        return False
    if number in SERVICE_NUMBERS or len(number) >= PHONE_MIN_DIGITS:
        return True
    if number.startswith("0") and len(number) >= 3:
        return True
    before = text[max(0, start - 4) : start].rstrip()
    return len(number) >= 3 and before.endswith(PHONE_CONTEXT)


def _amount(number: str, after: str) -> str:
    """A quantity, with 2 said 两 before a measure word (两个, 两杯, 两分钟)."""
    if number == "2" and (after[:1] in MEASURE_WORDS or after.startswith(MEASURE_PHRASES)):
        return "两"
    return quantity(number)


class _Builder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[Piece] = []

    def add(self, lang: str, say: str, start: int, end: int) -> None:
        if say or lang == PAUSE:
            self.pieces.append(Piece(lang, say, start, end))

    def numbers(self, match: re.Match[str], pattern: str) -> None:
        """Each number inside ``match`` as a quantity, joined by ``pattern``'s word."""
        last = match.start()
        for number in re.finditer(_NUM, match.group()):
            begin = match.start() + number.start()
            if begin > last:
                self.add(ZH, pattern, last, begin)
            self.add(ZH, quantity(number.group()), begin, match.start() + number.end())
            last = match.start() + number.end()

    def unit(self, end: int) -> int:
        """Read a unit right after a number; returns where the text goes on."""
        found = _UNIT_AFTER.match(self.text, end)
        if found is None:
            return end
        self.add(ZH, UNITS[found.group("unit")], found.start("unit"), found.end())
        return found.end()


def chinese_pieces(text: str) -> list[Piece]:
    """The pieces of a sentence of a Chinese lesson."""
    out = _Builder(text)
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        assert match is not None  # "other" matches any character
        kind, value, start, end = match.lastgroup, match.group(), match.start(), match.end()
        if kind == "time":
            hours, minutes = re.split("[:：]", value)
            colon = start + len(hours)
            out.add(ZH, _amount(hours, "点"), start, colon)
            out.add(ZH, "点", colon, colon + 1)
            if minutes != "00":
                spoken = ("零" + quantity(minutes[1])) if minutes[0] == "0" else quantity(minutes)
                out.add(ZH, spoken + "分", colon + 1, end)
        elif kind == "year":
            out.add(ZH, digits(value, YEAR_DIGITS), start, end)
        elif kind == "percent":
            number = re.match(_NUM, value)
            assert number is not None
            out.add(ZH, "百分之", start + len(value) - 1, end)
            out.add(ZH, quantity(number.group()), start, start + number.end())
        elif kind == "range":
            out.numbers(match, "到")
            end = out.unit(end)
        elif kind == "ratio":
            first, second = (int(n) for n in re.findall(r"\d+", value))
            if 0 < first < second <= 10:  # 1/2: 二分之一
                out.add(ZH, quantity(str(second)) + "分之" + quantity(str(first)), start, end)
            else:  # blood pressure 140/90: 一百四十比九十
                out.numbers(match, "比")
            end = out.unit(end)
        elif kind == "number":
            if _dialled(text, start, value):
                out.add(ZH, digits(value), start, end)
            else:
                unit = _UNIT_AFTER.match(text, end)
                after = UNITS[unit.group("unit")] if unit else text[end:].lstrip()
                out.add(ZH, _amount(value, after), start, end)
                end = out.unit(end)
        elif kind == "latin":
            said = LATIN_WORDS.get(value.lower(), value)
            out.add(ZH if re.match(f"[{_HAN}]", said) else EN, said, start, end)
        elif kind == "han":
            out.add(ZH, value, start, end)
        elif value in _PAUSES:
            out.add(PAUSE, "", start, end)
        position = end
    return out.pieces


def english_pieces(text: str) -> list[Piece]:
    """The pieces of a sentence of an English lesson: Chinese words become Mandarin."""
    pieces: list[Piece] = []
    for match in re.finditer(rf"[{_HAN}]+|[^{_HAN}]+", text):
        value = match.group()
        if re.match(f"[{_HAN}]", value):
            pieces.append(Piece(ZH, value, match.start(), match.end()))
        elif any(ch.isalnum() for ch in value):
            pieces.append(Piece(EN, value, match.start(), match.end()))
        else:  # only spaces and punctuation between two Chinese words
            pieces.append(Piece(PAUSE, "", match.start(), match.end()))
    return pieces


def spoken_pieces(text: str, lang: str) -> list[Piece]:
    """What to say for ``text``; positions are characters of ``text`` as shown."""
    text = speakable(text)
    return chinese_pieces(text) if lang == ZH else english_pieces(text)


def spoken_text(text: str, lang: str) -> str:
    """The sentence as a person would say it, for engines that take plain text (pyttsx3)."""
    said = ""
    for piece in spoken_pieces(text, lang):
        if piece.lang == PAUSE:
            said += "，" if lang == ZH else ", "
        elif piece.lang == EN and said and not said.endswith(" "):
            said += " " + piece.say + " "
        else:
            said += piece.say
    return " ".join(said.split())
