"""Course packs load when well formed and fail with one plain message when not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import PackError
from app.core.models import BlockKind
from app.services.packs.folder import PackFolder
from tests.conftest import MINI_PACK


def copy_pack(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI_PACK, target)
    return target


def edit_manifest(folder: Path, change: Any) -> None:
    path = folder / "pack.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_mini_pack_loads_courses_lessons_and_images() -> None:
    pack = PackFolder.open(MINI_PACK, check_lessons=True)
    assert [c.id for c in pack.courses()] == ["mini.tea", "mini.walk"]
    content = pack.lesson_content("mini.tea.water", "zh_CN")
    assert content is not None
    kinds = [b.kind for b in content.blocks]
    assert kinds[:2] == [BlockKind.HEADING, BlockKind.PARAGRAPH]
    image = next(b for b in content.blocks if b.kind is BlockKind.IMAGE)
    assert image.alt == "一只白色茶杯" and Path(image.image).is_file()
    steps = [b for b in content.blocks if b.kind is BlockKind.STEP]
    assert [s.number for s in steps] == ["1", "2"]
    english = pack.lesson_content("mini.tea.water", "en")
    assert english is not None
    assert next(b for b in english.blocks if b.kind is BlockKind.IMAGE).alt == "A white tea cup"


BROKEN: list[tuple[str, Any, str]] = [
    ("missing language", lambda d: d["courses"][0]["title"].pop("en"), "no en text"),
    ("newer format", lambda d: d.update(format_version=99), "newer version"),
    (
        "duplicate lesson id",
        lambda d: d["courses"][1]["lessons"][0].update(id="mini.tea.water"),
        "twice",
    ),
    (
        "path escaping the pack",
        lambda d: d["courses"][0]["lessons"][0]["text"].update(zh_CN="../../etc/passwd"),
        "outside itself",
    ),
    (
        "absolute path",
        lambda d: d["courses"][0]["lessons"][0]["text"].update(en="/etc/passwd"),
        "outside itself",
    ),
    (
        "missing file",
        lambda d: d["courses"][0]["lessons"][0]["text"].update(en="lessons/nope.md"),
        "missing the file",
    ),
    ("bad minutes", lambda d: d["courses"][0]["lessons"][0].update(minutes="lots"), "minutes"),
    ("bad id", lambda d: d["courses"][0].update(id="bad id!"), "bad name"),
    ("unknown section", lambda d: d["courses"][0].update(section="cooking"), "section"),
    ("no courses", lambda d: d.update(courses=[]), "courses"),
]


@pytest.mark.parametrize(("case", "change", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_pack_gives_a_plain_message(
    tmp_path: Path, case: str, change: Any, message: str
) -> None:
    folder = copy_pack(tmp_path)
    edit_manifest(folder, change)
    with pytest.raises(PackError) as caught:
        PackFolder.open(folder, check_lessons=True)
    assert message in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_damaged_json_and_missing_manifest(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    (folder / "pack.json").write_text('{"format_version": 1, "id": ', encoding="utf-8")
    with pytest.raises(PackError, match="damaged"):
        PackFolder.open(folder)
    (folder / "pack.json").unlink()
    with pytest.raises(PackError, match="not a course pack"):
        PackFolder.open(folder)


def test_image_without_alt_text_is_refused(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    edit_manifest(folder, lambda d: d["courses"][0]["lessons"][0].update(images=[]))
    with pytest.raises(PackError, match="no description"):
        PackFolder.open(folder, check_lessons=True)


def test_bundled_pack_is_available_on_a_brand_new_data_dir(services: Any) -> None:
    courses = services.catalog.catalog.in_section("silver_age")
    assert len(courses) >= 2
    assert all(len(c.lessons) >= 2 for c in courses)
    assert services.catalog.problems == []
