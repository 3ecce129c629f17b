"""Check a path someone typed before anything is read or written.

Every command-line option that names a file or folder goes through one of these, so a
missing folder, a file where a folder belongs or a folder where a file belongs is one
plain sentence (a ``SilverError``, exit 1), never a traceback or half a file.
"""

from __future__ import annotations

from pathlib import Path

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP


class PathProblem(SilverError):
    default_template = QT_TRANSLATE_NOOP("Errors", "“{path}” cannot be used here.")


class NoSuchFile(PathProblem):
    default_template = QT_TRANSLATE_NOOP("Errors", "There is no file “{path}”.")


class NoSuchFolder(PathProblem):
    default_template = QT_TRANSLATE_NOOP(
        "Errors", "The folder “{folder}” does not exist, so “{path}” cannot be made there."
    )


class FolderNotFile(PathProblem):
    default_template = QT_TRANSLATE_NOOP("Errors", "“{path}” is a folder. Please name a file.")


class FileNotFolder(PathProblem):
    default_template = QT_TRANSLATE_NOOP("Errors", "“{path}” is a file. Please name a folder.")


def readable_file(path: Path) -> Path:
    """``path`` names an existing file (not a folder)."""
    if path.is_dir():
        raise FolderNotFile(path=str(path))
    if not path.is_file():
        raise NoSuchFile(path=str(path))
    return path


def writable_file(path: Path) -> Path:
    """``path`` can become a file: its folder exists and it is not itself a folder."""
    if path.is_dir():
        raise FolderNotFile(path=str(path))
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise FileNotFolder(path=str(folder))
    if not folder.is_dir():
        raise NoSuchFolder(folder=str(folder), path=str(path))
    return path


def usable_folder(path: Path) -> Path:
    """``path`` is a folder, or a new one can be made in a folder that exists."""
    if path.exists() and not path.is_dir():
        raise FileNotFolder(path=str(path))
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise FileNotFolder(path=str(parent))
    if not path.exists() and not parent.is_dir():
        raise NoSuchFolder(folder=str(parent), path=str(path))
    return path
