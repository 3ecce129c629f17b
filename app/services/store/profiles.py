"""Profiles on this machine (the machine database)."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass

from app.core.errors import NotFoundError
from app.services.store.database import transaction

DEFAULT_PROFILE_NAME = "default"


@dataclass(frozen=True, slots=True)
class Profile:
    """A learner on this machine, or the guest (who is never in the profiles table)."""

    id: str
    name: str
    avatar: str
    language: str
    has_pin: bool
    is_default: bool
    is_guest: bool = False  # a guest is never in the profiles table (issue 9)


class ProfileRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(self) -> list[Profile]:
        rows = self._conn.execute(
            "SELECT id, name, avatar, language, pin_hash IS NOT NULL, is_default"
            " FROM profiles ORDER BY is_default DESC, name COLLATE NOCASE"
        ).fetchall()
        return [Profile(r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5])) for r in rows]

    def by_name(self, name: str) -> Profile:
        for profile in self.all():
            if profile.name.casefold() == name.casefold():
                return profile
        raise NotFoundError()

    def default(self) -> Profile:
        """The default profile, created on first use (a home PC has just this one)."""
        profiles = self.all()
        for profile in profiles:
            if profile.is_default:
                return profile
        if profiles:
            return profiles[0]
        return self.add(DEFAULT_PROFILE_NAME, is_default=True)

    def add(
        self, name: str, avatar: str = "sun", language: str = "zh_CN", *, is_default: bool = False
    ) -> Profile:
        profile_id = "default" if is_default else os.urandom(6).hex()
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO profiles(id, name, avatar, language, is_default) VALUES (?,?,?,?,?)",
                (profile_id, name, avatar, language, int(is_default)),
            )
        return self.by_name(name)
