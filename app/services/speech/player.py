"""Read a lesson aloud sentence by sentence: rendering ahead, playing, and telling where.

``ReadAloud`` asks the synthesis worker for the current sentence first, then the
next two, and plays each WAV with ``QMediaPlayer`` the moment the previous one
ends (the gap stays well under 100 ms: the next file is already on disk). A pack's
recorded narration is one file with per-sentence timings instead.

It knows nothing about widgets: it emits ``sentence_changed(index)`` and the page
highlights; it emits ``problem(text)`` and the page shows a banner.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal

from app.core.errors import ERROR_CONTEXT, SilverError, SpeechUnavailable
from app.core.sentences import Sentence, split_sentences
from app.core.speech import (
    DEFAULT_RATE,
    Clip,
    NoSpeakers,
    SynthesisFailed,
    WordTiming,
    faster,
    narration_clips,
    sentence_at_ms,
    slower,
)
from app.services.speech.cache import AudioCache
from app.services.speech.kit import SpeechKit
from app.services.speech.qt_media import QAudioOutput, QMediaDevices, QMediaPlayer
from app.services.speech.worker import Job

MAX_FAILURES = 3
PREFETCH = 2  # sentences rendered ahead of the one playing
POLL_MS = 10

STOPPED, LOADING, PLAYING, PAUSED = "stopped", "loading", "playing", "paused"


def message(error: SilverError) -> str:
    """The error's sentence in the app's language."""
    return error.render(QCoreApplication.translate(ERROR_CONTEXT, error.template))


def default_outputs() -> int:
    return len(QMediaDevices.audioOutputs())


@dataclass
class Timeline:
    """When each sentence's audio really started and ended (monotonic seconds).

    Measured from the player's positions, so it works without a sound card.
    """

    started: dict[int, float] = field(default_factory=dict)
    ended: dict[int, float] = field(default_factory=dict)
    first_ready: float | None = None  # Play → first audio handed to the player

    def gaps_ms(self) -> list[float]:
        return [
            (self.started[i + 1] - self.ended[i]) * 1000
            for i in sorted(self.ended)
            if i + 1 in self.started and self.started[i + 1] >= self.ended[i] - 0.05
        ]


class ReadAloud(QObject):
    sentence_changed = Signal(int)
    word_changed = Signal(int, int)  # display-text offsets of the word being spoken
    state_changed = Signal(str)
    problem = Signal(str)  # "" clears
    rate_changed = Signal(str)
    volume_changed = Signal(int)
    used = Signal()  # the first time this lesson is read aloud
    finished = Signal()

    def __init__(
        self,
        kit: SpeechKit | None,
        sentences: list[Sentence],
        lang: str,
        *,
        rate: str = DEFAULT_RATE,
        volume: int = 80,
        narration: list[Clip] | None = None,
        audio_outputs: Callable[[], int] = default_outputs,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kit = kit
        self._sentences = sentences
        self._lang = lang
        self._rate = rate
        self._narration = narration or []
        self._clock = clock
        self.index = 0
        self.state = STOPPED
        self.timeline = Timeline()
        self._waiting: Path | None = None  # the file Play is waiting for
        self._oneoff = False  # speaking a text that is not the lesson (resume offer, test)
        self.spoken_text = ""  # the last text said once with ``speak_text``
        self._used = False
        self._last_problem = ""
        self._play_pressed_at = 0.0
        self._failures = 0  # sentences failed in a row: a broken engine must not loop forever
        self._words: tuple[WordTiming, ...] = ()  # of the sentence playing, when known
        self._word = -1
        self._seek_floor = 0  # positions below a fresh seek are stale reports: ignore them

        self.output = QAudioOutput(self)
        self.output.setVolume(volume / 100)
        self.player = QMediaPlayer(self)
        self.player.setAudioOutput(self.output)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.positionChanged.connect(self._on_position)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)

        self.unavailable = self._why_not()
        self.no_speakers = audio_outputs() == 0
        if self.unavailable is None and kit is not None and not self._narration:
            kit.start()  # the worker process warms up while the learner reads the title
            if sentences:
                self._submit(self._job(0))  # so the first Play is instant

    # ------------------------------------------------------------ what can work
    def _why_not(self) -> SilverError | None:
        if self._narration:
            return None
        if self._kit is None:
            from app.core.speech import NoSpeechEngine

            return NoSpeechEngine()
        return self._kit.check(self._lang)

    @property
    def can_speak(self) -> bool:
        """Whether a text can be spoken (a test sentence, the resume offer)."""
        return self._kit is not None and self._kit.check(self._lang) is None

    @property
    def is_playing(self) -> bool:
        """Sound is coming (or about to): the lesson, or a text said once."""
        return self.state in (PLAYING, LOADING)

    @property
    def can_play(self) -> bool:
        return self.unavailable is None and bool(self._sentences)

    def status_message(self) -> str:
        """What the reader should say about sound right now ("" when all is well)."""
        if self.unavailable is not None:
            return message(self.unavailable)
        if self.no_speakers:
            return message(NoSpeakers())
        return ""

    @property
    def sentences(self) -> list[Sentence]:
        return self._sentences

    @property
    def rate(self) -> str:
        return self._rate

    @property
    def volume(self) -> int:
        return round(self.output.volume() * 100)

    # ------------------------------------------------------------ controls
    def toggle(self) -> None:
        """The one big button: play, or pause when playing (a text said once, such as the
        resume offer, gives way to the lesson)."""
        if self.state in (PLAYING, LOADING) and not self._oneoff:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if not self.can_play:
            return
        self._play_pressed_at = self._clock()
        if self.state == PAUSED and not self._oneoff:
            self.player.play()
            self._set_state(PLAYING)
            return
        self._begin(self.index)

    def pause(self) -> None:
        if self.state == PLAYING:
            self.player.pause()
            self._set_state(PAUSED)
        elif self.state == LOADING:
            self.stop()

    def stop(self) -> None:
        # At the end of a clip the player has stopped by itself; stopping it again there
        # can race the FFmpeg backend's own shutdown of the clip.
        if self.player.mediaStatus() != QMediaPlayer.MediaStatus.EndOfMedia:
            self.player.stop()
        self._waiting = None
        self._oneoff = False
        if self._kit is not None and self._kit.worker is not None:
            self._kit.worker.clear()
        self._set_state(STOPPED)

    def next(self) -> None:
        self._move(min(len(self._sentences) - 1, self.index + 1))

    def previous(self) -> None:
        self._move(max(0, self.index - 1))

    def repeat(self) -> None:
        if self.can_play:
            self._begin(self.index)

    def start_at(self, index: int) -> None:
        """Put the reading position at sentence ``index`` (resume); does not start playing."""
        if self._sentences:
            index = max(0, min(len(self._sentences) - 1, index))
            if self.can_play and not self._narration:
                self._submit(self._job(index))
            self._move(index)

    def resume_from(self, index: int) -> None:
        """Start the next Play at sentence ``index`` without highlighting it yet."""
        if self._sentences and self.state == STOPPED:
            self.index = max(0, min(len(self._sentences) - 1, index))
            if self.can_play and not self._narration:
                self._submit(self._job(self.index))

    def slower(self) -> None:
        self.set_rate(slower(self._rate))

    def faster(self) -> None:
        self.set_rate(faster(self._rate))

    def set_rate(self, rate: str) -> None:
        if rate == self._rate:
            return
        self._rate = rate
        self.rate_changed.emit(rate)
        if self.state in (PLAYING, LOADING) and not self._narration and not self._oneoff:
            self._begin(self.index)  # the rest of the lesson at the new speed, from here

    def set_volume(self, percent: int) -> None:
        percent = max(0, min(100, percent))
        self.output.setVolume(percent / 100)
        self.volume_changed.emit(percent)

    def speak_text(self, text: str, *, personal: bool = False) -> None:
        """Say ``text`` once (the resume offer, a test sentence); the lesson position stays.

        ``personal`` text (notes, reminders) is cached in the profile's folder.
        """
        if self._kit is None or not self.can_speak or not text.strip():
            return
        self.stop()
        self._oneoff = True
        self.spoken_text = text
        job = self._kit.job(text, self._lang, self._rate, personal=personal)
        self._play_job(job)

    def close(self) -> None:
        """Stop everything this reader started (the shared worker keeps running)."""
        self._timer.stop()
        self.player.stop()
        self.player.setSource(QUrl())
        self._waiting = None

    # ------------------------------------------------------------ internals
    def _move(self, index: int) -> None:
        if not self._sentences:
            return
        if self.state in (PLAYING, LOADING) and not self._oneoff:
            self._begin(index)
            return
        if self.state == PAUSED:
            self.player.stop()
            self._set_state(STOPPED)
        self.index = index
        self.sentence_changed.emit(index)

    def _begin(self, index: int) -> None:
        """Play sentence ``index`` as soon as its audio is on disk."""
        self._oneoff = False
        self.index = index
        self.sentence_changed.emit(index)
        if not self._used:
            self._used = True
            self.used.emit()
        if self._narration:
            self._play_narration(index)
            return
        assert self._kit is not None
        if self._kit.worker is not None:
            self._kit.worker.clear()  # sentences queued for an old position are not urgent now
        self._play_job(self._job(index))
        for ahead in range(index + 1, min(len(self._sentences), index + 1 + PREFETCH)):
            self._submit(self._job(ahead))

    def _job(self, index: int) -> Job:
        assert self._kit is not None
        return self._kit.job(self._sentences[index].text, self._lang, self._rate)

    def _submit(self, job: Job, *, urgent: bool = False) -> None:
        assert self._kit is not None and self._kit.worker is not None
        if not AudioCache.ready(Path(job.out_path)):
            self._kit.worker.submit(job, urgent=urgent)
            self._timer.start()

    def _play_job(self, job: Job) -> None:
        path = Path(job.out_path)
        self.player.stop()
        if AudioCache.ready(path):
            self._start_file(path)
            return
        self._waiting = path
        self._set_state(LOADING)
        self._submit(job, urgent=True)

    def _start_file(self, path: Path, position_ms: int = 0) -> None:
        self._waiting = None
        self._failures = 0
        self._words, self._word = (), -1
        if not self._oneoff and not self._narration and self._sentences:
            self._words = AudioCache.timings(path)  # in characters of the sentence shown
        if self.timeline.first_ready is None and self._play_pressed_at:
            self.timeline.first_ready = self._clock() - self._play_pressed_at
        url = QUrl.fromLocalFile(str(path))
        if self.player.source() != url:
            self.player.setSource(url)
        self.player.setPosition(position_ms)
        self.player.play()
        self._set_state(PLAYING)

    def _play_narration(self, index: int) -> None:
        clip = next((c for c in self._narration if c.sentence == index), self._narration[0])
        self._seek_floor = clip.start_ms
        self._start_file(Path(clip.path), clip.start_ms)

    def _tick(self) -> None:
        kit = self._kit
        if kit is None or kit.worker is None:
            self._timer.stop()
            return
        for result in kit.worker.poll():
            if result.ok or self._waiting is None or Path(result.job.out_path) != self._waiting:
                continue
            self._waiting = None
            self._failures += 1
            if self._oneoff or self._failures >= MAX_FAILURES:
                self.stop()
                problem = SpeechUnavailable() if self._failures > 1 else SynthesisFailed()
                self._report(message(problem))
            else:
                self._report(message(SynthesisFailed()))
                self._after(self.index)
        if self._waiting is not None and AudioCache.ready(self._waiting):
            self._start_file(self._waiting)
        if self._waiting is None and not kit.worker.busy:
            self._timer.stop()

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status != QMediaPlayer.MediaStatus.EndOfMedia or self.state != PLAYING:
            return
        self.timeline.ended[self.index] = self._clock()
        if self._oneoff:
            self._oneoff = False
            self._set_state(STOPPED)
            self.sentence_changed.emit(self.index)
            return
        if self._narration:
            self._finish()
            return
        self._after(self.index)

    def _after(self, index: int) -> None:
        if index + 1 < len(self._sentences):
            self._begin(index + 1)
        else:
            self._finish()

    def _finish(self) -> None:
        self.player.stop()
        self._set_state(STOPPED)
        self.finished.emit()

    def _on_position(self, position: int) -> None:
        if self.state != PLAYING or self._oneoff:
            return
        if self._narration:
            if position < self._seek_floor:
                return
            self._seek_floor = 0
            found = sentence_at_ms(self._narration, position)
            if found is not None and found != self.index:
                self.timeline.started[found] = self._clock()
                self.index = found
                self.sentence_changed.emit(found)
            return
        if position > 0 and self.index not in self.timeline.started:
            self.timeline.started[self.index] = self._clock() - position / 1000
        if self._words:
            self._show_word(position)

    def _show_word(self, position_ms: int) -> None:
        current = -1
        for number, word in enumerate(self._words):
            if word.ms > position_ms:
                break
            current = number
        if current != self._word and current >= 0:
            self._word = current
            base = self._sentences[self.index].start
            word = self._words[current]
            self.word_changed.emit(base + word.start, base + word.end)

    def _report(self, text: str) -> None:
        self._last_problem = text
        self.problem.emit(text)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)


def build_read_aloud(
    kit: SpeechKit | None,
    text: str,
    lang: str,
    *,
    rate: str = DEFAULT_RATE,
    volume: int = 80,
    narration: str = "",
    narration_timings: tuple[tuple[int, int], ...] = (),
    audio_outputs: Callable[[], int] = default_outputs,
) -> ReadAloud:
    """A reader for one lesson's display text; a pack's narration WAV wins over synthesis."""
    sentences = split_sentences(text)
    clips = (
        narration_clips(sentences, narration, narration_timings)
        if narration and Path(narration).is_file()
        else None
    )
    return ReadAloud(
        kit,
        sentences,
        lang,
        rate=rate,
        volume=volume,
        narration=clips,
        audio_outputs=audio_outputs,
    )
