"""Find the speech engine for this machine, or say plainly what to install."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable

from app.core.speech import NoSpeechEngine, SpeechEngine
from app.services.speech.espeak import EspeakEngine
from app.services.speech.libespeak import LibEspeakEngine, library_path
from app.services.speech.pyttsx3_engine import Pyttsx3Engine


def find_engine(
    platform: str = sys.platform,
    which: Callable[[str], str | None] = shutil.which,
    find_library: Callable[[], str | None] = library_path,
) -> SpeechEngine:
    """espeak-ng on Linux (and anywhere it is installed), pyttsx3 on Windows and macOS.

    The library (libespeak-ng) is preferred: same voices, plus word timings.
    Raises ``NoSpeechEngine`` naming the fix ("install espeak-ng").
    """
    library = find_library()
    if library and platform not in ("win32", "darwin"):
        return LibEspeakEngine(library)
    command = which("espeak-ng")
    if command:
        return EspeakEngine(command)
    if platform in ("win32", "darwin"):
        try:
            import pyttsx3  # noqa: F401
        except ImportError as exc:
            raise NoSpeechEngine() from exc
        return Pyttsx3Engine()
    raise NoSpeechEngine()
