"""Start at login on each system, behind one small port (``StartAtLogin``).

Linux: the XDG autostart entry (``Autostart``, ``autostart.py``). Windows: a value under
``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` (what the Inno Setup task
"Start at login" writes too, so the two agree). macOS: a LaunchAgent property list in
``~/Library/LaunchAgents``. The registry and the folders are passed in, so the Windows and
macOS ways are tested here on fakes (they have not been run on those systems: see
packaging/windows/README.md).
"""

from __future__ import annotations

import importlib
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from app.services.atomic_file import atomic_write
from app.services.reminders.autostart import Autostart

RUN_VALUE = "SilverClassroom"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
AGENT_LABEL = "io.github.silverclassroom.SilverClassroom"


class StartAtLogin(Protocol):
    """The reminders page's "Start when the computer starts" switch."""

    def is_enabled(self) -> bool: ...

    def set(self, on: bool) -> None: ...


class RunKey(Protocol):
    """The current user's Run key in the Windows registry (a dict in tests)."""

    def get(self, name: str) -> str | None: ...

    def put(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def _winreg() -> Any:
    """The ``winreg`` module (Windows only), untyped so this file type-checks anywhere."""
    return importlib.import_module("winreg")


class WinRegRunKey:
    """The real Run key, through ``winreg`` (Windows only; imported when used)."""

    def get(self, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                return str(winreg.QueryValueEx(key, name)[0])
        except OSError:
            return None

    def put(self, name: str, value: str) -> None:
        winreg = _winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except OSError:
            pass


class WindowsAutostart:
    """``command`` quoted the Windows way (paths with drive letters and spaces)."""

    def __init__(self, run_key: RunKey, command: Sequence[str]) -> None:
        self.run_key = run_key
        self.value = subprocess.list2cmdline(list(command))

    def is_enabled(self) -> bool:
        return self.run_key.get(RUN_VALUE) is not None

    def set(self, on: bool) -> None:
        if on:
            self.run_key.put(RUN_VALUE, self.value)
        else:
            self.run_key.delete(RUN_VALUE)


class MacAutostart:
    """A LaunchAgent that runs ``command`` at login (``RunAtLoad``)."""

    def __init__(self, agents: Path, command: Sequence[str]) -> None:
        self.path = agents / f"{AGENT_LABEL}.plist"
        self.command = list(command)

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def set(self, on: bool) -> None:
        if on:
            agent = {"Label": AGENT_LABEL, "ProgramArguments": self.command, "RunAtLoad": True}
            atomic_write(self.path, plistlib.dumps(agent), make_folder=True)
        else:
            self.path.unlink(missing_ok=True)


def bundled_command(executable: str = sys.executable) -> list[str] | None:
    """The bundled app's own program when running from the bundle (PyInstaller), else None."""
    return [executable] if getattr(sys, "frozen", False) else None


def start_at_login(
    platform: str = sys.platform,
    *,
    home: Path | None = None,
    run_key: RunKey | None = None,
    command: Sequence[str] | None = None,
) -> StartAtLogin:
    """The start-at-login switch for ``platform`` (tests pass a fake registry / home)."""
    chosen = list(command or bundled_command() or [sys.executable, "-m", "app"])
    if platform == "win32":
        return WindowsAutostart(run_key if run_key is not None else WinRegRunKey(), chosen)
    if platform == "darwin":
        return MacAutostart((home or Path.home()) / "Library" / "LaunchAgents", chosen)
    return Autostart(command=list(command) if command else bundled_command())
