"""Fault-injecting speech engines, passed in through constructors (never patched).

They run inside the synthesis worker process, so they are plain picklable classes.
"""

from __future__ import annotations

import time
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
