"""The services one run of the app uses, built once by the composition root.

A plain record, not a locator: pages never see it; ``__main__`` hands each page the
one or two things it needs, and admin verbs read what their job requires.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from app.services.catalog import CatalogService
from app.services.learner import LearnerStore
from app.services.paths import DataPaths
from app.services.platform.kit import PlatformKit
from app.services.policy import Policy
from app.services.profiles.manager import ProfileManager
from app.services.profiles.session import SessionRequests
from app.services.store.profiles import Profile, ProfileRepo
from app.services.translations import Texts


@dataclass
class AppServices:
    paths: DataPaths
    machine: sqlite3.Connection
    profiles: ProfileRepo
    catalog: CatalogService
    texts: Texts
    lang: str
    overrides: dict[str, Any] = field(default_factory=dict)  # command-line options for this run
    policy: Policy = field(default_factory=Policy)  # the classroom policy in force
    api_base: str | None = None  # --api-base, else the policy's, else the adapter's default
    profile_manager: ProfileManager | None = None  # add/remove learners, PINs, guests
    sessions: SessionRequests = field(default_factory=SessionRequests)  # "start this session"
    platform: PlatformKit | None = None
    _learners: dict[str, LearnerStore] = field(default_factory=dict)

    def learner(self, profile: Profile) -> LearnerStore:
        if profile.id not in self._learners:
            self._learners[profile.id] = LearnerStore.open(
                self.paths, profile, guest=profile.is_guest
            )
        return self._learners[profile.id]

    def release(self, profile_id: str) -> None:
        """Close a learner's database (before an import replaces it, or their folder is
        removed or wiped)."""
        store = self._learners.pop(profile_id, None)
        if store is not None:
            store.close()

    def settings_for(self, profile: Profile) -> dict[str, Any]:
        """Stored settings with this run's command-line overrides on top (not saved)."""
        return {**self.learner(profile).settings.load(), **self.overrides}

    def manager(self) -> ProfileManager:
        assert self.profile_manager is not None, "build_services sets the profile manager"
        return self.profile_manager

    def close(self) -> None:
        for store in self._learners.values():
            store.close()
        self._learners.clear()
        self.machine.close()
