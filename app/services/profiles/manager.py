"""Create, check, remove learners; start and wipe guest sessions.

Everything of a learner lives in their folder (``profiles/<id>/``: database with its
``-wal``/``-shm``, backups, personal audio) plus one keyring entry and one row in the
machine database, so removal is: row, folder, token. A guest has a folder under
``guests/`` and nothing else: no row, no backup, no keyring entry.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from app.core.avatars import AVATAR_IDS, next_free_avatar
from app.core.errors import NotFoundError, SecretsUnavailable, SilverError
from app.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from app.core.pin import (
    PROFILE_BACKOFF,
    PinWaitError,
    WrongPinError,
    hash_pin,
    verify_pin,
)
from app.core.ports import Clock, SecretStore
from app.services.learner import LearnerStore
from app.services.paths import GUEST_PREFIX, DataPaths
from app.services.store.database import transaction
from app.services.store.profiles import Profile, ProfileRepo

MAX_NAME = 40


class ProfileNameError(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors", "Please give a name of 1 to 40 letters for the new learner."
    )


class DuplicateNameError(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors", "There is already a learner called “{name}”. How about “{suggestion}”?"
    )


class NoSuchLearnerError(NotFoundError):
    default_template = QT_TRANSLATE_NOOP("Errors", "There is no learner called “{name}” here.")


class UnknownAvatarError(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors", "There is no picture called “{avatar}”. The pictures are: {choices}."
    )


class ProfileManager:
    def __init__(
        self,
        paths: DataPaths,
        repo: ProfileRepo,
        conn: sqlite3.Connection,
        clock: Clock,
        secrets: SecretStore | None = None,
    ) -> None:
        self._paths = paths
        self._repo = repo
        self._conn = conn
        self._clock = clock
        self._secrets = secrets

    # ------------------------------------------------------------ learners
    def all(self) -> list[Profile]:
        """Learners in the order of their names as read aloud: 陈华 (chen) before 李明 (li)."""
        return sorted(self._repo.all(), key=lambda p: name_sort_key(p.name))

    def get(self, profile_id: str) -> Profile:
        for profile in self._repo.all():
            if profile.id == profile_id:
                return profile
        raise NotFoundError()

    def by_name(self, name: str) -> Profile:
        try:
            return self._repo.by_name(name)
        except NotFoundError:
            raise NoSuchLearnerError(name=name) from None

    def suggest_name(self, name: str) -> str:
        """``name`` with the first free number after it: "Wang 2", "Wang 3"…"""
        taken = {p.name.casefold() for p in self._repo.all()}
        n = 2
        while f"{name} {n}".casefold() in taken:
            n += 1
        return f"{name} {n}"

    def add(
        self,
        name: str,
        avatar: str | None = None,
        language: str = "zh_CN",
        pin: str | None = None,
    ) -> Profile:
        """A new learner; ``DuplicateNameError`` (with a suggestion) if the name is taken."""
        name = " ".join(name.split())
        if not name or len(name) > MAX_NAME or name.casefold().startswith(GUEST_PREFIX):
            raise ProfileNameError()
        if any(p.name.casefold() == name.casefold() for p in self._repo.all()):
            raise DuplicateNameError(name=name, suggestion=self.suggest_name(name))
        if avatar is None:
            avatar = next_free_avatar([p.avatar for p in self._repo.all()])
        if avatar not in AVATAR_IDS:
            raise UnknownAvatarError(avatar=avatar, choices=", ".join(AVATAR_IDS))
        if language not in LANGUAGES:
            language = LANGUAGES[0]
        pin_hash = hash_pin(pin, os.urandom(16)) if pin is not None else None
        try:
            profile = self._repo.add(name, avatar, language)
        except sqlite3.IntegrityError as exc:  # another process added it a moment ago
            raise DuplicateNameError(name=name, suggestion=self.suggest_name(name)) from exc
        if pin_hash is not None:
            self._write_pin(profile.id, pin_hash)
        # the learner's own database starts with their language (settings follow the learner)
        store = LearnerStore.open(self._paths, profile)
        try:
            store.settings.save({"language": language})
        finally:
            store.close()
        return self.get(profile.id)

    def remove(self, profile: Profile) -> None:
        """Delete everything of ``profile``: row, folder (database, backups, audio), token.

        The caller closes the learner's database first (``AppServices.release``)."""
        self._forget_token(profile.id)
        with transaction(self._conn):
            self._conn.execute("DELETE FROM profiles WHERE id = ?", (profile.id,))
        wipe_folder(self._paths.profile_dir(profile.id))

    def _forget_token(self, profile_id: str) -> None:
        if self._secrets is None:
            return
        with contextlib.suppress(SecretsUnavailable):  # no keyring: nothing was stored in it
            self._secrets.delete(profile_id)

    # ------------------------------------------------------------ PINs
    def set_pin(self, profile: Profile, pin: str | None) -> None:
        """Set (or with ``None`` clear) the PIN; clears any waiting after wrong tries."""
        self._write_pin(profile.id, hash_pin(pin, os.urandom(16)) if pin is not None else None)

    def reset_pin(self, profile: Profile) -> None:
        """A caregiver or the admin clears a forgotten PIN."""
        self.set_pin(profile, None)

    def check_pin(self, profile: Profile, pin: str) -> None:
        """Return if ``pin`` is right; else ``WrongPinError`` / ``PinWaitError`` (with seconds)."""
        row = self._conn.execute(
            "SELECT pin_hash, pin_failures, pin_retry_at FROM profiles WHERE id = ?",
            (profile.id,),
        ).fetchone()
        if row is None:
            raise NotFoundError()
        stored, failures, retry_at = row
        if stored is None:
            return
        now = self._clock.now()
        if retry_at:
            left = (datetime.fromisoformat(retry_at) - now).total_seconds()
            if left > 0:
                raise PinWaitError(int(left + 0.999))
        if verify_pin(pin, stored):
            self._record_tries(profile.id, 0, None)
            return
        failures += 1
        wait = PROFILE_BACKOFF.wait_after(failures)
        self._record_tries(
            profile.id, failures, (now + timedelta(seconds=wait)).isoformat() if wait else None
        )
        raise WrongPinError(wait_s=wait)

    def _write_pin(self, profile_id: str, pin_hash: str | None) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE profiles SET pin_hash = ?, pin_failures = 0, pin_retry_at = NULL"
                " WHERE id = ?",
                (pin_hash, profile_id),
            )

    def _record_tries(self, profile_id: str, failures: int, retry_at: str | None) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE profiles SET pin_failures = ?, pin_retry_at = ? WHERE id = ?",
                (failures, retry_at, profile_id),
            )

    # ------------------------------------------------------------ guests
    def start_guest(self, language: str = "zh_CN") -> Profile:
        """A fresh guest: a new id and folder under ``guests/``; nothing in the machine DB."""
        guest_id = f"{GUEST_PREFIX}{os.urandom(6).hex()}"
        self._paths.profile_dir(guest_id).mkdir(parents=True, exist_ok=True)
        return Profile(
            guest_id, "Guest", "guest", language, has_pin=False, is_default=False, is_guest=True
        )

    def end_guest(self, guest: Profile) -> None:
        """Delete the guest's folder whole (database, -wal/-shm, personal audio).

        The caller closes the guest's database first (``AppServices.release``)."""
        if not guest.is_guest:
            raise ValueError("end_guest is only for guests")
        self._forget_token(guest.id)
        wipe_folder(self._paths.profile_dir(guest.id))

    def sweep_guests(self) -> int:
        """Wipe guest folders left by a crash or power cut; run at start. Returns how many."""
        if not self._paths.guests.is_dir():
            return 0
        count = 0
        for folder in self._paths.guests.iterdir():
            wipe_folder(folder)
            count += 1
        return count


def name_sort_key(name: str) -> tuple[str, str]:
    """Pinyin for Chinese characters, so a picker of mixed names reads alphabetically."""
    from pypinyin import lazy_pinyin

    return (" ".join(lazy_pinyin(name)).casefold(), name)


def wipe_folder(folder: Path) -> None:
    """Delete ``folder`` and everything in it; a missing folder is fine."""
    if folder.is_dir():
        shutil.rmtree(folder)
    elif folder.exists():
        folder.unlink()
