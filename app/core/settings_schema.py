"""The one declarative list of learner settings.

It drives storage, validation, the settings page, export/import and the caregiver
lock: adding a setting is one line in ``SETTINGS``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.core.errors import SilverError
from app.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP


class Who(StrEnum):
    """Who may change a setting once a caregiver PIN is set."""

    LEARNER = "learner"
    CAREGIVER = "caregiver"


class SettingError(SilverError):
    default_template = QT_TRANSLATE_NOOP("Errors", "The setting “{key}” cannot be “{value}”.")


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    kind: type
    default: Any
    who: Who
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    def validate(self, value: Any) -> Any:
        """``value`` converted to this setting's type, or ``SettingError``."""
        bad = SettingError(key=self.key, value=value)
        if self.kind is bool:
            if isinstance(value, bool):
                return value
            raise bad
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise bad
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise bad
            return value
        if not isinstance(value, str) or (self.choices and value not in self.choices):
            raise bad
        return value


SPEECH_RATES: tuple[str, ...] = ("slow", "normal", "brisk")

SETTINGS: tuple[Setting, ...] = (
    Setting("text_scale", int, 100, Who.LEARNER, 100, 300),
    Setting("speech_rate", str, "slow", Who.LEARNER, choices=SPEECH_RATES),
    Setting("theme", str, "light", Who.CAREGIVER, choices=("light", "dark", "contrast")),
    Setting("line_spacing", int, 160, Who.CAREGIVER, 150, 250),
    Setting("language", str, "zh_CN", Who.CAREGIVER, choices=LANGUAGES),
    Setting("volume", int, 80, Who.CAREGIVER, 0, 100),
    Setting("voice", str, "auto", Who.CAREGIVER),
    Setting("keep_running_in_background", bool, True, Who.CAREGIVER),
    Setting("first_run_done", bool, False, Who.CAREGIVER),
)

SCHEMA: dict[str, Setting] = {s.key: s for s in SETTINGS}


def defaults() -> dict[str, Any]:
    """The settings recommended for seniors."""
    return {s.key: s.default for s in SETTINGS}


def validated(values: Mapping[str, Any]) -> dict[str, Any]:
    """Known keys validated; unknown keys dropped (old or newer exports stay importable)."""
    return {key: SCHEMA[key].validate(value) for key, value in values.items() if key in SCHEMA}
