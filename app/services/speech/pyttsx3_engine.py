"""pyttsx3 as the engine facade on Windows (SAPI5) and macOS (NSSpeechSynthesizer).

Only ``save_to_file`` is used: ``runAndWait``/``stop`` are unusable for live speech
(docs/requirements.md#read-aloud). ``runAndWait`` may return before the file exists,
so we wait for this utterance's ``finished-utterance`` callback and then for a WAV with frames.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from app.core.speech import WordTiming
from app.services.speech.espeak import EngineError
from app.services.speech.normalise import spoken_text
from app.services.speech.wav import wav_frames

FILE_WAIT_S = 10.0
LANG_HINTS = {"zh_CN": ("zh", "cmn", "chinese", "mandarin"), "en": ("en", "english")}


@dataclass
class Pyttsx3Engine:
    """The engine on Windows and macOS without espeak-ng: pyttsx3 saves each sentence to a WAV."""

    driver: str | None = None
    _engine: Any = field(default=None, repr=False)
    _finished: set[str] = field(default_factory=set, repr=False)
    _count: int = field(default=0, repr=False)

    @property
    def name(self) -> str:
        return "pyttsx3"

    def _get(self) -> Any:
        if self._engine is None:
            import pyttsx3

            self._engine = pyttsx3.init(self.driver)
            self._engine.connect("finished-utterance", self._on_finished)
        return self._engine

    def _on_finished(self, name: str, completed: bool) -> None:
        self._finished.add(name)

    def version(self) -> str:
        from importlib.metadata import version

        return f"{version('pyttsx3')}:{self.driver or 'default'}"

    def voice_for(self, lang: str) -> str | None:
        hints = LANG_HINTS.get(lang, (lang,))
        for voice in self._get().getProperty("voices"):
            names = [str(voice.id).lower(), str(voice.name).lower()]
            names += [str(x).lower() for x in (getattr(voice, "languages", None) or [])]
            if any(h in n for h in hints for n in names):
                return str(voice.id)
        return None

    def render(self, text: str, lang: str, wpm: int, out_path: str) -> tuple[WordTiming, ...]:
        voice = self.voice_for(lang)
        if voice is None:
            raise EngineError(f"no voice for {lang}")
        text = spoken_text(text, lang)  # numbers and units as a person says them
        engine = self._get()
        self._count += 1
        name = f"utt{self._count}"
        engine.setProperty("voice", voice)
        engine.setProperty("rate", wpm)
        engine.save_to_file(text, out_path, name)
        engine.runAndWait()
        deadline = time.monotonic() + FILE_WAIT_S
        while time.monotonic() < deadline:
            if name in self._finished and wav_frames(out_path) > 0:
                return ()
            time.sleep(0.02)
        raise EngineError("pyttsx3 wrote no audio in time")
