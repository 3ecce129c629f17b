"""One requester's handle on the window's voice: its own renderings, its own turn to play.

The lesson reader and the short-text speaker each hold a ``VoiceChannel`` of the
window's ``WindowVoice``. A channel hears only about what it asked for: a rendering
comes back to the channel whose ticket it is, ``clear`` drops only that channel's
queued sentences, and player events reach only the channel that holds the player.
Whoever takes the player from another channel tells it with ``interrupted``, so the
lesson can pause politely while a reminder is said, and keep its place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app.services.speech.qt_media import QMediaPlayer
from app.services.speech.worker import Job

if TYPE_CHECKING:
    from app.services.speech.window_voice import WindowVoice


class VoiceState(StrEnum):
    """What the voice (or a reader on it) is doing; the values are what the bar shows by."""

    STOPPED = "stopped"
    LOADING = "loading"  # someone waits for audio to be rendered before it plays
    PLAYING = "playing"
    PAUSED = "paused"


@dataclass(frozen=True, slots=True)
class Rendered:
    """The answer to one ``render`` request: ``ticket`` is what ``render`` returned."""

    ticket: int
    job: Job
    ok: bool
    error: str = ""

    @property
    def path(self) -> Path:
        return Path(self.job.out_path)


class VoiceListener(Protocol):
    """What a channel's owner is told, only ever about its own tickets and its own turn."""

    def on_rendered(self, done: Rendered) -> None:
        """A rendering this channel asked for is on disk (``ok``) or failed."""
        ...

    def on_position(self, ms: int) -> None:
        """Where the audio this channel plays has got to."""
        ...

    def on_ended(self) -> None:
        """The file this channel played reached its end (the player is free again)."""
        ...

    def on_interrupted(self) -> None:
        """Another channel took the player; this one's audio was stopped."""
        ...


class VoiceChannel:
    """A requester's side of the window's voice; made by ``WindowVoice.channel``."""

    def __init__(self, voice: WindowVoice, listener: VoiceListener, volume: int) -> None:
        self._voice = voice
        self.listener = listener
        self._volume = max(0, min(100, volume))
        self.closed = False

    # ------------------------------------------------------------ renderings
    def render(self, job: Job, *, urgent: bool = False) -> int:
        """Ask for ``job``; its ``Rendered`` comes to this channel's listener only.

        Returns the ticket it will carry. Already on disk: answered on the next tick.
        """
        return self._voice.render_for(self, job, urgent=urgent)

    def clear(self) -> None:
        """Forget this channel's open requests (a sentence being rendered still finishes;
        another channel's requests are untouched)."""
        self._voice.clear_for(self)

    # ------------------------------------------------------------ the player
    def claim(self) -> None:
        """Take the player while waiting for audio: whoever had it is interrupted."""
        self._voice.claim_for(self)

    def play(self, path: Path, position_ms: int = 0) -> None:
        """Play ``path`` from ``position_ms`` at this channel's volume."""
        self._voice.play_for(self, path, position_ms)

    def pause(self) -> None:
        self._voice.pause_for(self)

    def resume(self) -> None:
        self._voice.resume_for(self)

    def stop(self) -> None:
        """Stop this channel's audio and give the player back (others' audio is untouched)."""
        self._voice.stop_for(self)

    @property
    def holds_player(self) -> bool:
        return self._voice.holder is self

    @property
    def player(self) -> QMediaPlayer:
        """The window's one media player, for measurements (position, source)."""
        return self._voice.player

    @property
    def volume(self) -> int:
        return self._volume

    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, percent))
        self._voice.volume_for(self)

    def close(self) -> None:
        """Stop, forget every request and leave the voice; the channel is unusable after."""
        if not self.closed:
            self.stop()
            self.clear()
            self.closed = True
