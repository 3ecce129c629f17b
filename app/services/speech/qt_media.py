"""QtMultimedia, imported quietly, and its objects made safe for its own threads.

QtMultimedia reports missing optional libraries (pipewire, VA-API) and "no audio
device" on stderr at load time; the reader says what matters in plain words
instead (``NoSpeakers``), and the command line keeps its stderr for plain messages.

Every QtMultimedia object made from Python must go through ``for_media_threads``: see
its docstring and docs/media-threads.md for the freeze it prevents.
"""

from typing import TypeVar

from PySide6.QtCore import QLoggingCategory, QObject

QLoggingCategory.setFilterRules("qt.multimedia*=false")

from PySide6.QtMultimedia import (  # noqa: E402
    QAudioOutput,
    QMediaDevices,
    QMediaPlayer,
    QVideoSink,
)

__all__ = ["QAudioOutput", "QMediaDevices", "QMediaPlayer", "QVideoSink", "for_media_threads"]

Made = TypeVar("Made", bound=QObject)


def _nothing() -> None:
    """A slot that is connected and at once disconnected again (see ``for_media_threads``)."""


def for_media_threads(made: Made) -> Made:
    """``made``, after one connect and disconnect from Python, so Qt's media threads never
    wait for the interpreter lock on it.

    PySide6 answers Qt's "is this virtual method overridden in Python?" for an object made
    from Python by asking Python the first time (under the interpreter lock) and
    remembering the answer. The FFmpeg media threads connect to and disconnect from the
    player, audio output and video sink; if the first ask comes from one of them while
    the window's thread holds the lock and waits for that thread (``QMediaPlayer.stop``,
    a source change), the window freezes for good. Asking once here, on the window's
    thread, leaves the media threads nothing to ask (measured in
    ``tests/integration/test_media_threads.py``).
    """
    made.objectNameChanged.connect(_nothing)
    made.objectNameChanged.disconnect(_nothing)
    return made
