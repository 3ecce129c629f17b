"""Catalog search on a real SQLite FTS5 index: two-character Chinese, longer words, pinyin."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.search_text import index_terms, text_query
from app.services.search import pinyin_terms
from tests.conftest import make_services


@pytest.fixture
def search(data_dir_with_mini: Path) -> Iterator[Any]:
    svc = make_services(data_dir_with_mini)
    svc.platform.search.refresh(svc.catalog.sources)
    yield svc.platform.search
    svc.close()


@pytest.mark.parametrize(
    ("query", "course"),
    [
        ("散步", "mini.walk"),  # two characters, in a course title
        ("品茶", "mini.tea"),  # two characters, in a lesson title
        ("饭后散步", "mini.walk"),  # four characters
        ("水壶", "mini.tea"),  # two characters inside a lesson's text
        ("茶", "mini.tea"),  # one character
        ("sanbu", "mini.walk"),  # full pinyin
        ("sb", "mini.walk"),  # pinyin initials
        ("paoyibei", "mini.tea"),  # pinyin prefix while typing
        ("haocha", "mini.tea"),  # pinyin from the middle of a title
        ("walk", "mini.walk"),  # English title
        ("tast", "mini.tea"),  # an English word while it is being typed
    ],
)
def test_search_finds_the_course(search: Any, query: str, course: str) -> None:
    assert course in search.course_ids(query)


def test_search_does_not_find_unrelated_courses(search: Any) -> None:
    assert "mini.tea" not in search.course_ids("散步")
    assert search.course_ids("火箭") == []


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "(*", "NEAR(", "'", "   ", "^", "-"])
def test_odd_input_never_breaks_search(search: Any, query: str) -> None:
    assert isinstance(search.course_ids(query), list)


def test_refresh_skips_sources_that_did_not_change(data_dir_with_mini: Path) -> None:
    svc = make_services(data_dir_with_mini)
    try:
        assert svc.platform.search.refresh(svc.catalog.sources) > 0
        assert svc.platform.search.refresh(svc.catalog.sources) == 0
    finally:
        svc.close()


def test_bigram_terms_and_queries() -> None:
    assert index_terms("书法入门") == "书法 法入 入门 门"
    assert text_query("书法") == '"书法"'
    assert text_query("书法入门") == '"书法 法入 入门"'
    assert text_query("书") == '"书"*'
    assert "taijiquan" in pinyin_terms("学太极拳").split()
    assert "tjq" in pinyin_terms("学太极拳").split()
