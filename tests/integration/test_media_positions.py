"""Where a learner stopped in a video: kept, "watched" after 90 %, carried by the profile file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.profile_file import ProfileFileError
from app.services.store.database import connect
from app.services.store.media_positions_repo import MediaPositionRepo
from app.services.store.schema import LEARNER_MIGRATIONS

NOW = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def repo(path: Path) -> MediaPositionRepo:
    return MediaPositionRepo(connect(path, LEARNER_MIGRATIONS))


def test_watched_after_ninety_percent_and_never_undone(tmp_path: Path) -> None:
    positions = repo(tmp_path / "a.sqlite3")
    assert not positions.save("l1", "c1", 80_000, 100_000, NOW)
    assert positions.save("l1", "c1", 90_000, 100_000, NOW)
    assert positions.save("l1", "c1", 5_000, 100_000, NOW)  # watched again from the start
    found = positions.get("l1")
    assert found is not None and found.position_ms == 5_000 and found.watched


def test_the_profile_file_rows_travel_and_bad_ones_are_refused(tmp_path: Path) -> None:
    old = repo(tmp_path / "old.sqlite3")
    old.save("l1", "c1", 61_000, 600_000, NOW)
    old.save("l2", "c1", 590_000, 600_000, NOW)
    rows = old.export_rows()
    new = repo(tmp_path / "new.sqlite3")
    new.import_rows(MediaPositionRepo.check_rows(rows, "learner.json"))
    assert new.export_rows() == rows
    with pytest.raises(ProfileFileError):
        MediaPositionRepo.check_rows([{**rows[0], "position_ms": -1}], "learner.json")
    with pytest.raises(ProfileFileError):
        MediaPositionRepo.check_rows([rows[0], rows[0]], "learner.json")
