"""A calm video and audio player for older learners (issue 15, item 3).

Big labelled buttons instead of a thin scrubber: play/pause, back and forward 10 s
(← / →), slower (0.75×, pitch kept) or normal speed, quieter / louder, full screen (F;
Esc leaves). Subtitles are drawn under the picture at the learner's text size in white on
black (21:1), never burned into the picture. The player opens at the last position
(``MediaPlace``), never starts by itself, saves where the learner is when they pause or
leave and every few seconds while playing, and says "Watched" after 90 %. Problems are
one plain sentence in the page: no network, a damaged video, no loudspeaker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.subtitles import Cue, cue_at
from app.services.speech.qt_media import (
    QAudioOutput,
    QMediaDevices,
    QMediaPlayer,
    for_media_threads,
)
from app.ui.flow_layout import FlowLayout
from app.ui.side_column import SideColumn
from app.ui.style import Look
from app.ui.video_picture import VideoPicture, clock
from app.ui.widgets import Banner, BigButton

SKIP_MS = 10_000
GAP_MS = 2_500  # the picture stood still this long while the sound went on: a bad segment
SAVE_EVERY_MS = 5_000
SLOW_RATE = 0.75
VOLUME_STEP = 10


@dataclass(frozen=True, slots=True)
class MediaPlace:
    """Where to open (ms) and whether the learner already watched it."""

    position_ms: int = 0
    watched: bool = False


SavePlace = Callable[[int, int], bool]
"""``save(position_ms, duration_ms) -> watched``: keeps the place in the learner's progress."""


