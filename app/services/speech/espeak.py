"""espeak-ng through its command line, and what both espeak-ng engines share.

The voice choice lives here, with its reason (docs/speech.md tells the whole story):

- Chinese is sent as pinyin syllables with tone digits (``app.services.speech.mandarin``)
  to the voice ``cmn-latn-pinyin``, which reads Latin letters as pinyin. The voice
  ``cmn`` reads Latin as English: on espeak-ng 1.51 (Debian 12) it turns each Hanzi into
  pinyin with a tone digit itself and then speaks that pinyin with the English voice and
  the digit as an English number ("jin ONE tian ONE"). ``cmn-latn-pinyin`` exists since
  espeak-ng 1.50 and reads both pinyin and Hanzi in Mandarin, so it is right on 1.51 and
  on newer versions alike.
- Latin words inside Chinese and all of an English lesson go to ``en`` as whole runs.

The command writes a 16-bit PCM mono WAV (22,050 Hz) with ``-w``; text goes in on
standard input so a sentence starting with "-" is never taken for an option.
"""

from __future__ import annotations

import subprocess
import tempfile
import wave
from dataclasses import dataclass, field
from pathlib import Path

from app.core.speech import SpeechRun, WordTiming
from app.services.speech.mandarin import speech_runs
from app.services.speech.wav import wav_frames

VOICES = {"zh_CN": "cmn-latn-pinyin", "en": "en"}
RENDER_TIMEOUT_S = 30


class EngineError(RuntimeError):
    """An engine failed on one text (the worker reports it; the player skips the sentence)."""


@dataclass(frozen=True, slots=True)
class TracedRun:
    """One run as the engine got it: the voice, the text sent and espeak-ng's phonemes."""

    voice: str
    text: str
    phonemes: str


def voiced_runs(text: str, lang: str) -> list[tuple[str, SpeechRun]]:
    """The runs of ``text`` with the espeak-ng voice for each; raises if one is missing."""
    runs = speech_runs(text, lang)
    if not runs:
        raise EngineError("nothing to say")
    return [(VOICES[run.lang], run) for run in runs]


def warm_up_runs() -> None:
    """Load the pinyin and number dictionaries before the first sentence needs them."""
    voiced_runs("银行还钱，拨打110。", "zh_CN")


def join_wavs(parts: list[Path], out_path: str) -> None:
    """Write the parts one after another into ``out_path`` (same format, espeak-ng's)."""
    with wave.open(out_path, "wb") as out:
        for i, part in enumerate(parts):
            with wave.open(str(part), "rb") as wav:
                if i == 0:
                    out.setparams(wav.getparams())
                out.writeframes(wav.readframes(wav.getnframes()))


@dataclass
class EspeakEngine:
    """The espeak-ng command as speech engine, where the library is not used; no word timings."""

    command: str = "espeak-ng"
    _version: str = field(default="", repr=False)
    _voices: frozenset[str] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return "espeak-ng"

    def version(self) -> str:
        if not self._version:
            out = subprocess.run(
                [self.command, "--version"], capture_output=True, text=True, timeout=10
            ).stdout
            # "eSpeak NG text-to-speech: 1.51  Data at: …"
            self._version = out.split(":", 1)[-1].split("Data")[0].strip() or "unknown"
        return self._version

    def warm_up(self) -> None:
        warm_up_runs()

    def _installed_voices(self) -> frozenset[str]:
        if self._voices is None:
            try:
                out = subprocess.run(
                    [self.command, "--voices"], capture_output=True, text=True, timeout=10
                ).stdout
            except (OSError, subprocess.SubprocessError):
                out = ""
            names: set[str] = set()
            for line in out.splitlines()[1:]:
                parts = line.split()
                if len(parts) >= 2:
                    names.add(parts[1])  # language column: cmn-latn-pinyin, en-gb …
                    # other languages a voice answers to: "(en 2)"
                    names.update(p.strip("()").split()[0] for p in parts[5:] if p.startswith("("))
            self._voices = frozenset(names)
        return self._voices

    def voice_for(self, lang: str) -> str | None:
        voice = VOICES.get(lang)
        return voice if voice and voice in self._installed_voices() else None

    def _run(self, args: list[str], text: str) -> subprocess.CompletedProcess[bytes]:
        try:
            return subprocess.run(
                [self.command, "-b", "1", *args],
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=RENDER_TIMEOUT_S,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise EngineError(f"espeak-ng failed: {exc}") from exc

    def render(self, text: str, lang: str, wpm: int, out_path: str) -> tuple[WordTiming, ...]:
        with tempfile.TemporaryDirectory(prefix="silver-runs-") as folder:
            parts: list[Path] = []
            for i, (voice, run) in enumerate(voiced_runs(text, lang)):
                part = Path(folder) / f"{i}.wav"
                done = self._run(["-v", voice, "-s", str(wpm), "-w", str(part)], run.text)
                if done.returncode != 0 or wav_frames(str(part)) == 0:
                    reason = done.stderr.decode(errors="replace")
                    raise EngineError(f"espeak-ng gave no audio: {reason}")
                parts.append(part)
            join_wavs(parts, out_path)
        return ()

    def trace(self, text: str, lang: str) -> list[TracedRun]:
        """What each run sends and the phonemes espeak-ng makes of it (``-x``)."""
        traced: list[TracedRun] = []
        for voice, run in voiced_runs(text, lang):
            done = self._run(["-q", "-x", "-v", voice], run.text)
            phonemes = " ".join(done.stdout.decode(errors="replace").split())
            traced.append(TracedRun(voice, run.text, phonemes))
        return traced
