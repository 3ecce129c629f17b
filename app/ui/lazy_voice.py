"""The window's voice, made the first time something needs it.

A window has one ``WindowVoice`` (synthesis and playback) and one ``Speaker`` for short
texts built on it. Making them loads the speech code and opens the audio cache's budget,
which the first page does not need (issue 17), so the window, its features and the
desktop runner hold this object instead; the two parts are made on the first ask and are
the same two objects from then on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.ports import Speaker

if TYPE_CHECKING:
    from app.services.speech.window_voice import WindowVoice

MakeVoice = Callable[[], tuple["WindowVoice", Speaker]]


class LazyVoice:
    """``speech`` and ``speaker``, made by ``make()`` when first asked for.

    It is a ``Speaker`` itself (speaking makes the voice; stopping a voice never made
    has nothing to stop), so the window can be given it directly.
    """

    def __init__(self, make: MakeVoice) -> None:
        self._make = make
        self._parts: tuple[WindowVoice, Speaker] | None = None

    @property
    def made(self) -> bool:
        return self._parts is not None

    def _made(self) -> tuple[WindowVoice, Speaker]:
        if self._parts is None:
            self._parts = self._make()
        return self._parts

    @property
    def speech(self) -> WindowVoice:
        """The window's one voice: synthesis and playback."""
        return self._made()[0]

    @property
    def speaker(self) -> Speaker:
        """The voice for short texts (help, samples, reminders, the idle warning)."""
        return self._made()[1]

    @property
    def personal(self) -> Speaker:
        """The voice for personal text (class reminders): kept in the learner's own folder
        when the speaker can do that, else the speaker itself. Made when it first speaks."""
        return _Personal(self)

    def speak(self, text: str, lang: str) -> None:
        self.speaker.speak(text, lang)

    def stop(self) -> None:
        if self._parts is not None:
            self._parts[1].stop()


class _Personal:
    def __init__(self, voice: LazyVoice) -> None:
        self._voice = voice

    def _speaker(self) -> Speaker:
        from app.services.speech.voice_speaker import VoiceSpeaker

        speaker = self._voice.speaker
        return speaker.personal if isinstance(speaker, VoiceSpeaker) else speaker

    def speak(self, text: str, lang: str) -> None:
        self._speaker().speak(text, lang)

    def stop(self) -> None:
        if self._voice.made:
            self._speaker().stop()
