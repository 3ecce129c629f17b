"""Course pack zips: good packs install atomically; malicious ones are refused, nothing written."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import PackError
from app.services.packs.archive import ZipLimits, inspect_pack, install_pack
from app.services.packs.export import export_course
from app.services.packs.folder import PackFolder
from tests.conftest import MINI_PACK, make_services


def pack_files(**manifest_changes: Any) -> dict[str, bytes]:
    files = {
        str(p.relative_to(MINI_PACK)): p.read_bytes() for p in MINI_PACK.rglob("*") if p.is_file()
    }
    manifest = json.loads(files["pack.json"])
    manifest.update(manifest_changes)
    files["pack.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    return files


def make_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def everything_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*")) if folder.exists() else []


def test_a_good_pack_installs_and_shows_in_the_catalog(tmp_path: Path, data_dir: Path) -> None:
    result = install_pack(make_zip(tmp_path / "mini.zip", pack_files()), data_dir / "packs")
    assert (result.pack_id, result.courses, result.lessons, result.upgraded_from) == (
        "mini",
        2,
        4,
        "",
    )
    assert not [p for p in (data_dir / "packs").iterdir() if p.name.startswith(".")]
    svc = make_services(data_dir)
    try:
        assert svc.catalog.course("mini.tea").title_in("zh_CN") == "泡一杯好茶"
    finally:
        svc.close()


def _zip_slip(tmp: Path) -> Path:
    files = pack_files()
    files["../../evil.txt"] = b"owned"
    return make_zip(tmp / "slip.zip", files)


def _absolute(tmp: Path) -> Path:
    files = pack_files()
    files["/etc/evil.txt"] = b"owned"
    return make_zip(tmp / "abs.zip", files)


def _bomb(tmp: Path) -> Path:
    files = pack_files()
    files["images/huge.svg"] = b"0" * (20 * 1024 * 1024)  # 20 MB of zeros: ~20 KB compressed
    return make_zip(tmp / "bomb.zip", files)


def _bad_json(tmp: Path) -> Path:
    files = pack_files()
    files["pack.json"] = b'{"format_version": 1, "id": "mini",'
    return make_zip(tmp / "badjson.zip", files)


def _missing_file(tmp: Path) -> Path:
    files = pack_files()
    del files["lessons/pace.en.md"]
    return make_zip(tmp / "missing.zip", files)


def _escaping_manifest(tmp: Path) -> Path:
    files = pack_files()
    manifest = json.loads(files["pack.json"])
    manifest["courses"][0]["lessons"][0]["text"]["en"] = "../../../etc/passwd"
    files["pack.json"] = json.dumps(manifest).encode()
    return make_zip(tmp / "escape.zip", files)


def _symlink(tmp: Path) -> Path:
    path = make_zip(tmp / "link.zip", pack_files())
    with zipfile.ZipFile(path, "a") as zf:
        info = zipfile.ZipInfo("images/link.svg")
        info.external_attr = 0o120777 << 16
        zf.writestr(info, "/etc/passwd")
    return path


def _not_a_zip(tmp: Path) -> Path:
    path = tmp / "photo.zip"
    path.write_bytes(b"\x89PNG not a zip at all")
    return path


def _no_manifest(tmp: Path) -> Path:
    files = pack_files()
    del files["pack.json"]
    return make_zip(tmp / "nomanifest.zip", files)


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (_zip_slip, "outside itself"),
        (_absolute, "outside itself"),
        (_bomb, "far too large"),
        (_bad_json, "damaged"),
        (_missing_file, "missing the file lessons/pace.en.md"),
        (_escaping_manifest, "outside itself"),
        (_symlink, "outside itself"),
        (_not_a_zip, "not a readable course pack"),
        (_no_manifest, "pack.json is missing"),
    ],
)
def test_malicious_or_broken_packs_are_refused_with_nothing_written(
    tmp_path: Path, data_dir: Path, build: Any, words: str
) -> None:
    archive = build(tmp_path)
    before = everything_under(data_dir)
    with pytest.raises(PackError) as caught:
        install_pack(archive, data_dir / "packs")
    assert words in str(caught.value)
    assert everything_under(data_dir) == before
    assert not (tmp_path.parent / "evil.txt").exists()


def test_too_many_entries_is_refused(tmp_path: Path, data_dir: Path) -> None:
    files = pack_files()
    files.update({f"images/extra{i}.svg": b"<svg/>" for i in range(30)})
    with pytest.raises(PackError) as caught:
        install_pack(make_zip(tmp_path / "many.zip", files), data_dir / "packs",
                     ZipLimits(max_entries=20))  # fmt: skip
    assert "too many files" in str(caught.value)
    assert everything_under(data_dir) == []


def test_a_newer_version_upgrades_and_keeps_progress(tmp_path: Path, data_dir: Path) -> None:
    packs = data_dir / "packs"
    install_pack(make_zip(tmp_path / "v1.zip", pack_files()), packs)
    svc = make_services(data_dir)
    store = svc.learner(svc.profiles.default())
    store.progress.record_open("mini.tea.taste", "mini.tea", datetime.now(UTC))
    svc.close()

    newer = pack_files(version="1.1.0")
    newer["lessons/taste.zh_CN.md"] = "## 新的一课\n慢慢品茶。\n".encode()
    result = install_pack(make_zip(tmp_path / "v11.zip", newer), packs)
    assert result.upgraded_from == "1.0.0" and result.version == "1.1.0"

    svc = make_services(data_dir)
    try:
        store = svc.learner(svc.profiles.default())
        last = store.progress.last_opened()
        assert last is not None and last.lesson_id == "mini.tea.taste"
        content = svc.catalog.lesson_content("mini.tea.taste", "zh_CN")
        assert content.blocks[0].text == "新的一课"
    finally:
        svc.close()
    assert [p.name for p in packs.iterdir()] == ["mini"]


def test_the_same_or_an_older_version_is_not_installed_again(
    tmp_path: Path, data_dir: Path
) -> None:
    packs = data_dir / "packs"
    install_pack(make_zip(tmp_path / "v2.zip", pack_files(version="2.0")), packs)
    with pytest.raises(PackError) as caught:
        install_pack(make_zip(tmp_path / "v1.zip", pack_files(version="1.0.0")), packs)
    assert "already installed" in str(caught.value)
    assert PackFolder.open(packs / "mini").manifest.version == "2.0"


def test_export_a_pack_course_then_import_it_elsewhere(
    tmp_path: Path, data_dir_with_mini: Path
) -> None:
    svc = make_services(data_dir_with_mini)
    try:
        out = tmp_path / "usb" / "walk.zip"
        assert export_course(svc.catalog.sources, svc.catalog.course("mini.walk"), out) == 2
    finally:
        svc.close()
    manifest = inspect_pack(out)
    assert [c.id for c in manifest.courses] == ["mini.walk"]
    elsewhere = tmp_path / "other"
    result = install_pack(out, elsewhere / "packs")
    assert result.lessons == 2
    assert not list((tmp_path / "usb").glob(".export-*"))
