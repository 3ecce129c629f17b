"""The caregiver screen's "Save my data to a file" / "Bring my data in from a file".

The same profile file as ``admin export-profile`` / ``import-profile`` (bookmarks, notes,
progress, schedule, settings; never tokens or PINs). An import replaces this learner's data
all or nothing, then the learner's session is started again so every page reads the new data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from app.core.errors import SilverError
from app.services.profile_transfer import ProfileTransfer
from app.services.store.profiles import Profile

Action = tuple[str, str, Callable[[], None]]


class ChooseFile(Protocol):
    def save_path(self, suggested: str) -> Path | None: ...

    def open_path(self) -> Path | None: ...


def learner_data_actions(
    transfer: ProfileTransfer,
    profile: Profile,
    connection: Callable[[], object],
    files: ChooseFile,
    error_text: Callable[[SilverError], str],
    say: Callable[[str], None],
    restart_session: Callable[[str], None],
) -> list[Action]:
    """(name, label, action) entries for the settings page's ``extra_actions``."""

    def export() -> None:
        path = files.save_path(f"{profile.name}.json")
        if path is None:
            return
        try:
            transfer.export_to(profile, connection(), path, datetime.now(UTC))  # type: ignore[arg-type]
        except SilverError as exc:
            say(error_text(exc))
            return
        say(
            QCoreApplication.translate("LearnerData", "Your data was saved to {path}.").format(
                path=path
            )
        )

    def bring_in() -> None:
        path = files.open_path()
        if path is None:
            return
        try:
            result = transfer.import_from(
                path, datetime.now(UTC), as_name=profile.name, replace=True
            )
        except SilverError as exc:
            say(error_text(exc))  # nothing was changed
            return
        restart_session(result.profile.id)

    actions: list[Action] = [
        (
            "export_data",
            QCoreApplication.translate("LearnerData", "Save my data to a file"),
            export,
        ),
    ]
    if not profile.is_guest:
        actions.append(
            (
                "import_data",
                QCoreApplication.translate("LearnerData", "Bring my data in from a file"),
                bring_in,
            )
        )
    return actions
