"""Start Silver Classroom at login, so reminders come even if nobody opens the app.

Linux: an XDG autostart entry (``~/.config/autostart/silver-classroom.desktop``).
Windows and macOS: see docs/reminders.md (a Startup-folder shortcut / a login item);
the installer sets those up. The path is injectable so tests never touch $HOME.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from app.services.atomic_file import atomic_write

FILE_NAME = "silver-classroom.desktop"


def default_autostart_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart"


def default_command() -> list[str]:
    """The installed launcher, else this interpreter running the checkout's ``app``."""
    installed = shutil.which("silver-classroom")
    return [installed] if installed else [sys.executable, "-m", "app"]


def _checkout_dir() -> Path:
    return Path(__file__).resolve().parents[3]


class Autostart:
    def __init__(self, folder: Path | None = None, command: list[str] | None = None) -> None:
        self.path = (folder or default_autostart_dir()) / FILE_NAME
        self.command = command or default_command()

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self) -> None:
        text = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Name=Silver Classroom",
                "Name[zh_CN]=银龄课堂",
                "Comment=Class reminders",
                "Comment[zh_CN]=上课提醒",
                f"Exec={shlex.join(self.command)}",
                f"Path={_checkout_dir()}",
                "Icon=silver-classroom",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        atomic_write(self.path, text.encode("utf-8"), make_folder=True)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def set(self, on: bool) -> None:
        self.enable() if on else self.disable()
