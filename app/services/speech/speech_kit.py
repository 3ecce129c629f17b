"""What synthesis needs on one machine: the engine (or the reason there is none), the
two caches (shared lesson audio, the profile's personal audio) and the worker process.

The window's ``WindowVoice`` holds one (made at the first use); ``admin render-audio``
uses one directly, without Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from app.core.errors import SpeechUnavailable
from app.core.speech import RATE_WPM, SPEECH_SCRIPT, NoVoiceForLanguage, SpeechEngine
from app.services.speech.audio_cache import AudioCache
from app.services.speech.cache_budget import CacheBudget
from app.services.speech.discovery import find_engine
from app.services.speech.worker import HANG_TIMEOUT_S, Job, SynthesisWorker


class SpeechKit:
    def __init__(
        self,
        lesson_audio: Path,
        personal_audio: Path,
        engine: SpeechEngine | None = None,
        *,
        find: Callable[[], SpeechEngine] = find_engine,
        hang_timeout_s: float = HANG_TIMEOUT_S,
        hang_clock: Callable[[], float] = time.monotonic,
        cache_limit_mb: int | None = None,
    ) -> None:
        """``cache_limit_mb``: keep the shared lesson cache under it (None: no limit)."""
        self.lesson_cache = AudioCache(lesson_audio)
        self.personal_cache = AudioCache(personal_audio)
        self.problem: SpeechUnavailable | None = None
        self.engine: SpeechEngine | None = engine
        if engine is None:
            try:
                self.engine = find()
            except SpeechUnavailable as exc:
                self.problem = exc
        budget = None if cache_limit_mb is None else CacheBudget(lesson_audio, cache_limit_mb)
        self.worker = (
            SynthesisWorker(
                self.engine, hang_timeout_s=hang_timeout_s, clock=hang_clock, budget=budget
            )
            if self.engine
            else None
        )
        self._voices: dict[str, str | None] = {}
        self._engine_id = ""

    @property
    def engine_id(self) -> str:
        """Engine name and version: part of every cache key."""
        if not self._engine_id and self.engine is not None:
            try:
                self._engine_id = f"{self.engine.name}-{self.engine.version()}"
            except Exception:  # a broken engine still gets a stable id
                self._engine_id = self.engine.name
        return self._engine_id

    def voice_for(self, lang: str) -> str | None:
        if self.engine is None:
            return None
        if lang not in self._voices:
            try:
                self._voices[lang] = self.engine.voice_for(lang)
            except Exception:
                self._voices[lang] = None
        return self._voices[lang]

    def check(self, lang: str) -> SpeechUnavailable | None:
        """Why ``lang`` cannot be read aloud here, or None if it can."""
        if self.problem is not None:
            return self.problem
        if self.voice_for(lang) is None:
            return NoVoiceForLanguage()
        return None

    def job(self, text: str, lang: str, rate: str, *, personal: bool = False) -> Job:
        """The rendering job for ``text``; its ``out_path`` is the cache file."""
        voice = self.voice_for(lang)
        if voice is None:
            raise self.check(lang) or NoVoiceForLanguage()
        cache = self.personal_cache if personal else self.lesson_cache
        # The text goes as shown: the engine turns it into what is said, and word
        # timings come back in characters of what the learner sees.
        shown = text
        path = cache.path_for(shown, f"{voice}:{SPEECH_SCRIPT}", rate, self.engine_id)
        return Job(shown, lang, RATE_WPM.get(rate, RATE_WPM["slow"]), str(path))

    def start(self) -> None:
        if self.worker is not None:
            self.worker.start()

    def close(self) -> None:
        if self.worker is not None:
            self.worker.close()
