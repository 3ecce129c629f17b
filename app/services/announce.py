"""Say a short notice aloud without waiting (the idle warning), with espeak-ng if present.

The read-aloud service (issue 5) is the proper voice of the app; this is the small
fallback the session controller uses so the warning is heard even without it.
"""

from __future__ import annotations

import shutil
import subprocess

VOICES = {"zh_CN": "cmn", "en": "en"}


def speak_notice(text: str, language: str) -> None:
    """Start speaking ``text``; do nothing when no speech engine is installed."""
    engine = shutil.which("espeak-ng")
    if engine is None:
        return
    try:
        subprocess.Popen(
            [engine, "-v", VOICES.get(language, "en"), "-s", "140", text],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return
