"""The app's one voice for short texts: screen help, setting samples, the sound test,
class reminders and the classroom's "Are you still there?".

It implements the ``Speaker`` port on top of the window's ``SpeechKit`` (the same
engine, worker process and WAV caches the lesson reader uses) and plays with one
``QMediaPlayer``. Public text (help, samples) goes to the shared audio cache;
personal text (reminders, via ``personal``) to the profile's own audio folder.
The learner's ``speech_rate`` and ``volume`` are read at every ``speak``.

No engine, no voice or a failed rendering → silence, ``problem`` holds the kit's
plain sentence and ``failed(text)`` says it; nothing is ever raised to the caller.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from app.core.errors import SilverError
from app.core.speech import DEFAULT_RATE, SynthesisFailed
from app.services.speech.cache import AudioCache
from app.services.speech.kit import SpeechKit
from app.services.speech.player import message
from app.services.speech.qt_media import QAudioOutput, QMediaPlayer
from app.services.speech.worker import HANG_TIMEOUT_S

POLL_MS = 20
STOPPED, LOADING, PLAYING = "stopped", "loading", "playing"


class KitSpeaker(QObject):
    """``ready(path)``: the WAV is rendered and playing (or would play with ``play=False``);
    ``failed(text)``: nothing will be said, ``text`` is the plain reason;
    ``state_changed(state)``: ``stopped`` / ``loading`` / ``playing``."""

    ready = Signal(str)
    failed = Signal(str)
    state_changed = Signal(str)

    def __init__(
        self,
        kit: Callable[[], SpeechKit],
        settings: Callable[[], Mapping[str, Any]],
        *,
        play: bool = True,
        give_up_s: float = HANG_TIMEOUT_S + 5,
        parent: QObject | None = None,
    ) -> None:
        """``kit`` is called at the first ``speak`` (no engine search at start-up)."""
        super().__init__(parent)
        self._kit = kit
        self._settings = settings
        self._play = play
        self._give_up_s = give_up_s
        self._waiting: Path | None = None
        self._since = 0.0
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self.state = STOPPED
        self.problem = ""  # the last plain reason for silence ("" when all went well)
        self.last: tuple[str, str] = ("", "")  # what was last asked for, in which language
        self.personal = PersonalVoice(self)

    # ------------------------------------------------------------ the port
    def speak(self, text: str, lang: str, *, personal: bool = False) -> None:
        """Say ``text`` now, replacing whatever is being said."""
        self.stop()
        self.last = (text, lang)
        if not text.strip():
            return
        try:
            kit = self._kit()
            values = self._settings()
            rate = str(values.get("speech_rate", DEFAULT_RATE))
            job = kit.job(text, lang, rate, personal=personal)
        except SilverError as exc:
            self._fail(exc)
            return
        path = Path(job.out_path)
        if AudioCache.ready(path):
            self._start(path)
            return
        if kit.worker is None:  # cannot happen when job() succeeded; stay silent anyway
            self._fail(SynthesisFailed())
            return
        kit.start()
        self._waiting, self._since = path, time.monotonic()
        kit.worker.submit(job, urgent=True)
        self._set_state(LOADING)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._waiting = None
        if self._player is not None:
            self._player.stop()
        self._set_state(STOPPED)

    def close(self) -> None:
        self.stop()
        if self._player is not None:
            self._player.setSource(QUrl())

    @property
    def volume(self) -> int | None:
        """The playing volume in percent (None before anything was played)."""
        return None if self._output is None else round(self._output.volume() * 100)

    @property
    def is_speaking(self) -> bool:
        return self.state != STOPPED

    # ------------------------------------------------------------ internals
    def _tick(self) -> None:
        waiting = self._waiting
        if waiting is None:
            self._timer.stop()
            return
        kit = self._kit()
        failed = False
        if kit.worker is not None:
            # Results are shared with the lesson reader; only a failure of our file matters
            # (success is the file itself appearing).
            failed = any(not r.ok and Path(r.job.out_path) == waiting for r in kit.worker.poll())
        if AudioCache.ready(waiting):
            self._timer.stop()
            self._start(waiting)
        elif failed or time.monotonic() - self._since > self._give_up_s:
            self.stop()
            self._fail(SynthesisFailed())

    def _start(self, path: Path) -> None:
        self._waiting = None
        self.problem = ""
        if self._play:
            player = self._media()
            volume = self._settings().get("volume", 80)
            assert self._output is not None
            self._output.setVolume(max(0, min(100, int(volume))) / 100)
            player.setSource(QUrl())  # the same file again starts from the beginning
            player.setSource(QUrl.fromLocalFile(str(path)))
            player.play()
            self._set_state(PLAYING)
        else:
            self._set_state(STOPPED)
        self.ready.emit(str(path))

    def _media(self) -> QMediaPlayer:
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.mediaStatusChanged.connect(self._on_status)
        return self._player

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self._waiting is None:
            self._set_state(STOPPED)

    def _fail(self, error: SilverError) -> None:
        self.problem = message(error)
        self.failed.emit(self.problem)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)


class PersonalVoice:
    """The same speaker for personal text (reminders): cached in the profile's folder,
    so it leaves with the learner and is never shared."""

    def __init__(self, speaker: KitSpeaker) -> None:
        self._speaker = speaker

    def speak(self, text: str, lang: str) -> None:
        self._speaker.speak(text, lang, personal=True)

    def stop(self) -> None:
        self._speaker.stop()
