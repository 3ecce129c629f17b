"""One learner's store: their database and the repositories on it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.services.paths import DataPaths
from app.services.schedule.repo import ScheduleRepo
from app.services.store.database import connect
from app.services.store.profiles import Profile
from app.services.store.progress_repo import ProgressRepo
from app.services.store.schema import LEARNER_MIGRATIONS
from app.services.store.settings_repo import SettingsRepo


@dataclass
class LearnerStore:
    profile: Profile
    folder: Path
    conn: sqlite3.Connection
    settings: SettingsRepo
    progress: ProgressRepo
    schedule: ScheduleRepo

    @classmethod
    def open(cls, paths: DataPaths, profile: Profile) -> LearnerStore:
        conn = connect(paths.learner_db(profile.id), LEARNER_MIGRATIONS)
        return cls(
            profile,
            paths.profile_dir(profile.id),
            conn,
            SettingsRepo(conn),
            ProgressRepo(conn),
            ScheduleRepo(conn),
        )

    def close(self) -> None:
        self.conn.close()
