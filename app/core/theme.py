"""Colour themes and the WCAG contrast maths that keeps them readable.

Every theme must give text ≥ 7:1 (AAA) against its backgrounds, and focus rings
and icons ≥ 3:1 (docs/requirements.md#accessibility); tests compute this from the values below.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Theme:
    """One colour theme; tests check each of its colour pairs against the WCAG contrast rules."""

    id: str
    name: str  # English source text, translated at display time
    background: str
    surface: str  # cards, tiles
    text: str
    muted_text: str  # secondary text: still ≥ 7:1
    accent: str  # main buttons
    accent_text: str
    highlight: str  # the sentence being read
    highlight_text: str
    focus: str  # focus ring
    border: str  # tile borders, icons
    danger: str  # destructive buttons
    danger_text: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (foreground, background) pair that shows text."""
        return {
            "text/background": (self.text, self.background),
            "text/surface": (self.text, self.surface),
            "muted/background": (self.muted_text, self.background),
            "muted/surface": (self.muted_text, self.surface),
            "accent_text/accent": (self.accent_text, self.accent),
            "highlight_text/highlight": (self.highlight_text, self.highlight),
            "danger_text/danger": (self.danger_text, self.danger),
        }

    def non_text_pairs(self) -> dict[str, tuple[str, str]]:
        """Focus rings and borders/icons against what they sit on (≥ 3:1).

        A focused main button switches to the surface fill (see ui/style.py), so its
        ring always sits between the background and the surface.
        """
        return {
            "focus/background": (self.focus, self.background),
            "focus/surface": (self.focus, self.surface),
            "border/background": (self.border, self.background),
            "border/surface": (self.border, self.surface),
        }


THEMES: dict[str, Theme] = {
    "light": Theme(
        id="light",
        name=QT_TRANSLATE_NOOP("Themes", "Light"),
        background="#FBF8F1",
        surface="#FFFFFF",
        text="#1A1A1A",
        muted_text="#3A3A3A",
        accent="#0B4F8A",
        accent_text="#FFFFFF",
        highlight="#FFE58A",
        highlight_text="#000000",
        focus="#C2410C",
        border="#5A5A5A",
        danger="#8B1A1A",
        danger_text="#FFFFFF",
    ),
    "dark": Theme(
        id="dark",
        name=QT_TRANSLATE_NOOP("Themes", "Dark"),
        background="#121212",
        surface="#1E1E1E",
        text="#F2F2F2",
        muted_text="#D0D0D0",
        accent="#BFDBFE",
        accent_text="#0A1A2F",
        highlight="#3B2F00",
        highlight_text="#FFF3B0",
        focus="#FDBA74",
        border="#A0A0A0",
        danger="#FECACA",
        danger_text="#3B0000",
    ),
    "contrast": Theme(
        id="contrast",
        name=QT_TRANSLATE_NOOP("Themes", "Yellow on black"),
        background="#000000",
        surface="#000000",
        text="#FFFF00",
        muted_text="#FFFF66",
        accent="#FFFF00",
        accent_text="#000000",
        highlight="#FFFFFF",
        highlight_text="#000000",
        focus="#00FFFF",
        border="#FFFF00",
        danger="#FF9999",
        danger_text="#000000",
    ),
}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#RRGGBB``."""
    hex_ = colour.lstrip("#")
    if len(hex_) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    r, g, b = (int(hex_[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two colours, 1.0 … 21.0."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def focus_ring_between(outer: Theme, inner: Theme) -> str:
    """A focus-ring colour for a card drawn in ``inner``'s colours on ``outer``'s page
    (the colour samples of the first-run setup): the first of the two themes' focus
    colours that stands out ≥ 3:1 from both the page and the card, else the best one."""
    candidates = (outer.focus, inner.focus, outer.text, inner.text)

    def weakest(colour: str) -> float:
        return min(contrast_ratio(colour, outer.background), contrast_ratio(colour, inner.surface))

    for colour in candidates:
        if weakest(colour) >= 3.0:
            return colour
    return max(candidates, key=weakest)
