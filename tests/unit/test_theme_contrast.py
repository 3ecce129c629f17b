"""Every theme is readable: text ≥ 7:1, focus rings and borders ≥ 3:1.

The numbers are in docs/requirements.md#accessibility.
"""

from __future__ import annotations

import pytest

from app.core.theme import THEMES, contrast_ratio, focus_ring_between


def test_contrast_maths_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme_id", sorted(THEMES))
def test_text_pairs_reach_aaa(theme_id: str) -> None:
    theme = THEMES[theme_id]
    for name, (fg, bg) in theme.text_pairs().items():
        assert contrast_ratio(fg, bg) >= 7.0, f"{theme_id} {name}: {contrast_ratio(fg, bg):.2f}"


@pytest.mark.parametrize("theme_id", sorted(THEMES))
def test_focus_rings_and_borders_reach_3_to_1(theme_id: str) -> None:
    theme = THEMES[theme_id]
    for name, (fg, bg) in theme.non_text_pairs().items():
        assert contrast_ratio(fg, bg) >= 3.0, f"{theme_id} {name}: {contrast_ratio(fg, bg):.2f}"


def test_there_are_light_dark_and_yellow_on_black_themes() -> None:
    assert set(THEMES) == {"light", "dark", "contrast"}
    assert THEMES["contrast"].background == "#000000"
    assert THEMES["contrast"].text == "#FFFF00"


@pytest.mark.parametrize("page_id", sorted(THEMES))
def test_colour_samples_show_a_3_to_1_focus_ring_on_every_page(page_id: str) -> None:
    """First-run setup draws each theme as a card on the current theme's page: the card's
    focus ring must stand out from the page and from the card itself."""
    page = THEMES[page_id]
    for card in THEMES.values():
        ring = focus_ring_between(page, card)
        assert contrast_ratio(ring, page.background) >= 3.0, (page_id, card.id)
        assert contrast_ratio(ring, card.surface) >= 3.0, (page_id, card.id)
        assert ring != card.border, "focused and unfocused cards must look different"
