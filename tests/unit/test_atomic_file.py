"""One atomic write for every file the app saves: the old file or the new one, never half."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import BinaryIO

import pytest

from app.core.errors import DiskFullError, SaveError
from app.services.atomic_file import atomic_path, atomic_write


def test_bytes_and_a_writer_both_give_the_whole_file_and_no_temporary_one(
    tmp_path: Path,
) -> None:
    target = tmp_path / "notes.json"
    atomic_write(target, b"first")
    assert target.read_bytes() == b"first"

    def writer(out: BinaryIO) -> None:
        for part in (b"sec", b"ond"):
            out.write(part)

    atomic_write(target, writer)
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.json"]


def test_a_writer_that_fails_leaves_the_old_file_and_its_error(tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    target.write_bytes(b"old and good")

    class Refused(Exception):
        pass

    def writer(out: BinaryIO) -> None:
        out.write(b"half of the new")
        raise Refused()

    with pytest.raises(Refused):  # not an OSError: passes through as it was
        atomic_write(target, writer)
    assert target.read_bytes() == b"old and good"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.json"]


def test_a_full_disk_says_so_plainly_and_loses_nothing(tmp_path: Path) -> None:
    target = tmp_path / "李奶奶.json"
    target.write_bytes(b"yesterday's copy")

    def full_disk(out: BinaryIO) -> None:
        out.write(b"x" * 4096)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DiskFullError) as caught:
        atomic_write(target, full_disk)
    message = str(caught.value)
    assert "disk is full" in message and "李奶奶.json" in message
    assert "Nothing saved before was lost" in message and "Errno" not in message
    assert isinstance(caught.value.__cause__, OSError)
    assert target.read_bytes() == b"yesterday's copy"
    assert [p.name for p in tmp_path.iterdir()] == ["李奶奶.json"]


def test_a_missing_folder_is_a_plain_error_unless_it_may_be_made(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "f.txt"
    with pytest.raises(SaveError) as caught:
        atomic_write(target, b"x")
    assert not isinstance(caught.value, DiskFullError)
    assert "could not be saved" in str(caught.value)
    assert list(tmp_path.iterdir()) == []
    atomic_write(target, b"x", make_folder=True)
    assert target.read_bytes() == b"x"


def test_a_folder_in_the_way_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "keep.txt").write_text("kept")
    with pytest.raises(SaveError):
        atomic_write(tmp_path / "taken", b"x")
    assert (tmp_path / "taken" / "keep.txt").read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_atomic_path_serves_a_writer_that_needs_a_name(tmp_path: Path) -> None:
    """SQLite's VACUUM INTO writes by name; the copy appears whole under the final name."""
    conn = sqlite3.connect(tmp_path / "live.sqlite3")
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (42)")
    conn.commit()
    copy = tmp_path / "copy.sqlite3"
    with atomic_path(copy) as partial:
        assert not partial.exists() and partial.parent == tmp_path
        conn.execute("VACUUM INTO ?", (str(partial),))
    conn.close()
    check = sqlite3.connect(copy)
    assert check.execute("SELECT x FROM t").fetchall() == [(42,)]
    check.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite3", "live.sqlite3"]
