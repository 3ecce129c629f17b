"""Admin verbs for classroom IT: sync, catalog --search --json, import-pack, export-pack."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.__main__ import main
from tests.conftest import MINI_PACK
from tests.reference_server import Catalog, ReferenceServer, running_server


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    with running_server(Catalog(n_courses=4, lessons_per_course=2)) as srv:
        yield srv


def admin(capsys: Any, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["admin", *args, "--data-dir", str(data_dir), "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def test_sync_prints_counts_and_remembers_the_address(
    capsys: Any, data_dir: Path, server: ReferenceServer
) -> None:
    server.catalog.extra[1] = [{"id": "broken", "title": None}]
    code, out, err = admin(capsys, data_dir, "sync", "--api-base", server.base)
    assert code == 0
    assert out.splitlines() == ["Topics: 5", "Courses: 4", "Lessons: 8", "Skipped items: 1"]
    assert "Skipped:" in err
    code, out, _ = admin(capsys, data_dir, "sync")  # no --api-base: the remembered one
    assert code == 0 and "Courses: 4" in out


def test_sync_with_the_server_down_fails_plainly_and_keeps_the_cache(
    capsys: Any, data_dir: Path, server: ReferenceServer
) -> None:
    assert admin(capsys, data_dir, "sync", "--api-base", server.base)[0] == 0
    server.faults.down = True
    code, out, err = admin(capsys, data_dir, "sync")
    assert code == 1 and out == ""
    assert "cannot be reached" in err and "Traceback" not in err
    code, out, _ = admin(capsys, data_dir, "catalog", "--json")
    platform = [row for row in json.loads(out) if row["source"] == "platform"]
    assert len(platform) == 4


def test_sync_with_an_unreadable_index_exits_1(
    capsys: Any, data_dir: Path, server: ReferenceServer
) -> None:
    server.faults.invalid_json.add("data_version")
    code, _, err = admin(capsys, data_dir, "sync", "--api-base", server.base)
    assert code == 1 and "could not read" in err


def test_sync_without_any_address_says_how_to_set_one(capsys: Any, data_dir: Path) -> None:
    code, _, err = admin(capsys, data_dir, "sync")
    assert code == 1 and "--api-base" in err


def test_catalog_search_json_is_only_json(
    capsys: Any, data_dir_with_mini: Path, server: ReferenceServer
) -> None:
    admin(capsys, data_dir_with_mini, "sync", "--api-base", server.base)
    code, out, _ = admin(capsys, data_dir_with_mini, "catalog", "--search", "太极", "--json")
    assert code == 0
    rows = {r["id"]: r for r in json.loads(out)}
    assert "c00001" in rows and "c00000" not in rows and "mini.walk" not in rows
    assert set(rows["c00001"]) >= {"id", "title", "topic", "lesson_count", "source"}
    assert rows["c00001"]["lesson_count"] == 2 and rows["c00001"]["source"] == "platform"
    code, out, _ = admin(capsys, data_dir_with_mini, "catalog", "--json", "--search", "sanbu")
    ids = [r["id"] for r in json.loads(out)]
    assert "mini.walk" in ids and "c00001" not in ids


def test_import_and_export_pack(capsys: Any, data_dir: Path, tmp_path: Path) -> None:
    archive = tmp_path / "mini.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in MINI_PACK.rglob("*"):
            if path.is_file():
                zf.write(path, path.relative_to(MINI_PACK).as_posix())
    code, out, _ = admin(capsys, data_dir, "import-pack", str(archive))
    assert code == 0 and "Installed pack mini 1.0.0: 2 courses, 4 lessons." in out
    code, _, err = admin(capsys, data_dir, "import-pack", str(archive))
    assert code == 1 and "already installed" in err
    out_zip = tmp_path / "tea.zip"
    code, out, _ = admin(capsys, data_dir, "export-pack", "mini.tea", str(out_zip))
    assert code == 0 and out_zip.is_file()
    code, _, err = admin(capsys, data_dir, "export-pack", "no.such.course", str(out_zip))
    assert code == 1 and err.strip()


def test_export_of_a_saved_platform_course_makes_a_valid_pack(
    capsys: Any, data_dir: Path, server: ReferenceServer, tmp_path: Path
) -> None:
    from app.services.platform_sync import PlatformSync
    from tests.conftest import make_services

    admin(capsys, data_dir, "sync", "--api-base", server.base)
    code, _, err = admin(capsys, data_dir, "export-pack", "c00000", str(tmp_path / "x.zip"))
    assert code == 1 and "Save this course for offline" in err
    svc = make_services(data_dir)
    try:
        assert PlatformSync(svc.platform, svc.catalog).save_course("c00000").lessons == 2
    finally:
        svc.close()
    code, out, _ = admin(capsys, data_dir, "export-pack", "c00000", str(tmp_path / "x.zip"))
    assert code == 0
    other = tmp_path / "other"
    code, out, _ = admin(capsys, other, "import-pack", str(tmp_path / "x.zip"))
    assert code == 0 and "1 courses, 2 lessons" in out
