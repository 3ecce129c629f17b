"""Where Windows and macOS differ, checked here on fakes (not run on those systems; see
packaging/windows/README.md): start at login, the data folder, folder fsync, the speech
engine, and the credential store."""

from __future__ import annotations

import plistlib
from pathlib import Path, PureWindowsPath

import pytest

from app.core.errors import SecretsUnavailable
from app.services.atomic_file import fsync_dir
from app.services.paths import default_data_dir, windows_data_dir
from app.services.reminders.autostart import Autostart
from app.services.reminders.start_at_login import (
    AGENT_LABEL,
    RUN_VALUE,
    MacAutostart,
    WindowsAutostart,
    start_at_login,
)
from app.services.secrets.keyring_store import KeyringSecretStore
from app.services.speech.discovery import find_engine
from app.services.speech.pyttsx3_engine import Pyttsx3Engine

EXE = r"C:\Program Files\Silver Classroom\silver-classroom.exe"


class FakeRunKey(dict[str, str]):
    """HKCU\\...\\Run as a dict."""

    def put(self, name: str, value: str) -> None:
        self[name] = value

    def delete(self, name: str) -> None:
        self.pop(name, None)


def test_windows_start_at_login_is_a_run_value_quoted_for_spaces() -> None:
    key = FakeRunKey()
    switch = start_at_login("win32", run_key=key, command=[EXE, "--profile", "Wang Li"])
    assert isinstance(switch, WindowsAutostart) and not switch.is_enabled()
    switch.set(True)
    assert switch.is_enabled()
    assert key[RUN_VALUE] == f'"{EXE}" --profile "Wang Li"'
    switch.set(False)
    assert not switch.is_enabled() and RUN_VALUE not in key
    switch.set(False)  # turning off twice is fine


def test_macos_start_at_login_is_a_launch_agent(tmp_path: Path) -> None:
    command = ["/Applications/Silver Classroom.app/Contents/MacOS/silver-classroom"]
    switch = start_at_login("darwin", home=tmp_path, command=command)
    assert isinstance(switch, MacAutostart)
    switch.set(True)
    agent = plistlib.loads(
        (tmp_path / "Library/LaunchAgents" / f"{AGENT_LABEL}.plist").read_bytes()
    )
    assert agent == {"Label": AGENT_LABEL, "ProgramArguments": command, "RunAtLoad": True}
    assert switch.is_enabled()
    switch.set(False)
    assert not switch.is_enabled()


def test_linux_start_at_login_stays_the_xdg_autostart_entry() -> None:
    assert isinstance(start_at_login("linux", command=["/usr/bin/silver-classroom"]), Autostart)


def test_the_windows_data_folder_is_under_appdata_with_spaces_and_drive_letter() -> None:
    env = {"APPDATA": r"D:\Users\Wang Li\AppData\Roaming"}
    assert windows_data_dir(env) == PureWindowsPath(
        "D:/Users/Wang Li/AppData/Roaming/SilverClassroom"
    )
    assert default_data_dir("win32", env) == Path(windows_data_dir(env))  # a WindowsPath there
    assert default_data_dir("linux", env).name == "SilverClassroom"


def test_folder_fsync_is_skipped_where_folders_cannot_be_opened(tmp_path: Path) -> None:
    fsync_dir(tmp_path / "not there", posix=False)  # Windows: nothing to do, no error
    fsync_dir(tmp_path)  # POSIX: really done
    with pytest.raises(OSError):
        fsync_dir(tmp_path / "not there", posix=True)


def test_windows_and_macos_speak_through_their_system_voices() -> None:
    espeak_library = lambda: "/usr/lib/x86_64-linux-gnu/libespeak-ng.so.1"  # noqa: E731
    for system in ("win32", "darwin"):
        engine = find_engine(system, which=lambda _: None, find_library=espeak_library)
        assert isinstance(engine, Pyttsx3Engine)


class CredentialManagerFake:
    """Windows Credential Manager as keyring's WinVault backend shows it: a blob limit."""

    priority = 5

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.saved.get((service, user))

    def set_password(self, service: str, user: str, secret: str) -> None:
        if len(secret.encode("utf-16-le")) > 2560:
            raise OSError(1783, "CredWrite", "The stub received bad data.")
        self.saved[(service, user)] = secret

    def delete_password(self, service: str, user: str) -> None:
        self.saved.pop((service, user))


def test_the_windows_credential_store_keeps_a_token_or_says_so_plainly() -> None:
    vault = CredentialManagerFake()
    store = KeyringSecretStore(vault)
    store.set("wang-li", "token-123")
    assert store.get("wang-li") == "token-123"
    with pytest.raises(SecretsUnavailable):
        store.set("wang-li", "x" * 2000)  # too long for the vault: a plain error, no crash
