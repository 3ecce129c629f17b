"""A small speaker for short texts (screen help, setting samples, the sound test).

espeak-ng renders a WAV in a ``QProcess`` (never blocking the window), then
``QMediaPlayer`` plays it. Kept in its own module as the fallback behind the
``Speaker`` port; when the read-aloud service offers a speaker, the composition
root passes that one instead.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QUrl, Signal

ESPEAK_VOICES = {"zh_CN": "cmn", "en": "en-gb"}
WORDS_PER_MINUTE = {"slow": 130, "normal": 160, "brisk": 190}
VARIANTS = {"female": "+f3", "male": "+m3"}


def espeak_arguments(text: str, lang: str, settings: Mapping[str, Any], out: Path) -> list[str]:
    """espeak-ng's command line for ``text`` with the learner's speed, voice and volume."""
    voice = ESPEAK_VOICES.get(lang, "en-gb") + VARIANTS.get(str(settings.get("voice")), "")
    wpm = WORDS_PER_MINUTE.get(str(settings.get("speech_rate")), 130)
    return ["-v", voice, "-s", str(wpm), "-w", str(out), "--", text]


class EspeakSpeaker(QObject):
    """``ready(path)`` when a WAV has been rendered and playback started;
    ``failed()`` when there is no speech engine or it could not speak."""

    ready = Signal(str)
    failed = Signal()

    def __init__(
        self,
        settings: Callable[[], Mapping[str, Any]],
        folder: Path | None = None,
        *,
        play: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._tmp = None if folder else tempfile.TemporaryDirectory(prefix="silver-speak-")
        self._folder = folder or Path(self._tmp.name if self._tmp else ".")
        self._folder.mkdir(parents=True, exist_ok=True)
        self._play = play
        self._process: QProcess | None = None
        self._player: Any = None
        self._audio: Any = None
        self._count = 0
        self._out = self._folder / "speak.wav"
        self.last: tuple[str, str] = ("", "")  # what was last asked for, and in which language

    def speak(self, text: str, lang: str) -> None:
        self.stop()
        self.last = (text, lang)
        program = shutil.which("espeak-ng")
        if program is None or not text.strip():
            self.failed.emit()
            return
        self._count += 1
        self._out = self._folder / f"speak-{self._count}.wav"
        process = QProcess(self)
        # Bound methods (not lambdas): Qt drops the connection if this speaker is deleted
        # while espeak-ng still runs (e.g. when the app closes mid-sentence).
        process.finished.connect(self._rendered)
        process.errorOccurred.connect(self._gave_up)
        self._process = process
        process.start(program, espeak_arguments(text, lang, self._settings(), self._out))

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect()
            process.errorOccurred.disconnect()
            process.kill()
            process.waitForFinished(1000)
        if self._player is not None:
            self._player.stop()

    def _gave_up(self, _error: QProcess.ProcessError) -> None:
        if self.sender() is self._process:
            self._process = None
            self.failed.emit()

    def _rendered(self, code: int, _status: QProcess.ExitStatus) -> None:
        if self.sender() is not self._process:
            return  # replaced by a newer speak()
        self._process = None
        out = self._out
        if code != 0 or not out.is_file():
            self.failed.emit()
            return
        if self._play:
            self._start_playback(out)
        self.ready.emit(str(out))

    def _start_playback(self, wav: Path) -> None:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        if self._player is None:
            self._player = QMediaPlayer(self)
            self._audio = QAudioOutput(self)
            self._player.setAudioOutput(self._audio)
        self._audio.setVolume(int(self._settings().get("volume", 80)) / 100)
        self._player.setSource(QUrl.fromLocalFile(str(wav)))
        self._player.play()

    def close(self) -> None:
        self.stop()
        if self._tmp is not None:
            self._tmp.cleanup()
