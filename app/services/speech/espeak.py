"""espeak-ng through its command line: reliable on Linux, Mandarin voice ``cmn``.

The command writes a 16-bit PCM mono WAV (22,050 Hz) with ``-w``; text goes in on
standard input so a sentence starting with "-" is never taken for an option.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field

from app.core.speech import WordTiming
from app.services.speech.wav import wav_frames

VOICES = {"zh_CN": "cmn", "en": "en"}
RENDER_TIMEOUT_S = 30


class EngineError(RuntimeError):
    """An engine failed on one text (the worker reports it; the player skips the sentence)."""


@dataclass
class EspeakEngine:
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
                    names.add(parts[1])  # language column: cmn, en, en-gb …
                    names.update(p.strip("()").split()[0] for p in parts[5:] if p.startswith("("))
            self._voices = frozenset(names)
        return self._voices

    def voice_for(self, lang: str) -> str | None:
        voice = VOICES.get(lang)
        return voice if voice and voice in self._installed_voices() else None

    def render(self, text: str, voice: str, wpm: int, out_path: str) -> tuple[WordTiming, ...]:
        try:
            done = subprocess.run(
                [self.command, "-b", "1", "-v", voice, "-s", str(wpm), "-w", out_path],
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=RENDER_TIMEOUT_S,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise EngineError(f"espeak-ng failed: {exc}") from exc
        if done.returncode != 0 or wav_frames(out_path) == 0:
            raise EngineError(f"espeak-ng gave no audio: {done.stderr.decode(errors='replace')}")
        return ()
