"""A learner installs a course pack from a file (e.g. a USB stick) on the catalog page."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

from app.ui.pack_install import PackInstallBar
from tests.conftest import MINI_PACK


def zip_pack(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


def test_installing_a_pack_adds_its_courses_and_says_so(
    window_factory: Any, tmp_path: Path
) -> None:
    window = window_factory(lang="en")
    page = window.open("catalog")
    bar = page.findChild(PackInstallBar)
    assert bar is not None and bar.button.accessibleName() == "Install a course pack…"
    bar.install_from(zip_pack(MINI_PACK, tmp_path / "mini.zip"))
    assert "installed: 2 courses, 4 lessons" in window.banner.label.text()
    assert window.open("course:mini.tea").title() == "Making a good cup of tea"


def test_a_broken_pack_is_refused_in_plain_words_and_nothing_is_installed(
    window_factory: Any, tmp_path: Path, data_dir: Path
) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(MINI_PACK, broken)
    (broken / "pack.json").write_text("{ not json", encoding="utf-8")
    window = window_factory(lang="en")
    page = window.open("catalog")
    bar = page.findChild(PackInstallBar)
    bar.install_from(zip_pack(broken, tmp_path / "broken.zip"))
    assert bar.banner.isVisibleTo(page)
    assert "Traceback" not in bar.banner.label.text() and bar.banner.label.text()
    assert not (data_dir / "packs" / "mini").exists()
    assert window.key == "catalog"
