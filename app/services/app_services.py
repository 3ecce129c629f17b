"""The services one run of the app uses, built once by the composition root.

A plain record, not a locator: pages never see it; the window builder hands each
page the one or two things it needs, and admin verbs read what their job requires.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from app.core.errors import SilverError
from app.core.ports import Clock, CourseSource, SecretStore
from app.services.catalog_service import CatalogService
from app.services.learner import LearnerStore
from app.services.packs.folder import PackFolder
from app.services.paths import DataPaths, resources_dir
from app.services.platform.platform_kit import PlatformKit
from app.services.policy import Policy, allowed_sources
from app.services.profiles.session import SessionRequests
from app.services.store.profiles import Profile, ProfileRepo
from app.services.translations import Texts

if TYPE_CHECKING:
    from app.services.profiles.manager import ProfileManager


def pack_sources(paths: DataPaths) -> list[CourseSource]:
    """The bundled packs first (always there, even on a brand-new data dir), then installed ones."""
    sources: list[CourseSource] = []
    folders = sorted((resources_dir() / "packs").glob("*/pack.json"))
    folders += sorted(paths.packs.glob("*/pack.json")) if paths.packs.is_dir() else []
    for manifest in folders:
        try:
            sources.append(PackFolder.open(manifest.parent))
        except SilverError as exc:
            print(f"{manifest.parent.name}: {exc}", file=sys.stderr)
    return sources


def catalog_sources(paths: DataPaths, platform_cache: CourseSource, policy: Policy) -> list[Any]:
    """Everything installed, as the policy allows: packs first, then the platform cache."""
    return allowed_sources([*pack_sources(paths), platform_cache], policy)


# A bundle of parts, not a value: compared by identity, no field-by-field repr.
@dataclass(frozen=True, eq=False, repr=False)
class AppServices:
    """What one run shares; each learner's store is opened on first use and kept until released."""

    paths: DataPaths
    machine: sqlite3.Connection
    profiles: ProfileRepo
    catalog: CatalogService
    texts: Texts
    lang: str
    overrides: dict[str, Any]  # command-line options for this run (not saved)
    policy: Policy  # the classroom policy in force
    api_base: str | None  # --api-base, else the policy's, else the adapter's default
    platform: PlatformKit
    clock: Clock
    secrets: SecretStore  # sign-in tokens; learner removal forgets them too
    sessions: SessionRequests = field(default_factory=SessionRequests)  # "start this session"
    _learners: dict[str, LearnerStore] = field(default_factory=dict, init=False, repr=False)

    @cached_property
    def manager(self) -> ProfileManager:
        """Adds and removes learners, PINs, guests; made on first use (a learner's own
        window at home never needs it)."""
        from app.services.profiles.manager import ProfileManager

        return ProfileManager(self.paths, self.profiles, self.machine, self.clock, self.secrets)

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

    def chosen_profile(self, name: str | None) -> Profile:
        """``--profile NAME``, else the machine's default learner."""
        return self.profiles.by_name(name) if name else self.profiles.default()

    def reload_catalog(self) -> None:
        """Read the installed packs again (after a pack was installed)."""
        self.catalog.replace_sources(catalog_sources(self.paths, self.platform.cache, self.policy))

    def close(self) -> None:
        for store in self._learners.values():
            store.close()
        self._learners.clear()
        self.machine.close()
