"""The ``Speaker`` port on the window's voice: screen help, setting samples, the sound
test, class reminders and the classroom's "Are you still there?".

A short text goes through the same ``WindowVoice`` as the lesson (one engine, one
worker process, one player), on its own channel. What a senior expects: no two
voices at once and no lesson lost. So a short text pauses a lesson being read (the
lesson keeps its sentence; Play goes on from there), is said, and the voice falls
silent; a new short text replaces the one being said. Public text (help, samples)
goes to the shared audio cache; personal text (reminders, via ``personal``) to the
profile's own audio folder. ``speech_rate`` and ``volume`` are read at every ``speak``.

No engine, no voice or a failed rendering → silence, ``problem`` holds the plain
sentence and ``failed(text)`` says it; nothing is ever raised to the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.errors import SilverError
from app.core.speech import DEFAULT_RATE, SpeechDiskFull, SynthesisFailed
from app.services.speech.audio_cache import AudioCache
from app.services.speech.window_voice import Rendered, VoiceState, WindowVoice, message


class VoiceSpeaker(QObject):
    """``ready(path)``: the WAV is rendered and playing; ``failed(text)``: nothing will be
    said, ``text`` is the plain reason; ``state_changed(state)``: a ``VoiceState``."""

    ready = Signal(str)
    failed = Signal(str)
    state_changed = Signal(str)

    def __init__(
        self,
        voice: WindowVoice,
        settings: Callable[[], Mapping[str, Any]],
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._voice = voice
        self._settings = settings
        self._waiting: int | None = None  # the ticket of the text being rendered
        self._volume: int | None = None  # of the last text played
        self._next_volume = 80
        self.state: str = VoiceState.STOPPED
        self.problem = ""  # the last plain reason for silence ("" when all went well)
        self.last: tuple[str, str] = ("", "")  # what was last asked for, in which language
        self.personal = PersonalVoice(self)

    # ------------------------------------------------------------ the port
    def speak(self, text: str, lang: str, *, personal: bool = False) -> None:
        """Say ``text`` now, replacing the short text being said (a lesson pauses)."""
        self.stop()
        self.last = (text, lang)
        if not text.strip():
            return
        try:
            values = self._settings()
            rate = str(values.get("speech_rate", DEFAULT_RATE))
            job = self._voice.job(text, lang, rate, personal=personal)
        except SilverError as exc:
            self._fail(exc)
            return
        self._next_volume = max(0, min(100, int(values.get("volume", 80))))
        self._voice.claim(self)  # the lesson pauses now, so nothing is said over the text
        self._waiting = self._voice.render(self, job, urgent=True)
        self._set_state(VoiceState.LOADING)

    def stop(self) -> None:
        """Stop the short text (a lesson on the same voice is not touched)."""
        self._waiting = None
        self._voice.leave(self)
        self._set_state(VoiceState.STOPPED)

    def close(self) -> None:
        self.stop()

    @property
    def volume(self) -> int | None:
        """The playing volume in percent (None before anything was played)."""
        return self._volume

    @property
    def is_speaking(self) -> bool:
        return self.state != VoiceState.STOPPED

    # ------------------------------------------------------------ the voice's calls
    def on_rendered(self, done: Rendered) -> None:
        if done.ticket != self._waiting:
            return
        self._waiting = None
        if not done.ok or not AudioCache.ready(done.path):
            self.stop()
            self._fail(SpeechDiskFull() if done.disk_full else SynthesisFailed())
            return
        self.problem = ""
        self._volume = self._next_volume
        self._voice.play(self, done.path, volume=self._volume)
        self._set_state(VoiceState.PLAYING)
        self.ready.emit(str(done.path))

    def on_position(self, ms: int) -> None:
        """Short texts have no highlight."""

    def on_ended(self) -> None:
        self._set_state(VoiceState.STOPPED)

    def on_interrupted(self) -> None:
        """The learner pressed Play on the lesson: it wins over the short text."""
        self._waiting = None
        self._voice.clear(self)
        self._set_state(VoiceState.STOPPED)

    # ------------------------------------------------------------ internals
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

    def __init__(self, speaker: VoiceSpeaker) -> None:
        self._speaker = speaker

    def speak(self, text: str, lang: str) -> None:
        self._speaker.speak(text, lang, personal=True)

    def stop(self) -> None:
        self._speaker.stop()
