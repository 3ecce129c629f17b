"""Install the course packs the classroom policy lists (folders or .zip files).

Run at start and by ``admin check``: a pack already installed with the same
version is left alone, so 30 machines can share one policy and one network folder.
Each pack is validated before anything is written; a bad pack is reported and skipped.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from pathlib import Path

from app.core.errors import PackError, SilverError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.services.packs.folder import PackFolder, read_manifest
from app.services.paths import DataPaths
from app.services.policy import Policy


def install_policy_packs(paths: DataPaths, policy: Policy) -> list[str]:
    """Install missing or changed packs; returns plain problems (empty when all went well)."""
    problems: list[str] = []
    for source in policy.packs:
        try:
            _install(paths, source)
        except (SilverError, OSError, zipfile.BadZipFile) as exc:
            problems.append(f"{source}: {exc}")
    return problems


def _install(paths: DataPaths, source: Path) -> None:
    if source.is_dir():
        _copy_folder(paths, source)
        return
    if not source.is_file():
        raise PackError(
            QT_TRANSLATE_NOOP("Errors", "The pack {path} was not found."), path=str(source)
        )
    with tempfile.TemporaryDirectory(dir=paths.root) as tmp:
        with zipfile.ZipFile(source) as archive:
            for member in archive.namelist():
                target = (Path(tmp) / member).resolve()
                if not target.is_relative_to(Path(tmp).resolve()):
                    raise PackError()
            archive.extractall(tmp)
        roots = [p.parent for p in Path(tmp).rglob("pack.json")]
        if not roots:
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "This is not a course pack: pack.json is missing.")
            )
        _copy_folder(paths, min(roots, key=lambda p: len(p.parts)))


def _copy_folder(paths: DataPaths, folder: Path) -> None:
    manifest = read_manifest(folder)
    target = paths.packs / manifest.id
    if target.is_dir():
        try:
            if read_manifest(target).version == manifest.version:
                return  # already installed: no copy, no full check at every start
        except PackError:
            pass
    pack = PackFolder.open(folder, check_lessons=True)
    paths.packs.mkdir(parents=True, exist_ok=True)
    staging = paths.packs / f".{pack.manifest.id}.installing"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(folder, staging)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
