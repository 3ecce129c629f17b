"""QtMultimedia, imported quietly.

QtMultimedia reports missing optional libraries (pipewire, VA-API) and "no audio
device" on stderr at load time; the reader says what matters in plain words
instead (``NoSpeakers``), and the command line keeps its stderr for plain messages.
"""

from PySide6.QtCore import QLoggingCategory

QLoggingCategory.setFilterRules("qt.multimedia*=false")

from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer  # noqa: E402

__all__ = ["QAudioOutput", "QMediaDevices", "QMediaPlayer"]
