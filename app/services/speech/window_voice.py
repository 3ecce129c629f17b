"""The window's one voice: one synthesis worker, one media player, one poll timer.

Everything a window says goes through here: the lesson reader (a sentence cursor,
``ReadAloud``) and the short texts (help, samples, reminders, the resume offer, the
idle warning, through ``VoiceSpeaker``). Each of them is a ``VoiceListener`` and
passes itself with every request.

Why one object: the worker's results and the player's events used to be read by
whichever reader polled first, and one reader's "stop" emptied the other's queue.
Here only this object polls the worker; each finished job goes to whoever holds its
ticket, and ``clear(who)`` drops only that requester's queued jobs. Whoever plays
takes the player from whoever had it, who is told (``on_interrupted``) and pauses.

The engine search and the worker process start at the first use (a lesson opened,
a text spoken), not when the window is built.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal

from app.core.errors import ERROR_CONTEXT, SilverError, SpeechUnavailable
from app.core.speech import NoSpeechEngine, SpeechEngine
from app.services.speech.audio_cache import AudioCache
from app.services.speech.cache_budget import CacheBudget

if TYPE_CHECKING:  # QtMultimedia, the engines and the worker load at the first use,
    # not before the first paint (issue 17)
    from app.services.speech.qt_media import QAudioOutput, QMediaPlayer
    from app.services.speech.speech_kit import SpeechKit
    from app.services.speech.worker import Job

POLL_MS = 10


def message(error: SilverError) -> str:
    """The error's sentence in the app's language."""
    return error.render(QCoreApplication.translate(ERROR_CONTEXT, error.template))


def default_outputs() -> int:
    """How many sound outputs this machine has (0: say "plug in speakers")."""
    from app.services.speech.qt_media import QMediaDevices

    return len(QMediaDevices.audioOutputs())


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
    disk_full: bool = False

    @property
    def path(self) -> Path:
        return Path(self.job.out_path)


class VoiceListener(Protocol):
    """A requester (the lesson reader, the short-text speaker). It is told only about
    its own tickets, and about the player only while it holds it."""

    def on_rendered(self, done: Rendered) -> None:
        """A rendering it asked for is on disk (``ok``) or failed."""
        ...

    def on_position(self, ms: int) -> None:
        """Where the audio it plays has got to."""
        ...

    def on_ended(self) -> None:
        """The file it played reached its end (the player is free again)."""
        ...

    def on_interrupted(self) -> None:
        """Someone else took the player; its audio was stopped."""
        ...


def _no_engine_after_close() -> SpeechEngine:
    raise NoSpeechEngine()


class WindowVoice(QObject):
    """``state_changed(VoiceState)``: what the player is doing, whoever holds it."""

    state_changed = Signal(object)

    def __init__(
        self,
        lesson_audio: Path,
        personal_audio: Path,
        engine: SpeechEngine | None = None,
        *,
        find: Callable[[], SpeechEngine] | None = None,
        hang_timeout_s: float | None = None,
        hang_clock: Callable[[], float] = time.monotonic,
        cache_limit_mb: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``engine``: the synthesizer to use (tests pass a fake); None: ``find`` one
        (default: ``discovery.find_engine``). ``hang_clock`` times a sentence against
        ``hang_timeout_s`` (tests move their own)."""
        super().__init__(parent)
        self._folders = (lesson_audio, personal_audio)
        self._engine = engine
        self._find = find
        self._hang_timeout_s = hang_timeout_s
        self._hang_clock = hang_clock
        self._cache_limit_mb = cache_limit_mb
        self._kit: SpeechKit | None = None
        self._tickets: dict[int, tuple[VoiceListener, Job]] = {}
        self._answer_now: list[int] = []  # tickets whose file was on disk already
        self._numbers = itertools.count(1)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        self.holder: VoiceListener | None = None  # whose audio the player has
        self._loading = False
        self._paused = False
        self.state = VoiceState.STOPPED
        self._closed = False

    # ------------------------------------------------------------ synthesis
    @property
    def kit(self) -> SpeechKit:
        """The engine, caches and worker process, made at the first use."""
        if self._kit is None:
            if self._closed:  # made after the window closed: no engine search, no worker
                from app.services.speech.speech_kit import SpeechKit

                self._kit = SpeechKit(*self._folders, None, find=_no_engine_after_close)
                return self._kit
            from app.services.speech.discovery import find_engine
            from app.services.speech.speech_kit import SpeechKit
            from app.services.speech.worker import HANG_TIMEOUT_S

            self._kit = SpeechKit(
                *self._folders,
                self._engine,
                find=self._find or find_engine,
                hang_timeout_s=self._hang_timeout_s or HANG_TIMEOUT_S,
                hang_clock=self._hang_clock,
                cache_limit_mb=self._cache_limit_mb,
            )
        return self._kit

    def check(self, lang: str) -> SpeechUnavailable | None:
        """Why ``lang`` cannot be read aloud here, or None if it can."""
        return self.kit.check(lang)

    def job(self, text: str, lang: str, rate: str, *, personal: bool = False) -> Job:
        """The rendering job for ``text`` (raises ``SpeechUnavailable`` if it cannot be)."""
        return self.kit.job(text, lang, rate, personal=personal)

    def start(self) -> None:
        """Start the worker process now, so the first sentence is quick."""
        self.kit.start()

    def prepare(self) -> None:
        """Find the engine, start the worker (it loads its dictionaries) and make the
        player, now: called a moment after the window's first paint, so Play pressed as a
        lesson opens waits for one sentence, not for a process start (issue 17 item 3)."""
        self.start()
        _ = self.player

    def render(self, who: VoiceListener, job: Job, *, urgent: bool = False) -> int:
        """Ask for ``job``; its ``Rendered`` goes to ``who.on_rendered`` only.

        Returns the ticket the answer will carry; a file already on disk is answered
        on the next tick. ``urgent`` puts the job first in the worker's queue.
        """
        ticket = next(self._numbers)
        self._tickets[ticket] = (who, job)
        worker = self.kit.worker
        if AudioCache.ready(Path(job.out_path)) or worker is None:
            self._answer_now.append(ticket)
        else:
            worker.submit(job, urgent=urgent)
        self._timer.start()
        return ticket

    def clear(self, who: VoiceListener) -> None:
        """Forget ``who``'s open requests; its queued jobs that nobody else wants are
        dropped (a job being rendered still finishes: its file is useful later)."""
        dropped = [job for owner, job in self._tickets.values() if owner is who]
        self._tickets = {t: (o, j) for t, (o, j) in self._tickets.items() if o is not who}
        wanted = {job for _, job in self._tickets.values()}
        if self._kit is not None and self._kit.worker is not None:
            self._kit.worker.discard(job for job in dropped if job not in wanted)

    def _tick(self) -> None:
        worker = self._kit.worker if self._kit is not None else None
        answers: list[Rendered] = []
        for result in worker.poll() if worker is not None else []:
            for ticket, (_, job) in list(self._tickets.items()):
                if job == result.job:
                    answers.append(Rendered(ticket, job, result.ok, result.error, result.disk_full))
        now, self._answer_now = self._answer_now, []
        for ticket in now:
            if ticket in self._tickets:
                job = self._tickets[ticket][1]
                ok = AudioCache.ready(Path(job.out_path))
                answers.append(Rendered(ticket, job, ok, "" if ok else "no speech engine"))
        for answer in answers:
            owner = self._tickets.pop(answer.ticket, (None, None))[0]
            if owner is not None:
                owner.on_rendered(answer)
        if not self._tickets and not self._answer_now:
            self._timer.stop()

    # ------------------------------------------------------------ the player
    @property
    def player(self) -> QMediaPlayer:
        """The one media player of the window (made at the first use)."""
        if self._player is None:
            from app.services.speech.qt_media import QAudioOutput, QMediaPlayer, for_media_threads

            self._output = for_media_threads(QAudioOutput(self))
            self._player = for_media_threads(QMediaPlayer(self))
            self._player.setAudioOutput(self._output)
            self._player.mediaStatusChanged.connect(self._on_status)
            self._player.positionChanged.connect(self._on_position)
        return self._player

    def claim(self, who: VoiceListener) -> None:
        """Take the player while waiting for audio: silence, and whoever had it is told."""
        self._take(who)
        self._halt()
        self._loading = True
        self._show_state()

    def play(self, who: VoiceListener, path: Path, position_ms: int = 0, *, volume: int) -> None:
        """Play ``path`` from ``position_ms`` at ``volume`` percent for ``who``."""
        self._take(who)
        player = self.player
        assert self._output is not None
        self._output.setVolume(max(0, min(100, volume)) / 100)
        if path.is_relative_to(self._folders[0]):
            CacheBudget.touch(path)  # played now: the last to be evicted from the cache
        url = QUrl.fromLocalFile(str(path))
        if player.source() != url:
            player.setSource(url)
        player.setPosition(position_ms)
        player.play()
        self._loading = self._paused = False
        self._show_state()

    def pause(self, who: VoiceListener) -> None:
        if self.holder is who and self._player is not None and not self._loading:
            self._player.pause()
            self._paused = True
            self._show_state()

    def resume(self, who: VoiceListener) -> None:
        if self.holder is who and self._player is not None and self._paused:
            self._player.play()
            self._paused = False
            self._show_state()

    def stop(self, who: VoiceListener) -> None:
        """Stop ``who``'s audio and free the player (someone else's audio is untouched)."""
        if self.holder is who:
            self._halt()
            self.holder = None
            self._loading = self._paused = False
            self._show_state()

    def set_volume(self, who: VoiceListener, percent: int) -> None:
        """Change the volume of ``who``'s audio, if it is playing."""
        if self.holder is who and self._output is not None:
            self._output.setVolume(max(0, min(100, percent)) / 100)

    def leave(self, who: VoiceListener) -> None:
        """``who`` is going away: stop its audio and forget its requests."""
        self.stop(who)
        self.clear(who)

    def _take(self, who: VoiceListener) -> None:
        """Make ``who`` the holder; the one it replaces is stopped and told."""
        before = self.holder
        self.holder = who
        if before is not None and before is not who:
            self._halt()
            self._loading = self._paused = False
            before.on_interrupted()

    def _halt(self) -> None:
        # At the end of a clip the player has stopped by itself; stopping it again there
        # can race the FFmpeg backend's own shutdown of the clip.
        player = self._player
        if player is not None and player.mediaStatus() != player.MediaStatus.EndOfMedia:
            player.stop()

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        holder = self.holder
        if status != status.EndOfMedia or holder is None or self._loading:
            return
        self.holder = None  # free: the holder plays its next file, or someone else may
        self._paused = False
        holder.on_ended()
        self._show_state()

    def _on_position(self, position: int) -> None:
        if self.holder is not None and not self._loading:
            self.holder.on_position(position)

    def _show_state(self) -> None:
        if self.holder is None:
            state = VoiceState.STOPPED
        elif self._loading:
            state = VoiceState.LOADING
        elif self._paused:
            state = VoiceState.PAUSED
        else:
            state = VoiceState.PLAYING
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    # ------------------------------------------------------------ lifetime
    def close(self) -> None:
        """Stop the player and the worker process (closed with the window)."""
        self._timer.stop()
        self._tickets.clear()
        self._answer_now.clear()
        if self._player is not None:
            self._halt()
            self._player.setSource(QUrl())
        self.holder = None
        self._loading = self._paused = False
        self._show_state()
        self._closed = True
        if self._kit is not None:
            self._kit.close()  # kept, closed: a late request (a page closing after the
            # window) finds a worker that takes no work, instead of starting a new one
