"""Small checks on rendered WAV files (an engine can return before its file is whole)."""

from __future__ import annotations

import wave
from pathlib import Path


def wav_frames(path: str | Path) -> int:
    """Number of audio frames in ``path``; 0 if it is missing, empty or unreadable."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes()
    except (OSError, EOFError, wave.Error):
        return 0
