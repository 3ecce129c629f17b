"""libespeak-ng through ctypes: the same voices and runs as the command, plus word timings.

Synchronous mode hands us the samples and, with them, a WORD event per word (per
pinyin syllable in Chinese) with its position in the text sent and in the audio, so
the reader can underline the characters being spoken (docs/speech.md). Loaded lazily inside the
synthesis worker; the library handle is never pickled.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import wave
from typing import Any

from app.core.speech import WordTiming, timings_from_events
from app.services.speech.espeak import (
    VOICES,
    EngineError,
    TracedRun,
    voiced_runs,
    warm_up_runs,
)

_SYNCHRONOUS = 2  # AUDIO_OUTPUT_SYNCHRONOUS
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1
_RATE = 1  # espeakRATE


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


_Callback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)


def library_path() -> str | None:
    return ctypes.util.find_library("espeak-ng")


# libespeak-ng is one library per process, with one set of voices, one synthesis callback
# and one initialisation: every engine in a process shares what ``_load`` made (path →
# library, sample rate), and each sets its own callback before it synthesises, so a second
# engine (the computer check beside a window's) never takes another's audio and words.
_LOADED: dict[str, tuple[Any, int]] = {}


def _load(path: str) -> tuple[Any, int]:
    if path not in _LOADED:
        lib = ctypes.CDLL(path)
        rate = lib.espeak_Initialize(_SYNCHRONOUS, 0, None, 0)
        if rate <= 0:
            raise EngineError("libespeak-ng could not start")
        lib.espeak_Info.restype = ctypes.c_char_p
        _LOADED[path] = (lib, rate)
    return _LOADED[path]


class LibEspeakEngine:
    def __init__(self, path: str) -> None:
        self.path = path
        self._lib: Any = None
        self._rate = 22050
        self._samples = bytearray()
        self._words: list[tuple[int, int, int]] = []
        self._callback: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    @property
    def name(self) -> str:
        return "libespeak-ng"

    def _get(self) -> Any:
        if self._lib is None:
            self._lib, self._rate = _load(self.path)
            self._callback = _Callback(self._collect)
        return self._lib

    def _collect(self, wav: Any, count: int, events: Any) -> int:
        if wav and count > 0:
            self._samples.extend(ctypes.string_at(wav, count * 2))
        i = 0
        while events[i].type != _EVENT_LIST_TERMINATED:
            event = events[i]
            if event.type == _EVENT_WORD:
                self._words.append((event.text_position, event.length, event.audio_position))
            i += 1
        return 0

    def warm_up(self) -> None:
        self._get()
        warm_up_runs()

    def version(self) -> str:
        info = self._get().espeak_Info(None)
        return info.decode(errors="replace") if info else "unknown"

    def voice_for(self, lang: str) -> str | None:
        voice = VOICES.get(lang)
        if voice is None:
            return None
        return voice if self._get().espeak_SetVoiceByName(voice.encode()) == 0 else None

    def render(self, text: str, lang: str, wpm: int, out_path: str) -> tuple[WordTiming, ...]:
        lib = self._get()
        self._samples = bytearray()
        runs = voiced_runs(text, lang)
        events: list[tuple[int, int, int]] = []
        for index, (voice, run) in enumerate(runs):
            if lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise EngineError(f"no espeak-ng voice {voice}")
            lib.espeak_SetParameter(_RATE, wpm, 0)
            self._words = []
            offset_ms = len(self._samples) // 2 * 1000 // self._rate
            data = run.text.encode("utf-8")
            lib.espeak_SetSynthCallback(self._callback)  # this engine's, for this run
            if lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None):
                raise EngineError("libespeak-ng could not read this text")
            # text_position is 1-based, in characters of the run's text
            events += [(index, pos - 1, offset_ms + ms) for pos, _length, ms in self._words]
        if not self._samples:
            raise EngineError("libespeak-ng gave no audio")
        with wave.open(out_path, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(self._rate)
            wav.writeframes(bytes(self._samples))
        return timings_from_events(tuple(run for _voice, run in runs), events)

    def phonemes(self, voice: str, text: str) -> str:
        """espeak-ng's phoneme mnemonics for ``text`` (as ``espeak-ng -x``), clause by clause.

        A switch to another voice shows as "(en)" … "(cmn)", which is how tests and
        ``admin check`` hear that a Chinese word was not read in Mandarin.
        """
        lib = self._get()
        lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        lib.espeak_TextToPhonemes.argtypes = [
            ctypes.POINTER(ctypes.c_void_p),
            ctypes.c_int,
            ctypes.c_int,
        ]
        if lib.espeak_SetVoiceByName(voice.encode()) != 0:
            raise EngineError(f"no espeak-ng voice {voice}")
        buffer = ctypes.create_string_buffer(text.encode("utf-8"))
        pointer = ctypes.c_void_p(ctypes.addressof(buffer))
        clauses: list[str] = []
        try:
            while pointer.value:
                result = lib.espeak_TextToPhonemes(ctypes.byref(pointer), _CHARS_UTF8, 0)
                if result:
                    clauses.append(result.decode(errors="replace").strip())
        finally:
            self._settle(lib)
        return " ".join(c for c in clauses if c)

    def _settle(self, lib: Any) -> None:
        """Synthesise one space and drop it. ``espeak_TextToPhonemes`` (espeak-ng 1.51) leaves
        the synthesiser so that the next ``espeak_Synth`` reports no WORD event for its first
        word (measured: after 40 phoneme look-ups, a sentence's first word went unmarked and
        the reader's highlight skipped it); one throwaway synthesis puts it right."""
        lib.espeak_SetSynthCallback(self._callback)
        lib.espeak_Synth(b" ", 2, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        self._samples, self._words = bytearray(), []

    def trace(self, text: str, lang: str) -> list[TracedRun]:
        """What each run sends and the phonemes espeak-ng makes of it."""
        return [
            TracedRun(voice, run.text, self.phonemes(voice, run.text))
            for voice, run in voiced_runs(text, lang)
        ]
