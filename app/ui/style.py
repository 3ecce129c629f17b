"""Turn the learner's look settings (theme, text scale, spacing) into Qt style.

Sizes are in points so they follow the screen's DPI. Body text is 18 pt at 100 %;
the window chrome stops growing at 200 % so navigation stays on screen while
lesson text goes to 300 %.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.core.theme import THEMES, Theme

BODY_PT = 18.0
CHROME_MAX_SCALE = 200  # page content (tiles, labels, forms)
BAR_MAX_SCALE = 150  # navigation bar and the reader's tool rows


@dataclass(frozen=True, slots=True)
class Look:
    """The learner's look settings, and the point sizes that follow from them."""

    theme: Theme
    text_scale: int = 100  # percent, 100–300
    line_spacing: int = 160  # percent, ≥ 150

    @classmethod
    def from_settings(cls, theme: str, text_scale: int, line_spacing: int) -> Look:
        return cls(THEMES.get(theme, THEMES["light"]), text_scale, line_spacing)

    @property
    def body_pt(self) -> float:
        """Reader and content text."""
        return BODY_PT * self.text_scale / 100

    @property
    def chrome_pt(self) -> float:
        """Buttons, labels, tiles."""
        return BODY_PT * min(self.text_scale, CHROME_MAX_SCALE) / 100

    @property
    def bar_pt(self) -> float:
        """The navigation bar and tool rows, which must stay on one screen at any size."""
        return BODY_PT * min(self.text_scale, BAR_MAX_SCALE) / 100

    @property
    def chrome_factor(self) -> float:
        return min(self.text_scale, CHROME_MAX_SCALE) / 100


def apply_look(app: QApplication, look: Look) -> None:
    """Dress the application in ``look``: the style sheet below, and the text size and
    colours every widget inherits.

    The base size and text colour are the application's font and palette, not a
    style-sheet rule for every widget (``* { font-size; color }``). With that rule Qt drew
    the hint in an empty box ("Search: type a word…") in half the text colour, #8C8C8C on
    white (3.4:1), instead of the theme's muted colour (≥ 7:1, like all text)."""
    app.setStyleSheet(stylesheet(look))  # before the palette: a new style sheet resets it
    theme = look.theme
    palette = app.palette()
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
    ):
        palette.setColor(role, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(theme.muted_text))
    app.setPalette(palette)
    font = app.font()
    font.setPointSizeF(look.chrome_pt)
    app.setFont(font)


def stylesheet(look: Look) -> str:
    t = look.theme
    pt = look.chrome_pt
    return f"""
QMainWindow, QWidget#Page, QScrollArea, QScrollArea > QWidget > QWidget,
QStackedWidget, QDialog {{ background: {t.background}; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {pt * 1.45:.1f}pt; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {pt * 1.2:.1f}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {t.muted_text}; }}
QFrame#NavBar {{ background: {t.surface}; border-bottom: 3px solid {t.border}; }}
QFrame#ActionBar {{ background: {t.surface}; border-top: 3px solid {t.border}; }}
QFrame#NavBar *, QWidget#ToolRow * {{ font-size: {look.bar_pt:.1f}pt; }}
QWidget#ToolRow QLabel[role="heading"] {{ font-size: {look.bar_pt * 1.2:.1f}pt; }}
QPushButton {{
  background: {t.surface}; color: {t.text};
  border: 3px solid {t.border}; border-radius: 12px; padding: 8px 18px;
}}
QPushButton[main="true"] {{
  background: {t.accent}; color: {t.accent_text}; border-color: {t.accent};
  font-weight: bold;
}}
QPushButton[danger="true"] {{ background: {t.danger}; color: {t.danger_text}; }}
QPushButton:checked {{
  background: {t.highlight}; color: {t.highlight_text}; border-color: {t.border};
  font-weight: bold;
}}
QPushButton[main="true"]:focus, QPushButton[danger="true"]:focus {{
  background: {t.surface}; color: {t.text};
}}
QPushButton:focus, QFrame[tile="true"]:focus, QLineEdit:focus, QComboBox:focus,
QTextBrowser:focus, QSlider:focus, QListWidget:focus, QSpinBox:focus, QCheckBox:focus {{
  border: 4px solid {t.focus};
}}
QPushButton:disabled, QPushButton[main="true"]:disabled {{
  background: {t.background}; color: {t.muted_text}; border: 3px dashed {t.border};
}}
QFrame[tile="true"] {{
  background: {t.surface}; border: 3px solid {t.border}; border-radius: 16px;
}}
QFrame[tile="true"]:hover {{ border-color: {t.accent}; }}
QFrame#Banner {{ background: {t.surface}; border: 3px solid {t.focus}; border-radius: 12px; }}
QTextBrowser {{ background: {t.surface}; border: 3px solid {t.border}; border-radius: 12px; }}
QTextBrowser#Reader {{ font-size: {look.body_pt:.1f}pt; }}
QTextBrowser, QLineEdit, QTextEdit {{
  selection-background-color: {t.highlight}; selection-color: {t.highlight_text};
}}
QLineEdit, QComboBox, QSpinBox {{
  background: {t.surface}; border: 3px solid {t.border}; border-radius: 10px; padding: 6px 10px;
  min-height: 44px;
}}
QCheckBox {{ spacing: 12px; min-height: 44px; }}
QCheckBox::indicator {{ width: 32px; height: 32px; border: 3px solid {t.border};
  background: {t.surface}; }}
QCheckBox::indicator:checked {{ background: {t.accent}; }}
QScrollBar:vertical {{ width: 24px; background: {t.background}; }}
QScrollBar::handle:vertical {{ background: {t.border}; min-height: 48px; border-radius: 10px; }}
QToolTip {{ background: {t.surface}; color: {t.text}; border: 2px solid {t.border}; }}
"""
