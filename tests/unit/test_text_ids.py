"""Text ids: a lesson's own text, and the texts its materials make (app/core/text_ids.py)."""

from __future__ import annotations

import pytest

from app.core.materials import index_of_part, lesson_materials, text_part
from app.core.platform_contract import TiItem
from app.core.text_ids import is_material_text, material_text_id, part_name, split_text_id


def item(fmt: str, name: str) -> TiItem:
    return TiItem(fmt, (f"https://cdn.example/{name}",), 0, "", 60, "")


def test_a_material_text_id_splits_back_into_its_lesson_and_part() -> None:
    assert material_text_id("m1-l0", part_name("handout", 2)) == "m1-l0#handout-2"
    assert split_text_id("m1-l0#handout-2") == ("m1-l0", "handout-2")
    assert split_text_id("m1-l0#video") == ("m1-l0", "video")
    assert split_text_id("m1-l0") == ("m1-l0", "")
    # A lesson id that merely holds "#" is a lesson's own text.
    assert split_text_id("odd#id") == ("odd#id", "")
    assert split_text_id("x#handout-1") == ("x#handout-1", "")
    assert is_material_text("m1-l0#audio") and not is_material_text("m1-l0")
    with pytest.raises(ValueError):
        part_name("text")


def test_each_material_has_its_own_part_in_strip_order() -> None:
    items = (
        item("pdf", "a.pdf"),
        item("mp4", "v.mp4"),
        item("mp3", "one.mp3"),
        item("pdf", "b.pdf"),
        item("mp3", "two.mp3"),
    )
    materials = lesson_materials(items, has_text=True)
    parts = [text_part(materials, i) for i in range(len(materials))]
    assert parts == ["video", "handout", "handout-2", "audio", "audio-2", ""]
    assert index_of_part(materials, "handout-2") == 2
    assert index_of_part(materials, "handout-3") is None
    assert materials[index_of_part(materials, "handout-2") or 0].item == items[3]
