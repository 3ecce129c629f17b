"""Read a lesson aloud sentence by sentence: a cursor over the sentences, on the window's voice.

``ReadAloud`` asks the window's voice (``WindowVoice``) for the current sentence
first, then the next two, and plays each file the moment the previous one ends (the
next file is already on disk). A pack's recorded narration is one file with
per-sentence timings instead. It knows nothing about widgets: it emits
``sentence_changed(index)`` and ``problem(text)``. When a short text takes the
voice, the reading pauses at its sentence; Play goes on from its start.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.errors import SilverError, SpeechUnavailable
from app.core.sentences import Sentence, split_sentences
from app.core.speech import (
    DEFAULT_RATE,
    NoSpeakers,
    SpeechDiskFull,
    SynthesisFailed,
    faster,
    slower,
)
from app.services.speech.audio_cache import AudioCache
from app.services.speech.narration import Narration
from app.services.speech.spoken_words import SpokenWords
from app.services.speech.timeline import Timeline
from app.services.speech.window_voice import (
    Rendered,
    VoiceState,
    WindowVoice,
    default_outputs,
    message,
)

if TYPE_CHECKING:  # QtMultimedia and the worker load with the first sound (issue 17)
    from app.services.speech.qt_media import QMediaPlayer
    from app.services.speech.worker import Job

MAX_FAILURES = 3
PREFETCH = 2  # sentences rendered ahead of the one playing

STOPPED, LOADING, PLAYING, PAUSED = VoiceState  # the states the bar shows


class ReadAloud(QObject):
    """The lesson's sentence cursor: Play, pause, repeat, previous/next, speed, volume."""

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
        voice: WindowVoice,
        sentences: list[Sentence],
        lang: str,
        *,
        rate: str = DEFAULT_RATE,
        volume: int = 80,
        narration: Narration | None = None,
        audio_outputs: Callable[[], int] = default_outputs,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._voice = voice
        self._volume = max(0, min(100, volume))
        self._sentences = sentences
        self._lang = lang
        self._rate = rate
        self._narration = narration or Narration([])
        self._clock = clock
        self.index = 0
        self.state: str = STOPPED
        self.timeline = Timeline()
        self._waiting: int | None = None  # the ticket Play is waiting for
        self._oneoff = False  # speaking a text that is not the lesson (resume offer, test)
        self._lost_place = False  # paused by another voice: the sentence starts again
        self.spoken_text = ""  # the last text said once with ``speak_text``
        self._used = False
        self._play_pressed_at = 0.0
        self._failures = 0  # sentences failed in a row: a broken engine must not loop forever
        self._words = SpokenWords()  # of the sentence playing, when the engine gives them

        self.unavailable: SilverError | None = (
            None if self._narration else voice.check(lang)  # a recording needs no engine
        )
        self.no_speakers = audio_outputs() == 0
        if self.unavailable is None and not self._narration:
            voice.start()  # the worker process warms up while the learner reads the title
            if sentences:
                self._submit(self._job(0))  # so the first Play is instant

    # ------------------------------------------------------------ what can work
    @property
    def can_speak(self) -> bool:
        """Whether a text can be spoken (a test sentence, the resume offer)."""
        return self._voice.check(self._lang) is None

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
        return self._volume

    @property
    def player(self) -> QMediaPlayer:
        """The window's media player, for measurements (position, source)."""
        return self._voice.player

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
        if self.state == PAUSED and not self._oneoff and not self._lost_place:
            self._voice.resume(self)
            self._set_state(PLAYING)
            return
        self._begin(self.index)

    def pause(self) -> None:
        if self.state == PLAYING:
            self._voice.pause(self)
            self._set_state(PAUSED)
        elif self.state == LOADING:
            self.stop()

    def stop(self) -> None:
        """Stop reading; only this reader's sentences rendered ahead are dropped."""
        self._voice.stop(self)
        self._voice.clear(self)
        self._waiting = None
        self._oneoff = False
        self._lost_place = False
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
        self._volume = percent
        self._voice.set_volume(self, percent)
        self.volume_changed.emit(percent)

    def speak_text(self, text: str, *, personal: bool = False) -> None:
        """Say ``text`` once (the resume offer, a test sentence); the lesson position stays.

        ``personal`` text (notes, reminders) is cached in the profile's folder.
        """
        if not self.can_speak or not text.strip():
            return
        self.stop()
        self._oneoff = True
        self.spoken_text = text
        self._play_job(self._voice.job(text, self._lang, self._rate, personal=personal))

    def close(self) -> None:
        """Stop and leave the window's voice (which keeps running for the next page); the
        page calls it when it closes, so the voice holds nothing of a reader gone."""
        self._waiting = None
        self._voice.leave(self)

    # ------------------------------------------------------------ the voice's calls
    def on_rendered(self, done: Rendered) -> None:
        """A sentence is on disk (or failed); only the one Play waits for matters here."""
        if done.ticket != self._waiting:
            return  # rendered ahead: the file is simply there when its turn comes
        self._waiting = None
        if done.ok:
            self._start_file(done.path)
            return
        self._failures += 1
        if done.disk_full:  # every next sentence would fail the same way: say why, once
            self.stop()
            self.problem.emit(message(SpeechDiskFull()))
        elif self._oneoff or self._failures >= MAX_FAILURES:
            self.stop()
            problem = SpeechUnavailable() if self._failures > 1 else SynthesisFailed()
            self.problem.emit(message(problem))
        else:
            self.problem.emit(message(SynthesisFailed()))
            self._after(self.index)

    def on_ended(self) -> None:
        if self.state != PLAYING:
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

    def on_interrupted(self) -> None:
        """A short text took the voice: the lesson pauses at its sentence, nothing is lost."""
        self._waiting = None
        if self._oneoff or self.state == STOPPED:
            self._oneoff = False
            self._set_state(STOPPED)
            return
        self._lost_place = True  # Play says this sentence again from its start
        self._set_state(PAUSED)

    def on_position(self, position: int) -> None:
        if self.state != PLAYING or self._oneoff:
            return
        if self._narration:
            found = self._narration.sentence_at(position)
            if found is not None and found != self.index:
                self.timeline.started[found] = self._clock()
                self.index = found
                self.sentence_changed.emit(found)
            return
        if position > 0 and self.index not in self.timeline.started:
            self.timeline.started[self.index] = self._clock() - position / 1000
        span = self._words.moved_to(position)
        if span is not None:
            self.word_changed.emit(*span)

    # ------------------------------------------------------------ internals
    def _move(self, index: int) -> None:
        if not self._sentences:
            return
        if self.state in (PLAYING, LOADING) and not self._oneoff:
            self._begin(index)
            return
        if self.state == PAUSED:
            self._voice.stop(self)
            self._lost_place = False
            self._set_state(STOPPED)
        self.index = index
        self.sentence_changed.emit(index)

    def _begin(self, index: int) -> None:
        """Play sentence ``index`` as soon as its audio is on disk."""
        self._oneoff = False
        self._lost_place = False
        self.index = index
        self.sentence_changed.emit(index)
        if not self._used:
            self._used = True
            self.used.emit()
        if self._narration:
            clip = self._narration.start(index)
            self._start_file(Path(clip.path), clip.start_ms)
            return
        self._voice.clear(self)  # sentences asked for an old position are not wanted now
        self._play_job(self._job(index))
        for ahead in range(index + 1, min(len(self._sentences), index + 1 + PREFETCH)):
            self._submit(self._job(ahead))

    def _job(self, index: int) -> Job:
        return self._voice.job(self._sentences[index].text, self._lang, self._rate)

    def _submit(self, job: Job) -> None:
        if not AudioCache.ready(Path(job.out_path)):
            self._voice.render(self, job)

    def _play_job(self, job: Job) -> None:
        path = Path(job.out_path)
        if AudioCache.ready(path):
            self._start_file(path)
            return
        self._voice.claim(self)  # silence (and nobody else) while the sentence is rendered
        self._waiting = self._voice.render(self, job, urgent=True)
        self._set_state(LOADING)

    def _start_file(self, path: Path, position_ms: int = 0) -> None:
        self._waiting = None
        self._failures = 0
        sentence = None if self._oneoff or self._narration else self._sentences[self.index]
        self._words.load(path, sentence)
        if self.timeline.first_ready is None and self._play_pressed_at:
            self.timeline.first_ready = self._clock() - self._play_pressed_at
        self._set_state(PLAYING)
        self._voice.play(self, path, position_ms, volume=self._volume)

    def _after(self, index: int) -> None:
        if index + 1 < len(self._sentences):
            self._begin(index + 1)
        else:
            self._finish()

    def _finish(self) -> None:
        self._voice.stop(self)
        self._set_state(STOPPED)
        self.finished.emit()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)


def build_read_aloud(
    voice: WindowVoice,
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
    recorded = Narration.recorded(sentences, narration, narration_timings)
    return ReadAloud(
        voice,
        sentences,
        lang,
        rate=rate,
        volume=volume,
        narration=recorded,
        audio_outputs=audio_outputs,
    )
