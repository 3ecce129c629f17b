"""On-disk WAV cache keyed by (text, voice, rate, engine version).

Lesson audio is public content shared by every profile (``DataPaths.audio_cache``);
audio of personal text lives in the profile's own folder so it leaves with them.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.core.speech import WordTiming, cache_key
from app.services.speech.wav import wav_frames


class AudioCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, text: str, voice: str, rate: str, engine: str) -> Path:
        key = cache_key(text, voice, rate, engine)
        return self.folder / key[:2] / f"{key}.wav"

    @staticmethod
    def ready(path: Path) -> bool:
        """A complete rendering is there (written via temp file + rename by the worker)."""
        return path.is_file() and wav_frames(path) > 0

    @staticmethod
    def timings(path: Path) -> tuple[WordTiming, ...]:
        side = path.with_suffix(".json")
        try:
            return tuple(WordTiming(*t) for t in json.loads(side.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return ()
