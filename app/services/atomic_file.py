"""Write a file so that it is always either the old one or the new one, whole.

``atomic_write(path, data)`` takes the bytes, or a callback that writes them to the open
file; ``atomic_path(path)`` is a ``with`` block giving the temporary path, for writers that
need a name (SQLite's ``VACUUM INTO``) or that are a loop (an async download). Either way
the new content goes to a temporary file in the same folder, which is fsynced and renamed
over ``path``, then the folder is fsynced: a crash, a power cut or a full disk never leaves
half a file where a good one was.

On failure the temporary file is removed and ``path`` is untouched; an ``OSError`` becomes a
``SaveError`` naming the file (``DiskFullError`` when the disk is full), any other exception
(the caller's own checks, a cancelled task) passes through as it was.
``fsync_file`` / ``fsync_dir`` are the two halves, for renames done elsewhere (folder swaps).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.core.errors import DiskFullError, SaveError

TEMP_SUFFIX = ".tmp"
_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})

Writer = Callable[[BinaryIO], object]


def atomic_write(path: Path, data: bytes | Writer, *, make_folder: bool = False) -> None:
    """Put ``data`` (bytes, or a callback writing to a binary file) at ``path`` atomically.

    ``make_folder``: create the missing folders first (a failure is a ``SaveError`` too).
    """
    with atomic_path(path, make_folder=make_folder) as tmp, tmp.open("xb") as out:
        if isinstance(data, bytes):
            out.write(data)
        else:
            data(out)


@contextlib.contextmanager
def atomic_path(path: Path, *, make_folder: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` (not yet created) to write; when the block ends
    well it is fsynced and renamed over ``path``, and the folder fsynced."""
    tmp = path.with_name(f".{path.name}.{os.urandom(4).hex()}{TEMP_SUFFIX}")
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _save_error(exc, path) from exc
        raise


def _save_error(exc: OSError, path: Path) -> SaveError:
    """The plain sentence for a file that could not be written."""
    if exc.errno in _FULL:
        return DiskFullError(file=str(path))
    return SaveError(file=str(path))


def fsync_file(path: Path) -> None:
    """Make a file's content durable before it is renamed into place."""
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(folder: Path, *, posix: bool = os.name == "posix") -> None:
    """Make a rename inside ``folder`` durable (POSIX; a no-op elsewhere: Windows cannot
    open a folder to fsync it, and NTFS journals the rename itself)."""
    if not posix:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
