"""Course packs as zip files: check everything, then install atomically; export a course.

Import reads and checks the whole archive before one byte is written to the data
dir: entry names (no absolute paths, ``..``, drive letters, links), sizes (entry
count, each file, the total, the compression ratio: no zip bombs), ``pack.json``,
every named file present, every lesson readable. Only then is it extracted into a
temporary folder beside ``packs/`` and renamed into place, so a half-written pack
never exists. A newer version of an installed pack replaces it; bookmarks and
progress are keyed by lesson id in the learner's database, so they stay.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import PackError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.lesson_text import parse_lesson_markdown
from app.core.models import BlockKind
from app.services.atomic_file import fsync_dir
from app.services.packs.folder import PackFolder
from app.services.packs.model import PackManifest, parse_manifest, safe_path


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """How large a pack archive may be, so a zip bomb is refused before anything is written."""

    max_entries: int = 5000
    max_file_bytes: int = 100 * 1024 * 1024
    max_total_bytes: int = 500 * 1024 * 1024
    max_ratio: int = 200  # uncompressed / compressed, per entry
    max_archive_bytes: int = 500 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class InstallResult:
    """What an install did, for the message afterwards (an upgrade names the old version)."""

    pack_id: str
    version: str
    courses: int
    lessons: int
    upgraded_from: str  # "" for a new install


def _err(template: str, **params: str) -> PackError:
    return PackError(template, **params)


def _check_entries(zf: zipfile.ZipFile, limits: ZipLimits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise _err(QT_TRANSLATE_NOOP("Errors", "The pack holds far too many files."))
    total = 0
    files: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if info.is_dir():
            safe_path(name.rstrip("/"), name)
            continue
        safe_path(name, name)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise _err(
                QT_TRANSLATE_NOOP("Errors", "The pack tries to use a file outside itself: {path}"),
                path=name,
            )
        if info.file_size > limits.max_file_bytes or (
            info.file_size > 1024 * 1024
            and info.file_size > limits.max_ratio * max(1, info.compress_size)
        ):
            raise _err(
                QT_TRANSLATE_NOOP("Errors", "The file {path} in the pack is far too large."),
                path=name,
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise _err(QT_TRANSLATE_NOOP("Errors", "The pack is far too large."))
        if name in files:
            raise _err(QT_TRANSLATE_NOOP("Errors", "The pack uses the name {id} twice."), id=name)
        files[name] = info
    return files


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read an entry, never more than it declared (a lying header cannot inflate memory)."""
    with zf.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise _err(
            QT_TRANSLATE_NOOP("Errors", "The file {path} in the pack is far too large."),
            path=info.filename,
        )
    return data


def _md5(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """The md5 of an entry, read in pieces (a video need not fit in memory), never more
    than it declared."""
    digest = hashlib.md5()
    size = 0
    with zf.open(info) as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            size += len(chunk)
            if size > info.file_size:
                raise _err(
                    QT_TRANSLATE_NOOP("Errors", "The file {path} in the pack is far too large."),
                    path=info.filename,
                )
            digest.update(chunk)
    return digest.hexdigest()


def inspect_pack(path: Path, limits: ZipLimits | None = None) -> PackManifest:
    """Check a pack zip completely; ``PackError`` naming the first problem."""
    limits = limits or ZipLimits()
    try:
        if path.stat().st_size > limits.max_archive_bytes:
            raise _err(QT_TRANSLATE_NOOP("Errors", "The pack is far too large."))
        with zipfile.ZipFile(path) as zf:
            files = _check_entries(zf, limits)
            if "pack.json" not in files:
                raise _err(
                    QT_TRANSLATE_NOOP("Errors", "This is not a course pack: pack.json is missing.")
                )
            try:
                manifest = parse_manifest(json.loads(_read(zf, files["pack.json"]).decode("utf-8")))
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
                raise _err(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The pack's pack.json is damaged and cannot be read."
                    )
                ) from exc
            for name in sorted(manifest.files()):
                if name not in files:
                    raise _err(
                        QT_TRANSLATE_NOOP("Errors", "The pack is missing the file {path}."),
                        path=name,
                    )
            for name, md5 in sorted(manifest.media_md5().items()):
                if _md5(zf, files[name]) != md5:
                    raise _err(
                        QT_TRANSLATE_NOOP(
                            "Errors", "The file {path} in the pack is damaged (its md5 is wrong)."
                        ),
                        path=name,
                    )
            for lesson in manifest.lessons.values():
                for name in lesson.text.values():
                    try:
                        blocks = parse_lesson_markdown(_read(zf, files[name]).decode("utf-8"))
                    except UnicodeDecodeError as exc:
                        raise _err(
                            QT_TRANSLATE_NOOP("Errors", "The lesson file {path} cannot be read."),
                            path=name,
                        ) from exc
                    pictures = {i.file for i in lesson.images}
                    for block in blocks:
                        if block.kind is BlockKind.IMAGE and block.image not in pictures:
                            raise _err(
                                QT_TRANSLATE_NOOP(
                                    "Errors", "The picture {path} has no description in pack.json."
                                ),
                                path=block.image,
                            )
            zf.testzip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as exc:
        raise _err(QT_TRANSLATE_NOOP("Errors", "This file is not a readable course pack.")) from exc
    except OSError as exc:
        raise _err(QT_TRANSLATE_NOOP("Errors", "This file is not a readable course pack.")) from exc
    return manifest


def install_pack(path: Path, packs_dir: Path, limits: ZipLimits | None = None) -> InstallResult:
    """Check ``path``, then install it as ``packs_dir/<id>`` (replacing an older version)."""
    manifest = inspect_pack(path, limits)
    target = packs_dir / manifest.id
    old_version = ""
    if (target / "pack.json").is_file():
        old = PackFolder.open(target).manifest
        old_version = old.version
        if old.version_key >= manifest.version_key:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "Errors", "This pack (version {version}) is already installed or older."
                ),
                version=manifest.version,
            )
    packs_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".install-{manifest.id}-", dir=packs_dir))
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                dest = staging / info.filename
                dest.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as source, dest.open("xb") as out:
                    shutil.copyfileobj(source, out, 1 << 20)  # videos: in pieces
        PackFolder.open(staging, check_lessons=True)
        if target.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".old-{manifest.id}-", dir=packs_dir))
            os.replace(target, retired / "pack")
            os.replace(staging, target)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(staging, target)
        fsync_dir(packs_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return InstallResult(
        manifest.id,
        manifest.version,
        len(manifest.courses),
        len(manifest.lessons),
        old_version,
    )
