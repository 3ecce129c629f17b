"""The crash log: what went wrong, written where a helper can find it.

An unexpected exception is never shown to a learner as a stack trace; its details go to
``<data folder>/logs/silver-classroom.log`` (rotated: 3 files of at most 512 kB, so it never
fills a disk) and to the text the "Copy details for a helper" button puts on the clipboard.
No Qt here, so the command line and the window share it.
"""

from __future__ import annotations

import logging
import platform
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:  # logging.handlers (socket, pickle, queue): loaded at the first crash
    from logging.handlers import RotatingFileHandler

LOG_NAME = "silver-classroom.log"
MAX_BYTES = 512 * 1024
BACKUPS = 2


class CrashLog:
    """Writes each unexpected exception, with the app's version and the system, to a
    rotating log file in ``folder``."""

    def __init__(self, folder: Path, *, max_bytes: int = MAX_BYTES) -> None:
        self.path = folder / LOG_NAME
        self._logger = logging.getLogger(f"silver-classroom.crash.{id(self)}")
        self._logger.propagate = False  # never onto the learner's terminal twice
        self._logger.setLevel(logging.ERROR)
        self._handler: RotatingFileHandler | None = None
        self._max_bytes = max_bytes

    def details(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> str:
        """The text a helper needs: when, which version, which system, and the traceback."""
        head = (
            f"Silver Classroom {__version__}, Python {platform.python_version()}, "
            f"{platform.platform()}, {'bundled' if getattr(sys, 'frozen', False) else 'source'}\n"
            f"{time.strftime('%Y-%m-%d %H:%M:%S %z')}\n"
        )
        return head + "".join(traceback.format_exception(kind, exc, tb))

    def write(self, details: str) -> bool:
        """Append ``details`` to the log; False if the log cannot be written (full disk,
        read-only folder): the app keeps going either way."""
        try:
            if self._handler is None:
                from logging.handlers import RotatingFileHandler

                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._handler = RotatingFileHandler(
                    self.path, maxBytes=self._max_bytes, backupCount=BACKUPS, encoding="utf-8"
                )
                self._handler.setFormatter(logging.Formatter("%(message)s"))
                self._logger.addHandler(self._handler)
            self._logger.error("%s", details.rstrip() + "\n" + "-" * 60)
            self._handler.flush()
        except OSError:
            return False
        return True

    def close(self) -> None:
        if self._handler is not None:
            self._logger.removeHandler(self._handler)
            self._handler.close()
            self._handler = None
