"""Quality gates for the bundled silver-age pack: every lesson is long enough, short-sentenced,
bilingual, illustrated with alt text, and ends with a "remember this" summary."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.core.lesson_text import build_lesson_view
from app.core.models import BlockKind, LessonContent
from app.core.sections import TOPICS
from app.core.sentences import split_sentences
from app.services.packs.folder import PackFolder
from app.services.paths import resources_dir

PACK_DIR = resources_dir() / "packs" / "silver-basics"
PACK = PackFolder.open(PACK_DIR, check_lessons=True)  # validates the whole pack
LESSONS = sorted(PACK.manifest.lessons)
CJK = re.compile(r"[\u4e00-\u9fff]")
THEMES = {"smartphone", "videocall", "scams", "health", "taichi", "calligraphy"}


def content(lesson_id: str, lang: str) -> LessonContent:
    found = PACK.lesson_content(lesson_id, lang)
    assert found is not None and found.lang == lang
    return found


def test_six_courses_one_per_theme_with_at_least_four_lessons() -> None:
    courses = PACK.courses()
    assert {c.id.split(".")[1] for c in courses} == THEMES
    for course in courses:
        assert len(course.lessons) >= 4, course.id
        assert course.section == "silver_age"
        assert course.topics and set(course.topics) <= set(TOPICS), course.id
        assert set(course.title) == set(course.description) == {"zh_CN", "en"}


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_chinese_lesson_is_long_enough_with_short_sentences(lesson_id: str) -> None:
    lesson = content(lesson_id, "zh_CN")
    view = build_lesson_view(lesson, "", "记住这几点")
    assert len(CJK.findall(view.text)) >= 600
    for sentence in split_sentences(view.text):
        assert len(CJK.findall(sentence.text)) <= 60, sentence.text


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_lesson_structure_short_paragraphs_steps_and_summary(lesson_id: str) -> None:
    for lang in ("zh_CN", "en"):
        blocks = content(lesson_id, lang).blocks
        assert blocks[-1].kind is BlockKind.REMEMBER, (lesson_id, lang)
        summary = [b for b in blocks if b.kind is BlockKind.REMEMBER]
        assert 3 <= len(summary) <= 5
        assert all(b.kind is BlockKind.REMEMBER for b in blocks[-len(summary) :])
        for block in blocks:
            if block.kind is BlockKind.PARAGRAPH:
                assert len(split_sentences(block.text)) <= 3, (lesson_id, block.text)
        steps = [b for b in blocks if b.kind is BlockKind.STEP]
        assert all(s.number.isdigit() for s in steps)


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_english_version_follows_the_chinese_block_by_block(lesson_id: str) -> None:
    zh = content(lesson_id, "zh_CN").blocks
    en = content(lesson_id, "en").blocks
    assert [b.kind for b in zh] == [b.kind for b in en]
    assert [b.number for b in zh] == [b.number for b in en]
    assert [Path(b.image).name for b in zh] == [Path(b.image).name for b in en]
    english_words = sum(len(b.text.split()) for b in en)
    assert english_words >= 250, english_words


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_every_lesson_has_an_illustration_with_alt_text_in_both_languages(lesson_id: str) -> None:
    lesson = PACK.manifest.lessons[lesson_id]
    assert lesson.images, lesson_id
    for image in lesson.images:
        assert image.alt["zh_CN"].strip() and image.alt["en"].strip()
        root = ET.parse(PACK_DIR / image.file).getroot()
        assert root.tag.endswith("svg")
        text = (PACK_DIR / image.file).read_text(encoding="utf-8")
        assert "<script" not in text and 'href="http' not in text
    for lang in ("zh_CN", "en"):
        shown = [b for b in content(lesson_id, lang).blocks if b.kind is BlockKind.IMAGE]
        assert shown and all(b.alt for b in shown)


def test_metadata_minutes_and_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", PACK.manifest.version)
    for lesson in PACK.manifest.lessons.values():
        assert 3 <= lesson.ref.minutes <= 30
