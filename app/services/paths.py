"""Where things live on disk: the data dir layout and the bundled resources."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

import app
from app.core.errors import SaveError

APP_NAME = "SilverClassroom"


def resources_dir() -> Path:
    """Bundled resources: ``app/resources`` when installed, ``resources/`` in a checkout."""
    package = Path(app.__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def default_data_dir(platform: str = sys.platform, env: Mapping[str, str] = os.environ) -> Path:
    """The learner's data folder: ``%APPDATA%\\SilverClassroom`` on Windows (it follows a
    roaming profile between classroom computers), the platform's usual place elsewhere
    (``~/.local/share/SilverClassroom`` on Linux)."""
    if platform == "win32" and env.get("APPDATA"):
        return Path(windows_data_dir(env))
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def windows_data_dir(env: Mapping[str, str]) -> PureWindowsPath:
    """``%APPDATA%\\SilverClassroom`` (drive letters, spaces and all)."""
    return PureWindowsPath(env["APPDATA"]) / APP_NAME


_SAFE = re.compile(r"[^A-Za-z0-9_-]")
GUEST_PREFIX = "guest-"


def is_guest_id(profile_id: str) -> bool:
    """Guest sessions have ids ``guest-<random>``; real profiles never do."""
    return profile_id.startswith(GUEST_PREFIX)


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The layout of one data dir (docs/requirements.md#local-data).

    ``machine.sqlite3`` holds machine-wide data (profiles, catalog cache); each
    profile has its own folder with its own database, backups and personal audio.
    """

    root: Path

    @property
    def machine_db(self) -> Path:
        return self.root / "machine.sqlite3"

    @property
    def packs(self) -> Path:
        return self.root / "packs"

    @property
    def audio_cache(self) -> Path:
        """Rendered lesson audio: public content shared by every profile."""
        return self.root / "audio-cache"

    @property
    def logs(self) -> Path:
        """The crash log (``CrashLog``): what a helper reads when something went wrong."""
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "instance.lock"

    @property
    def guests(self) -> Path:
        """Guest sessions: outside ``profiles/`` so nothing that walks profiles (backups,
        exports) ever sees them; each is deleted whole when its guest leaves."""
        return self.root / "guests"

    def profile_dir(self, profile_id: str) -> Path:
        if is_guest_id(profile_id):
            return self.guests / _SAFE.sub("_", profile_id)
        return self.root / "profiles" / _SAFE.sub("_", profile_id)

    def learner_db(self, profile_id: str) -> Path:
        return self.profile_dir(profile_id) / "learner.sqlite3"

    def learner_backups(self, profile_id: str) -> Path:
        """Rolling backups of one learner's database (never made for a guest)."""
        return self.profile_dir(profile_id) / "backups"

    def ensure(self) -> DataPaths:
        """Make the data folder; one that cannot be made is a ``SaveError`` naming it."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(file=str(self.root)) from exc
        return self
