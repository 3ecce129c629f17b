"""First-run setup: a few large steps (language, text size, colours, sound), each skippable.

Every choice is applied at once, so the next step is already shown the way the
person chose; all of it can be changed later on the settings page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.core.i18n import LANGUAGES
from app.core.ports import Speaker
from app.core.settings_schema import LANGUAGE_NAMES, SCHEMA, SPEECH_RATES, THEME_IDS
from app.core.theme import THEMES, Theme, focus_ring_between
from app.ui.pages.base import Page
from app.ui.pages.grid import TileGrid
from app.ui.pages.settings import CHECK, choice_label
from app.ui.style import BODY_PT, Look
from app.ui.widgets import BigButton, Tile, heading, reveal

STEPS = ("language", "size", "colours", "sound", "done")
SAMPLE_SCALES = (100, 150, 200, 250, 300)


@dataclass
class WelcomeState:
    """Which step is showing; kept by the composition root so a rebuild (after a
    language or size change) returns to the same step."""

    step: int = 0
    focus: str = ""  # the choice pressed before a rebuild, focused again afterwards

    def go_to(self, name: str) -> None:
        """Show step ``name`` (``welcome:size`` …); "" keeps the current step."""
        if name in STEPS:
            self.step = STEPS.index(name)


class WelcomePage(Page):
    """Emits ``change_requested(values)`` for each choice and ``finished()`` at the end."""

    change_requested = Signal(dict)
    finished = Signal()

    def __init__(
        self,
        values: Mapping[str, Any],
        look: Look,
        state: WelcomeState,
        speaker: Speaker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._values = dict(values)
        self._look = look
        self._state = state
        self._speaker = speaker
        self.choices: list[QWidget] = []
        step = STEPS[state.step]
        self.column.addWidget(
            heading(self.tr("Setting up, step {n} of {total}").format(n=state.step + 1,
                                                                      total=len(STEPS)), "muted")
        )  # fmt: skip
        getattr(self, f"_step_{step}")()
        self._navigation(step)
        self.column.addStretch(1)

    # ---------------------------------------------------------------- steps
    def _step_language(self) -> None:
        self.column.addWidget(heading("欢迎！请选择语言。 Welcome! Please choose a language."))
        grid = TileGrid(10, fit_widest=True)
        for lang in LANGUAGES:
            grid.add(self._choice("language", lang, LANGUAGE_NAMES[lang]))
        self.column.addWidget(grid)

    def _step_size(self) -> None:
        self.column.addWidget(heading(self.tr("Which size can you read comfortably?")))
        self.column.addWidget(self._text(self.tr("Choose the first sample that is easy to read.")))
        for scale in SAMPLE_SCALES:
            tile = self._tile(
                self.tr("Can you read this comfortably?"),
                self.tr("Text size {n}%").format(n=scale),
                "text_scale",
                scale,
            )
            tile.title_label.setStyleSheet(f"font-size: {BODY_PT * scale / 100:.1f}pt;")
            self.column.addWidget(tile)

    def _step_colours(self) -> None:
        self.column.addWidget(heading(self.tr("Which colours are easiest for your eyes?")))
        for theme_id in THEME_IDS:
            theme = THEMES[theme_id]
            tile = self._tile(
                self.tr("Can you read this comfortably?"), choice_label(theme_id), "theme", theme_id
            )
            tile.setStyleSheet(theme_sample_style(theme, self._look.theme))
            self.column.addWidget(tile)

    def _step_sound(self) -> None:
        self.column.addWidget(heading(self.tr("Can you hear this?")))
        self.column.addWidget(
            self._text(self.tr("Press the button to hear a sentence. Make it louder or slower."))
        )
        self.play = BigButton(
            self.tr("Play the test sound"),
            main=True,
            description=self.tr("Hear a sentence with this volume and speed"),
        )
        self.play.setObjectName("play")
        self.play.activated.connect(self.play_sample)
        self.column.addWidget(self.play, 0, Qt.AlignmentFlag.AlignLeft)
        volume = int(self._values["volume"])
        self.column.addWidget(heading(self.tr("Volume: {n}%").format(n=volume), "heading"))
        grid = TileGrid(10, fit_widest=True)
        setting = SCHEMA["volume"]
        for direction, text in ((-1, self.tr("Quieter")), (1, self.tr("Louder"))):
            new = setting.stepped(volume, direction)
            button = self._button(text, "volume", new)
            button.setEnabled(new != volume)
            grid.add(button)
        self.column.addWidget(grid)
        self.column.addWidget(heading(self.tr("Reading speed"), "heading"))
        speeds = TileGrid(10, fit_widest=True)
        for rate in SPEECH_RATES:
            speeds.add(self._choice("speech_rate", rate, choice_label(rate)))
        self.column.addWidget(speeds)

    def _step_done(self) -> None:
        self.column.addWidget(heading(self.tr("All set!")))
        self.column.addWidget(
            self._text(
                self.tr(
                    "You can change all of this later: on the home screen, open “Settings”. "
                    "Press “Start learning” to begin."
                )
            )
        )

    # ---------------------------------------------------------------- parts
    def _text(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _button(self, text: str, key: str, value: Any) -> BigButton:
        button = BigButton(
            text, description=self.tr("Press to choose “{option}”").format(option=text)
        )
        button.setObjectName(f"{key}:{value}")
        button.activated.connect(lambda: self._choose(key, value))
        self.choices.append(button)
        return button

    def _choice(self, key: str, value: str, text: str) -> BigButton:
        chosen = self._values.get(key) == value
        button = self._button(CHECK + text if chosen else text, key, value)
        button.setAccessibleName(text)
        button.setCheckable(True)
        button.setChecked(chosen)
        return button

    def _tile(self, title: str, detail: str, key: str, value: Any) -> Tile:
        chosen = self._values.get(key) == value
        tile = Tile(title, CHECK + detail if chosen else detail)
        tile.setObjectName(f"{key}:{value}")
        tile.setAccessibleName(f"{detail}: {title}")
        said = (
            self.tr("This is chosen now: “{option}”")
            if chosen
            else self.tr("Press to choose “{option}”")
        )
        tile.setAccessibleDescription(CHECK * chosen + said.format(option=detail))
        tile.activated.connect(lambda: self._choose(key, value))
        self.choices.append(tile)
        return tile

    def _navigation(self, step: str) -> None:
        row = QHBoxLayout()
        row.setSpacing(16)
        if self._state.step > 0:
            self.previous = BigButton(
                self.tr("Previous step"), description=self.tr("Go back one step")
            )
            self.previous.activated.connect(lambda: self._go(-1))
            row.addWidget(self.previous)
        row.addStretch(1)
        if step == "done":
            self.next = BigButton(
                self.tr("Start learning"),
                main=True,
                description=self.tr("Finish setting up and go to the home screen"),
            )
            self.next.activated.connect(self.finished.emit)
        else:
            self.skip = BigButton(
                self.tr("Skip this step"), description=self.tr("Keep this as it is and go on")
            )
            self.skip.activated.connect(lambda: self._go(1))
            row.addWidget(self.skip)
            self.next = BigButton(
                self.tr("Next"), main=True, description=self.tr("Go to the next step")
            )
            self.next.activated.connect(lambda: self._go(1))
        row.addWidget(self.next)
        self.pin_actions(row)

    # ---------------------------------------------------------------- acting
    def _choose(self, key: str, value: Any) -> None:
        if self._values.get(key) != value:
            self._state.focus = f"{key}:{value}"
            self.change_requested.emit({key: value})

    def _go(self, delta: int) -> None:
        step = max(0, min(len(STEPS) - 1, self._state.step + delta))
        self.navigate.emit(f"welcome:{STEPS[step]}")

    def play_sample(self) -> None:
        self._speaker.speak(
            self.tr("Can you hear this? This is how lessons will be read to you."),
            str(self._values.get("language", "zh_CN")),
        )

    def title(self) -> str:
        return self.tr("Welcome")

    def help_text(self) -> str:
        return self.tr(
            "This is the first-time setup. Choose what suits you on each step, or press "
            "“Skip this step”. Press “Next” to go on. Everything can be changed later "
            "in Settings."
        )

    def main_actions(self) -> list[QWidget]:
        return [self.next]

    def first_focus(self) -> QWidget | None:
        name, self._state.focus = self._state.focus, ""
        again = self.findChild(QWidget, name) if name else None
        if isinstance(again, QWidget) and again.isEnabled():
            reveal(again)
            return again
        play = getattr(self, "play", None)
        return play or (self.choices[0] if self.choices else self.next)


def theme_sample_style(theme: Theme, page: Theme) -> str:
    """A tile drawn in ``theme``'s own colours on a ``page`` in the app's current theme;
    its focus ring stands out from both (``focus_ring_between``)."""
    ring = focus_ring_between(page, theme)
    return (
        f'QFrame[tile="true"] {{ background: {theme.surface}; border: 3px solid {theme.border};'
        f" border-radius: 16px; }}"
        f' QFrame[tile="true"]:focus {{ border: 4px solid {ring}; }}'
        f" QLabel {{ color: {theme.text}; }}"
        f' QLabel[role="muted"] {{ color: {theme.muted_text}; }}'
    )