class MediaPlayerView(QWidget):
    """Plays one video or recording. ``full_screen_requested(bool)``: the holder makes
    room (hides the strip, the window goes full screen); ``transcript_requested()``: the
    learner pressed "Show as large text"; ``cue_changed(index)``: the subtitle being spoken
    (-1 between lines), for the transcript."""

    full_screen_requested = Signal(bool)
    transcript_requested = Signal()
    cue_changed = Signal(int)
    watched = Signal()

    def __init__(
        self,
        source: QUrl,
        look: Look,
        *,
        video: bool,
        place: MediaPlace = MediaPlace(),
        save_place: SavePlace | None = None,
        volume: int = 80,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MediaPlayer")
        self.is_video = video
        self._save = save_place
        self._start_ms = place.position_ms
        self._last_saved = place.position_ms
        self._is_watched = place.watched
        self._full = False
        self.cues: tuple[Cue, ...] = ()
        self._cue: int | None = None
        self._frames_at = (0, 0)  # (frames seen, position when that count last changed)
        self._gap_said = False

        self.player = for_media_threads(QMediaPlayer(self))
        self.audio = for_media_threads(QAudioOutput(self))
        self.audio.setVolume(max(0, min(100, volume)) / 100)
        self.player.setAudioOutput(self.audio)
        if self.player.pitchCompensationAvailability() != (
            QMediaPlayer.PitchCompensationAvailability.Unavailable
        ):
            self.player.setPitchCompensation(True)  # slower, not deeper
        self.picture = VideoPicture()
        self.picture.setVisible(video)
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.picture.setAccessibleName(self.tr("Video picture"))
        self.picture.setAccessibleDescription(
            self.tr("Press the Space key to play or pause, the arrow keys to go back or on")
        )
        if video:
            self.player.setVideoOutput(self.picture.sink)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(16)
        layout = QVBoxLayout()
        layout.setSpacing(8)
        layout.addWidget(self.picture, 1)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("Subtitles")
        self.subtitle.setWordWrap(True)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # White on black (21:1) in every theme, at the learner's reading size.
        self.subtitle.setStyleSheet(
            f"QLabel#Subtitles {{ color: #FFFFFF; background: #000000; padding: 8px;"
            f" font-size: {look.body_pt:.1f}pt; }}"
        )
        self.subtitle.setVisible(False)
        layout.addWidget(self.subtitle)
        if not video:
            layout.addStretch(1)
        outer.addLayout(layout, 1)
        self.side = SideColumn()
        self.banner = Banner()
        self.time_label = QLabel()
        self.time_label.setWordWrap(True)
        self.side.column.addWidget(self.time_label)
        self._build_buttons(self.side.column)
        self.side.column.addWidget(self.banner)
        self.side.column.addStretch(1)
        outer.addWidget(self.side)

        self.player.positionChanged.connect(self._moved)
        self.player.durationChanged.connect(lambda _d: self._show_time())
        self.player.playbackStateChanged.connect(self._state)
        self.player.mediaStatusChanged.connect(self._status)
        self.player.errorOccurred.connect(self._error)
        self.escape = QShortcut(QKeySequence("Esc"), self)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.setEnabled(False)
        self.escape.activated.connect(lambda: self.set_full_screen(False))
        self.picture.installEventFilter(self)
        if not QMediaDevices.audioOutputs():
            self.banner.show_message(
                self.tr(
                    "No loudspeaker was found, so there is no sound. Plug in headphones or a "
                    "loudspeaker; the picture and the subtitles still work."
                )
            )
        self._show_time()
        self.player.setSource(source)  # loads; never plays until the learner presses Play

    # ------------------------------------------------------------ building
    def _build_buttons(self, layout: QVBoxLayout) -> None:
        box = QWidget()
        row = FlowLayout(box)
        what = self.tr("the video") if self.is_video else self.tr("the recording")
        self.play_button = BigButton(
            self.tr("▶ Play"),
            main=True,
            description=self.tr("Play or pause {what} (Space key)").format(what=what),
        )
        self.back_button = BigButton(
            self.tr("◀ Back 10 s"),
            main=True,
            shortcut="Left",
            description=self.tr("Go back 10 seconds"),
        )
        self.forward_button = BigButton(
            self.tr("Forward 10 s ▶"),
            main=True,
            shortcut="Right",
            description=self.tr("Go forward 10 seconds"),
        )
        self.speed_button = BigButton(
            self.tr("Slower"), main=True, description=self.tr("Switch between slower and normal")
        )
        self.quieter_button = BigButton(
            self.tr("Quieter"), main=True, description=self.tr("Make the sound quieter")
        )
        self.louder_button = BigButton(
            self.tr("Louder"), main=True, description=self.tr("Make the sound louder")
        )
        self.volume_label = QLabel()
        self.full_button = BigButton(
            self.tr("Full screen"),
            main=True,
            shortcut="F",
            description=self.tr("Show the picture on the whole screen; Esc comes back"),
        )
        self.full_button.setVisible(self.is_video)
        self.transcript_button = BigButton(
            self.tr("Show as large text"),
            main=True,
            description=self.tr("Read what is said as large text; choose a line to go there"),
        )
        self.transcript_button.setVisible(False)
        self.watched_label = QLabel()
        self.watched_label.setVisible(self._is_watched)
        self.watched_label.setText(self.tr("✓ Watched"))
        self.play_button.activated.connect(self.toggle)
        self.back_button.activated.connect(lambda: self.skip(-SKIP_MS))
        self.forward_button.activated.connect(lambda: self.skip(SKIP_MS))
        self.speed_button.activated.connect(self.toggle_speed)
        self.quieter_button.activated.connect(lambda: self.step_volume(-VOLUME_STEP))
        self.louder_button.activated.connect(lambda: self.step_volume(VOLUME_STEP))
        self.full_button.activated.connect(lambda: self.set_full_screen(not self._full))
        self.transcript_button.activated.connect(self.transcript_requested)
        for widget in (
            self.play_button,
            self.back_button,
            self.forward_button,
            self.speed_button,
            self.quieter_button,
            self.volume_label,
            self.louder_button,
            self.full_button,
            self.transcript_button,
            self.watched_label,
        ):
            row.addWidget(widget)
        layout.addWidget(box)
        self._show_volume()

    # ------------------------------------------------------------ actions
    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            if self.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
                self.player.setPosition(0)
            self.player.play()

    def skip(self, delta_ms: int) -> None:
        duration = self.player.duration()
        target = max(0, self.player.position() + delta_ms)
        if duration > 0:
            target = min(target, max(0, duration - 500))
        self.seek(target)

    def seek(self, position_ms: int) -> None:
        self.player.setPosition(max(0, position_ms))
        self._moved(max(0, position_ms))

    def toggle_speed(self) -> None:
        slow = self.player.playbackRate() > SLOW_RATE
        self.player.setPlaybackRate(SLOW_RATE if slow else 1.0)
        self.speed_button.set_label(self.tr("Normal speed") if slow else self.tr("Slower"))

    def step_volume(self, delta: int) -> None:
        now = round(self.audio.volume() * 100)
        self.audio.setVolume(max(0, min(100, now + delta)) / 100)
        self._show_volume()

    def set_full_screen(self, full: bool) -> None:
        self._full = full
        self.escape.setEnabled(full)
        self.full_button.set_label(self.tr("Leave full screen") if full else self.tr("Full screen"))
        self.full_screen_requested.emit(full)

    def set_subtitles(self, cues: tuple[Cue, ...]) -> None:
        """Subtitles arrived (fetched in the background): show them and offer the transcript."""
        self.cues = cues
        self.subtitle.setVisible(bool(cues))
        self.transcript_button.setVisible(bool(cues))
        self._cue = None
        self._show_cue(self.player.position())

    def say(self, text: str) -> None:
        self.banner.show_message(text)

    def close_player(self) -> None:
        """Leaving the lesson: keep the place, stop, let go of the stream."""
        self.save_place()
        self.player.stop()
        self.player.setSource(QUrl())

    def save_place(self) -> None:
        position, duration = self.player.position(), self.player.duration()
        if self._save is None or duration <= 0:
            return
        self._last_saved = position
        if self._save(position, duration) and not self._is_watched:
            self._is_watched = True
            self.watched_label.setVisible(True)
            self.watched.emit()

    @property
    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    # ------------------------------------------------------------ events
    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.picture
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
        ):
            self.toggle()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _moved(self, position: int) -> None:
        self._show_time()
        self._show_cue(position)
        self._watch_picture(position)
        if abs(position - self._last_saved) >= SAVE_EVERY_MS and self.is_playing:
            self.save_place()

    def _watch_picture(self, position: int) -> None:
        """A damaged piece of a stream is skipped by the decoder without an error: the
        picture stands still while the time runs on. Say so once, in plain words."""
        frames, since = self._frames_at
        if self.picture.frames != frames or not self.is_playing or not self.is_video:
            self._frames_at = (self.picture.frames, position)
        elif position - since >= GAP_MS and self.picture.frames > 0 and not self._gap_said:
            self._gap_said = True
            self.say(
                self.tr("A part of this video is damaged, so the picture stops there for a moment.")
            )

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.set_label(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))
        if not playing:
            self.save_place()

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        statuses = QMediaPlayer.MediaStatus
        if status == statuses.LoadedMedia and self._start_ms > 0:
            start, self._start_ms = self._start_ms, 0
            duration = self.player.duration()
            if duration <= 0 or start < duration * 0.95:  # at the very end: from the start
                self.seek(start)
                self.say(self.tr("Continuing from {time}, where you stopped.").format(
                    time=clock(start)
                ))  # fmt: skip
        elif status == statuses.EndOfMedia:
            self.save_place()
        elif status == statuses.InvalidMedia and self.player.error() == QMediaPlayer.Error.NoError:
            self._error(QMediaPlayer.Error.FormatError, "")  # said already when it had a cause

    def _error(self, error: QMediaPlayer.Error, _detail: str) -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        source = self.player.source()
        offline = error == QMediaPlayer.Error.NetworkError or (
            error == QMediaPlayer.Error.ResourceError and not source.isLocalFile()
        )
        if offline:
            text = self.tr(
                "The lesson could not be loaded from the internet. Please check that this "
                "computer is connected, then open the lesson again."
            )
        elif self.is_video:
            text = self.tr(
                "This video is damaged and cannot be played. The rest of the lesson is still here."
            )
        else:
            text = self.tr(
                "This recording is damaged and cannot be played. The rest of the lesson is "
                "still here."
            )
        self.say(text)

    def _show_time(self) -> None:
        duration = self.player.duration()
        position = self.player.position()
        if duration > 0:
            self.time_label.setText(
                self.tr("{now} of {total}").format(now=clock(position), total=clock(duration))
            )
        else:
            self.time_label.setText(clock(position))

    def _show_cue(self, position: int) -> None:
        index = cue_at(self.cues, position) if self.cues else None
        if index == self._cue:
            return
        self._cue = index
        self.subtitle.setText("" if index is None else self.cues[index].text)
        self.cue_changed.emit(-1 if index is None else index)

    def _show_volume(self) -> None:
        self.volume_label.setText(
            self.tr("Volume: {n}%").format(n=round(self.audio.volume() * 100))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.side.fit(self.width())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not isinstance(self.focusWidget(), BigButton):
            self.toggle()
            return
        super().keyPressEvent(event)
