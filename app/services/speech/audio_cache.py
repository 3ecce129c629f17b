"""On-disk speech cache keyed by (text, voice, rate, engine version).

Lesson audio is public content shared by every profile (``DataPaths.audio_cache``);
audio of personal text lives in the profile's own folder so it leaves with them.

Renderings are kept as Ogg Vorbis, not the engine's WAV (issue 17 item 5): a sentence
takes about a ninth of the bytes, so a classroom PC reading courses at three speeds
does not fill its disk. The length in samples is kept exactly (Ogg's granule
positions), so word timings and the gap between sentences do not change.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.core.speech import WordTiming, cache_key

SUFFIX = ".ogg"
# libsndfile's Vorbis setting (0 best quality … 1 smallest): 0.9 is ~9× smaller than
# espeak-ng's 22 kHz 16-bit WAV and still clear speech.
COMPRESSION = 0.9


def warm_encoder() -> None:
    """Load libsndfile and its Vorbis encoder (the first encoding is slow) by encoding a
    moment of silence: the speech worker does it before its first sentence."""
    import tempfile
    import wave

    from app.services.speech.vorbis import encode

    with tempfile.TemporaryDirectory(prefix="silver-warm-") as tmp:
        silence = Path(tmp) / "silence.wav"
        with wave.open(str(silence), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(22050)
            out.writeframes(bytes(2 * 2205))
        encode(silence, Path(tmp) / "silence.ogg", COMPRESSION)


def compress(wav: Path, out: Path) -> None:
    """Write the WAV ``wav`` as Ogg Vorbis at ``out`` (same rate, same sample count)."""
    from app.services.speech.vorbis import encode  # in the speech worker only

    encode(wav, out, COMPRESSION)


class AudioCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, text: str, voice: str, rate: str, engine: str) -> Path:
        key = cache_key(text, voice, rate, engine)
        return self.folder / key[:2] / f"{key}{SUFFIX}"

    @staticmethod
    def ready(path: Path) -> bool:
        """A complete rendering is there (the worker writes a temporary file, then renames
        it: a file under the final name is whole)."""
        try:
            return path.stat().st_size > 0
        except OSError:
            return False

    @staticmethod
    def timings(path: Path) -> tuple[WordTiming, ...]:
        side = path.with_suffix(".json")
        try:
            return tuple(WordTiming(*t) for t in json.loads(side.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return ()
