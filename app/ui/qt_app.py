"""Qt start-up: the application object, its font and translator, and the event loop."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.services.translations import install_language

if TYPE_CHECKING:  # asyncio and qasync load when the loop runs: ``--screenshot`` needs neither
    import asyncio

# The window's font: Chinese first, then fallbacks found on Windows, macOS and most Linux
# desktops (paper uses ``large_print.print_font()``, which start-up does not load).
FONT_FAMILIES = [
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans",
    "DejaVu Sans",
]


def app_font() -> QFont:
    """The font of the window (the families above, in order)."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    return font


def start_qt(lang: str, *, offscreen: bool) -> QApplication:
    """The one ``QApplication`` (made on first call), in ``lang``, with the app's font."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    qt_app = QApplication.instance() or QApplication(["silver-classroom"])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("Silver Classroom")
    qt_app.setFont(app_font())
    install_language(qt_app, lang)
    return qt_app


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_until_closed(
    qt_app: QApplication,
    closed: asyncio.Event,
    start: Callable[[], object],
    shutdown: Callable[[], None],
) -> None:
    """Run the qasync loop: ``start()`` first; end when ``closed`` is set (last window
    closed, the tray's Quit, or SIGTERM from a logout), then ``shutdown()`` in any case."""

    import signal

    async def until_closed() -> None:
        qt_app.lastWindowClosed.connect(
            lambda: None if not qt_app.quitOnLastWindowClosed() else closed.set()
        )
        # a logout or shutdown sends SIGTERM: end the session properly (a guest is wiped)
        signal.signal(signal.SIGTERM, lambda *_: closed.set())
        wake = QTimer()  # lets Python run its signal handler while Qt waits
        wake.timeout.connect(lambda: None)
        wake.start(500)
        start()
        await closed.wait()

    import asyncio

    from app.ui.event_loop import SilverEventLoop

    try:
        with asyncio.Runner(loop_factory=SilverEventLoop) as runner:
            runner.run(until_closed())
    finally:
        shutdown()
