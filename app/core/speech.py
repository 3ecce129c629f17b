"""Read-aloud in the core: the engine port, speed presets, cache keys and plain errors.

Synthesis and playback are separate (docs/requirements.md#read-aloud): an engine
renders one sentence to a WAV file in a worker process; the player plays the files one
after another.
Nothing here does I/O: engines and caches live in ``app.services.speech``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Protocol

from app.core.errors import SpeechUnavailable
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.sentences import Sentence

# Speed presets in words per minute (espeak-ng and pyttsx3 both take wpm).
# "slow" is the default for seniors; espeak-ng's own default is 175.
RATE_WPM: dict[str, int] = {"slow": 130, "normal": 160, "brisk": 190}
RATES: tuple[str, ...] = ("slow", "normal", "brisk")
DEFAULT_RATE = "slow"
# How a sentence is turned into what the engine is sent (numbers, pinyin, runs); part of
# every cache key, so a change to those rules renders the audio again.
SPEECH_SCRIPT = "runs-2"

# Characters the reader shows but nobody should hear ("bullet", "object replacement").
_SILENT = str.maketrans({"•": " ", "\ufffc": " ", "\u3000": " "})


class NoSpeechEngine(SpeechUnavailable):
    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "Reading aloud needs a speech program, and none was found. "
        "Please ask a helper to install espeak-ng.",
    )


class NoVoiceForLanguage(SpeechUnavailable):
    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "There is no voice for this lesson's language. "
        "Please ask a helper to install the espeak-ng voices (espeak-ng-data).",
    )


class NoSpeakers(SpeechUnavailable):
    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "No speakers found: plug in speakers or headphones. The highlight still shows the reading.",
    )


class SynthesisFailed(SpeechUnavailable):
    default_template = QT_TRANSLATE_NOOP(
        "Errors", "This sentence could not be read aloud, so it was skipped."
    )


class SpeechDiskFull(SpeechUnavailable):
    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "The computer's disk is full, so the lesson cannot be read aloud now. Nothing you "
        "saved was lost. Please ask a helper to make some room, then press “Read aloud” again.",
    )


@dataclass(frozen=True, slots=True)
class WordTiming:
    """A word of a rendered sentence: characters ``start:end`` of the sentence, heard at ``ms``."""

    start: int
    end: int
    ms: int


@dataclass(frozen=True, slots=True)
class SpokenWord:
    """One thing the engine is sent and the characters on screen it stands for.

    ``token`` starts at ``offset`` in its run's text; the learner sees characters
    ``start:end`` of the sentence highlighted while it is heard. A number read as
    several syllables ("25" as 二十五) is several words over the same characters.
    """

    start: int
    end: int
    offset: int
    token: str


@dataclass(frozen=True, slots=True)
class SpeechRun:
    """A stretch of a sentence spoken by one voice: ``lang`` is "zh_CN" or "en"."""

    lang: str
    text: str
    words: tuple[SpokenWord, ...]

    def word_at(self, position: int) -> SpokenWord | None:
        """The word whose token covers ``position`` (0-based, in ``text``)."""
        found: SpokenWord | None = None
        for word in self.words:
            if word.offset <= position:
                found = word
            else:
                break
        if found is not None and position < found.offset + max(1, len(found.token)):
            return found
        return None


def timings_from_events(
    runs: tuple[SpeechRun, ...], events: list[tuple[int, int, int]]
) -> tuple[WordTiming, ...]:
    """Word timings on screen from engine events ``(run index, text position, ms)``.

    ``ms`` already counts from the start of the whole file. Several syllables over the
    same characters keep the first one's time, so the highlight does not flicker.
    """
    timings: list[WordTiming] = []
    for run_index, position, ms in events:
        word = runs[run_index].word_at(position)
        if word is None:
            continue
        if timings and (timings[-1].start, timings[-1].end) == (word.start, word.end):
            continue
        timings.append(WordTiming(word.start, word.end, ms))
    return tuple(timings)


class SpeechEngine(Protocol):
    """Renders text to a 16-bit PCM mono WAV file. Runs inside the synthesis worker process,
    so implementations must be picklable (plain attributes, state created lazily)."""

    @property
    def name(self) -> str:
        """Short id used in cache keys ("espeak-ng", "pyttsx3")."""
        ...

    def version(self) -> str:
        """Engine version; part of the cache key so an upgrade re-renders."""
        ...

    def voice_for(self, lang: str) -> str | None:
        """The voice to use for ``lang`` ("zh_CN", "en"), or None if there is none."""
        ...

    def render(self, text: str, lang: str, wpm: int, out_path: str) -> tuple[WordTiming, ...]:
        """Write ``text`` (a sentence in ``lang``) spoken at ``wpm`` to ``out_path``.

        The engine decides how the text is sent (runs per voice, pinyin syllables) and
        raises on failure. Returns word timings in characters of ``text`` when the
        engine gives them cheaply, else ``()``.
        """
        ...


def speakable(text: str) -> str:
    """``text`` with bullets and image placeholders made spaces: nobody should hear them.

    Same length as ``text``, so positions in it are positions on screen.
    """
    return text.translate(_SILENT)


def cache_key(text: str, voice: str, rate: str, engine: str) -> str:
    """A stable file name for one rendering: same inputs, same audio."""
    digest = hashlib.sha256("\x1f".join((engine, voice, rate, text)).encode("utf-8"))
    return digest.hexdigest()[:40]


def slower(rate: str) -> str:
    index = RATES.index(rate) if rate in RATES else 0
    return RATES[max(0, index - 1)]


def faster(rate: str) -> str:
    index = RATES.index(rate) if rate in RATES else 0
    return RATES[min(len(RATES) - 1, index + 1)]


@dataclass(frozen=True, slots=True)
class Clip:
    """Where a sentence's audio is: a whole file (``end_ms`` None) or a stretch of one."""

    sentence: int
    path: str
    start_ms: int = 0
    end_ms: int | None = None


def narration_clips(
    sentences: list[Sentence], wav: str, timings: tuple[tuple[int, int], ...]
) -> list[Clip]:
    """Clips of a pack's recorded narration: one per sentence when the timings fit,
    else the whole file as the first sentence (no per-sentence highlight)."""
    if timings and len(timings) == len(sentences):
        return [Clip(s.index, wav, a, b) for s, (a, b) in zip(sentences, timings, strict=True)]
    return [Clip(0, wav)] if sentences else []


def sentence_at_ms(clips: list[Clip], position_ms: int) -> int | None:
    """The sentence whose narration stretch contains ``position_ms`` (None: before the first)."""
    found: int | None = None
    for clip in clips:
        if position_ms >= clip.start_ms:
            found = clip.sentence
        else:
            break
    return found


def word_at_ms(words: tuple[WordTiming, ...], position_ms: int) -> int:
    """The index of the word heard at ``position_ms`` (-1: before the first)."""
    found = -1
    for number, word in enumerate(words):
        if word.ms > position_ms:
            break
        found = number
    return found
