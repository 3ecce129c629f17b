"""Fault-injecting speech engines, passed in through constructors (never patched).

They run inside the synthesis worker process, so they are plain picklable classes.
"""

from __future__ import annotations

import errno
import math
import os
import re
import time
import wave
from array import array
from dataclasses import dataclass

from app.core.speech import WordTiming
from app.services.speech.espeak import EspeakEngine, TracedRun


@dataclass
class HangingEngine(EspeakEngine):
    """Real espeak-ng, except that any text containing ``marker`` hangs forever."""

    marker: str = "卡住"

    @property
    def name(self) -> str:
        return "hanging-espeak"

    def render(self, text: str, lang: str, wpm: int, out_path: str) -> tuple[WordTiming, ...]:
        if self.marker in text:
            time.sleep(3600)
        return super().render(text, lang, wpm, out_path)


@dataclass
class NoVoicesEngine(EspeakEngine):
    """An engine that is installed but has no voice for any language."""

    def voice_for(self, lang: str) -> str | None:
        return None


class OldChineseVoiceEngine(EspeakEngine):
    """The voice choice before the fix: Hanzi sent to ``cmn``, which reads Latin as English."""

    def trace(self, text: str, lang: str) -> list[TracedRun]:
        done = self._run(["-q", "-x", "-v", "cmn"], text)
        return [TracedRun("cmn", text, " ".join(done.stdout.decode().split()))]


_TOKEN = re.compile(r"[A-Za-z0-9'’\-]+|[\u3400-\u9fff]")
RATE = 16_000
_PERIOD = array("h", (int(6000 * math.sin(2 * math.pi * i / 40)) for i in range(40)))  # 400 Hz


@dataclass
class ToneEngine:
    """A pure-Python speech engine: a real 16-bit mono WAV with a tone per word.

    A Chinese character lasts half a beat and a Latin word a whole one (a beat is
    60000 / wpm ms), with a short silence after each and a longer one at punctuation,
    so a longer text is longer and "slow" is slower than "brisk", as with espeak-ng.
    Word timings come back in characters of the text, like libespeak-ng's. Picklable:
    it runs inside the synthesis worker process. ``delay_s`` stands for espeak-ng's
    rendering time; a text containing ``fail_marker`` fails to render, one containing
    ``hang_marker`` never finishes (the worker kills it), one containing ``crash_marker``
    ends the worker process as a crash in espeak-ng's C code would, and one containing
    ``full_marker`` meets a full disk (``ENOSPC``, as writing the WAV or the Ogg would).
    """

    delay_s: float = 0.0
    fail_marker: str = "坏"
    hang_marker: str = "卡住"
    crash_marker: str = "崩溃"
    full_marker: str = "满盘"
    languages: tuple[str, ...] = ("zh_CN", "en")

    @property
    def name(self) -> str:
        return "tone"

    def version(self) -> str:
        return "1"

    def voice_for(self, lang: str) -> str | None:
        return f"tone-{lang}" if lang in self.languages else None

    def render(self, text: str, lang: str, wpm: int, out_path: str) -> tuple[WordTiming, ...]:
        if self.delay_s:
            time.sleep(self.delay_s)
        if self.hang_marker and self.hang_marker in text:
            time.sleep(3600)
        if self.crash_marker and self.crash_marker in text:
            os._exit(70)
        if self.full_marker and self.full_marker in text:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), out_path)
        if self.fail_marker and self.fail_marker in text:
            raise RuntimeError(f"cannot say {self.fail_marker!r}")
        beat = 60_000 / max(1, wpm)
        samples = array("h")
        timings: list[WordTiming] = []

        def add(ms: float, sound: bool) -> None:
            count = int(RATE * ms / 1000)
            if sound:
                samples.extend((_PERIOD * (count // len(_PERIOD) + 1))[:count])
            else:
                samples.extend(array("h", bytes(2 * count)))

        add(60, False)
        at = 0
        for token in _TOKEN.finditer(text):
            if any(ch in "。！？.!?，,；;：:" for ch in text[at : token.start()]):
                add(150, False)
            timings.append(WordTiming(token.start(), token.end(), len(samples) * 1000 // RATE))
            add(beat / 2 if len(token.group()) == 1 and not token.group().isascii() else beat, True)
            add(40, False)
            at = token.end()
        add(120, False)
        with wave.open(out_path, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            wav.writeframes(samples.tobytes())
        return tuple(timings)
