"""The one HLS rendition "Save for offline" keeps."""

from __future__ import annotations

import pytest

from app.core.hls_choice import Rendition, choose_rendition, estimated_bytes

LADDER = [Rendition(1080, 5_000_000), Rendition(360, 800_000), Rendition(720, 2_500_000)]


def test_the_lowest_at_or_above_480_is_kept() -> None:
    assert choose_rendition(LADDER) == 2  # 720, not 1080
    assert choose_rendition([*LADDER, Rendition(480, 1_200_000)]) == 3


def test_the_highest_below_480_when_none_reaches_it() -> None:
    assert choose_rendition([Rendition(240, 300_000), Rendition(360, 800_000)]) == 1
    assert choose_rendition([Rendition(360, 900_000), Rendition(360, 700_000)]) == 0


def test_equal_heights_prefer_the_smaller_stream_at_or_above() -> None:
    assert choose_rendition([Rendition(720, 3_000_000), Rendition(720, 2_000_000)]) == 1


def test_unknown_heights_count_as_the_lowest() -> None:
    assert choose_rendition([Rendition(0, 100), Rendition(360, 800_000)]) == 1
    assert choose_rendition([Rendition(0, 100), Rendition(0, 900)]) == 1


def test_a_caregiver_may_ask_for_another_height() -> None:
    assert choose_rendition(LADDER, target=1080) == 0
    assert choose_rendition(LADDER, target=240) == 1
    assert choose_rendition(LADDER, target=2160) == 0  # none reaches: the highest


def test_no_rendition_is_an_error() -> None:
    with pytest.raises(ValueError):
        choose_rendition([])


def test_size_estimate() -> None:
    assert estimated_bytes(800_000, 10) == 1_000_000
    assert estimated_bytes(0, 10) == 0
