"""One learner's store: their database and the repositories on it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.i18n import QT_TRANSLATE_NOOP
from app.services.paths import DataPaths
from app.services.schedule.repo import ScheduleRepo
from app.services.store.durable import Recovery, backup, open_learner_db
from app.services.store.profiles import Profile
from app.services.store.progress_repo import ProgressRepo
from app.services.store.schema import LEARNER_MIGRATIONS
from app.services.store.settings_repo import SettingsRepo

if TYPE_CHECKING:
    from app.services.store.bookmarks_repo import BookmarkRepo
    from app.services.store.study_repo import StudyRepo


# A bundle of parts, not a value: compared by identity, no field-by-field repr.
@dataclass(eq=False, repr=False)
class LearnerStore:
    """A learner's open database and its repositories; bookmarks and study come on first use."""

    profile: Profile
    folder: Path
    conn: sqlite3.Connection
    settings: SettingsRepo
    progress: ProgressRepo
    schedule: ScheduleRepo
    backups: Path | None = None  # None: a guest, never backed up
    recovery: Recovery | None = None  # set when a damaged database was replaced at start

    @classmethod
    def open(
        cls,
        paths: DataPaths,
        profile: Profile,
        *,
        guest: bool = False,
        now: datetime | None = None,
    ) -> LearnerStore:
        """Open (check, recover, migrate, back up) the learner's database.

        ``guest=True``: no backups are made or used (the profile service knows who is a guest).
        """
        backups = None if guest else paths.learner_backups(profile.id)
        conn, recovery = open_learner_db(
            paths.learner_db(profile.id), LEARNER_MIGRATIONS, backups, now or datetime.now(UTC)
        )
        return cls(
            profile,
            paths.profile_dir(profile.id),
            conn,
            SettingsRepo(conn),
            ProgressRepo(conn),
            ScheduleRepo(conn),
            backups,
            recovery,
        )

    # Made on first use: the home page needs neither, so start-up does not load them.
    @cached_property
    def bookmarks(self) -> BookmarkRepo:
        from app.services.store.bookmarks_repo import BookmarkRepo

        return BookmarkRepo(self.conn)

    @cached_property
    def study(self) -> StudyRepo:
        from app.services.store.study_repo import StudyRepo

        return StudyRepo(self.conn)

    def backup_now(self, now: datetime | None = None) -> Path | None:
        """A fresh backup (e.g. when the app closes); nothing for a guest."""
        if self.backups is None:
            return None
        return backup(self.conn, self.backups, now or datetime.now(UTC))

    def close(self) -> None:
        self.conn.close()


RECOVERED = QT_TRANSLATE_NOOP(
    "Recovery",
    "Your saved data was damaged, so we brought back the copy saved on {when}: "
    "{bookmarks} and your progress in {lessons}. "
    "Anything you did after that time may be missing.",
)
STARTED_AFRESH = QT_TRANSLATE_NOOP(
    "Recovery",
    "Your saved data was damaged and there was no good copy to bring back, so your "
    "bookmarks and progress start afresh. The damaged file was kept as {file}.",
)


def recovery_message(
    recovery: Recovery, translate: Callable[[str, str, str | None, int], str]
) -> str:
    """The plain sentence that tells the learner what came back after damage."""
    if recovery.backup_time is None:
        afresh = translate("Recovery", STARTED_AFRESH, None, -1)
        return afresh.format(file=recovery.damaged_copy.name)
    when = recovery.backup_time.astimezone().strftime("%Y-%m-%d %H:%M")
    return translate("Recovery", RECOVERED, None, -1).format(
        when=when,
        bookmarks=translate("Recovery", "%n bookmark(s)", None, recovery.bookmarks),
        lessons=translate("Recovery", "%n lesson(s)", None, recovery.lessons),
    )
