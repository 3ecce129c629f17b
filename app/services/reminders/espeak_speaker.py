"""A small ``Speaker`` for reminders: espeak-ng renders a WAV, Qt plays it.

Stands in until the read-aloud service (issue 5) is wired; no engine → silent
(the banner and the notification still show the reminder).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

VOICES = {"zh_CN": "cmn", "en": "en"}


class EspeakSpeaker:
    def __init__(self, lang: str, play: object | None = None) -> None:
        self._voice = VOICES.get(lang, "cmn")
        self._exe = shutil.which("espeak-ng")
        self._folder = Path(tempfile.mkdtemp(prefix="silver-reminder-"))
        self._player: object | None = play
        self.last_wav: Path | None = None

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()  # type: ignore[attr-defined]

    def speak(self, text: str, lang: str | None = None) -> None:
        if lang:
            self._voice = VOICES.get(lang, self._voice)
        if not self._exe:
            return
        wav = self._folder / "reminder.wav"
        try:
            subprocess.run(
                [self._exe, "-v", self._voice, "-s", "130", "-w", str(wav), text],
                check=True,
                capture_output=True,
                timeout=10,
            )
        except (OSError, subprocess.SubprocessError):
            return
        self.last_wav = wav
        self._play(wav)

    def _play(self, wav: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        if self._player is None:
            player = QMediaPlayer()
            player.setAudioOutput(QAudioOutput(player))
            self._player = player
        assert isinstance(self._player, QMediaPlayer)
        self._player.stop()
        self._player.setSource(QUrl())
        self._player.setSource(QUrl.fromLocalFile(str(wav)))
        self._player.play()
