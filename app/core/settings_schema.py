"""The one declarative list of learner settings.

It drives storage, validation, the settings page, export/import and the caregiver
lock: adding a setting is one line in ``SETTINGS``.
"""

from __future__ import annotations

import json
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


class SettingsFileError(SilverError):
    """A settings file that cannot be imported; nothing was changed."""

    default_template = QT_TRANSLATE_NOOP(
        "Errors", "This settings file cannot be used, so nothing was changed."
    )


NOT_JSON = QT_TRANSLATE_NOOP(
    "Errors", "This file is not a Silver Classroom settings file, so nothing was changed."
)
BAD_VALUE = QT_TRANSLATE_NOOP(
    "Errors",
    "In this settings file, “{key}” has a value that cannot be used, so nothing was changed.",
)


@dataclass(frozen=True, slots=True)
class Setting:
    """One learner setting: its type, default, allowed values and who may change it."""

    key: str
    label: str  # English, marked for translation; shown on the settings page
    kind: type
    default: Any
    who: Who
    minimum: int | None = None
    maximum: int | None = None
    step: int = 1  # how far one press of − / + moves an int setting
    choices: tuple[str, ...] = ()
    shown: bool = True  # on the settings page

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

    def stepped(self, value: int, direction: int) -> int:
        """``value`` moved one step up (+1) or down (−1), kept inside the range."""
        new = value + direction * self.step
        if self.minimum is not None:
            new = max(self.minimum, new)
        if self.maximum is not None:
            new = min(self.maximum, new)
        return new


SPEECH_RATES: tuple[str, ...] = ("slow", "normal", "brisk")
THEME_IDS: tuple[str, ...] = ("light", "dark", "contrast")
VOICES: tuple[str, ...] = ("auto", "female", "male")

# One line per setting: key, label, type, default (recommended for seniors), who, range, step.
# fmt: off
SETTINGS: tuple[Setting, ...] = (
    Setting("text_scale", QT_TRANSLATE_NOOP("Settings", "Text size"), int, 100, Who.LEARNER, 100, 300, 25),  # noqa: E501
    Setting("speech_rate", QT_TRANSLATE_NOOP("Settings", "Reading speed"), str, "slow", Who.LEARNER, choices=SPEECH_RATES),  # noqa: E501
    Setting("theme", QT_TRANSLATE_NOOP("Settings", "Colours"), str, "light", Who.CAREGIVER, choices=THEME_IDS),  # noqa: E501
    Setting("line_spacing", QT_TRANSLATE_NOOP("Settings", "Line spacing"), int, 160, Who.CAREGIVER, 150, 250, 10),  # noqa: E501
    Setting("voice", QT_TRANSLATE_NOOP("Settings", "Voice"), str, "auto", Who.CAREGIVER, choices=VOICES),  # noqa: E501
    Setting("volume", QT_TRANSLATE_NOOP("Settings", "Volume"), int, 80, Who.CAREGIVER, 0, 100, 10),
    Setting("language", QT_TRANSLATE_NOOP("Settings", "Language"), str, "zh_CN", Who.CAREGIVER, choices=LANGUAGES),  # noqa: E501
    Setting("keep_running_in_background", QT_TRANSLATE_NOOP("Settings", "Keep running for reminders"), bool, True, Who.CAREGIVER),  # noqa: E501
    Setting("show_key_hints", QT_TRANSLATE_NOOP("Settings", "Show keyboard keys on buttons"), bool, True, Who.CAREGIVER),  # noqa: E501
    Setting("share_record", QT_TRANSLATE_NOOP("Settings", "Share my learning record with the platform"), bool, False, Who.CAREGIVER),  # noqa: E501
    Setting("share_record_asked", QT_TRANSLATE_NOOP("Settings", "Sharing question asked"), bool, False, Who.CAREGIVER, shown=False),  # noqa: E501
    Setting("first_run_done", QT_TRANSLATE_NOOP("Settings", "First-run setup done"), bool, False, Who.CAREGIVER, shown=False),  # noqa: E501
)
# fmt: on

# How a choice is shown (English, translated at display time). Languages are shown in
# their own language so a person who cannot read the current one still finds theirs.
CHOICE_LABELS: dict[str, str] = {
    "slow": QT_TRANSLATE_NOOP("Settings", "Slow"),
    "normal": QT_TRANSLATE_NOOP("Settings", "Normal"),
    "brisk": QT_TRANSLATE_NOOP("Settings", "Brisk"),
    "light": QT_TRANSLATE_NOOP("Themes", "Light"),
    "dark": QT_TRANSLATE_NOOP("Themes", "Dark"),
    "contrast": QT_TRANSLATE_NOOP("Themes", "Yellow on black"),
    "auto": QT_TRANSLATE_NOOP("Settings", "Automatic"),
    "female": QT_TRANSLATE_NOOP("Settings", "Female voice"),
    "male": QT_TRANSLATE_NOOP("Settings", "Male voice"),
}
LANGUAGE_NAMES: dict[str, str] = {"zh_CN": "中文", "en": "English"}

SCHEMA: dict[str, Setting] = {s.key: s for s in SETTINGS}

# Kept by "reset to recommended": the person's language and that setup has been done.
KEPT_ON_RESET: frozenset[str] = frozenset({"language", "first_run_done"})
EXPORT_FORMAT = "silver-classroom-settings"


def defaults() -> dict[str, Any]:
    """The settings recommended for seniors."""
    return {s.key: s.default for s in SETTINGS}


def recommended(current: Mapping[str, Any]) -> dict[str, Any]:
    """``current`` reset to the recommended values, keeping language and setup state."""
    return {**defaults(), **{k: v for k, v in current.items() if k in KEPT_ON_RESET}}


def validated(values: Mapping[str, Any]) -> dict[str, Any]:
    """Known keys validated; unknown keys dropped (old or newer exports stay importable)."""
    return {key: SCHEMA[key].validate(value) for key, value in values.items() if key in SCHEMA}


def learner_may_change(key: str, caregiver_unlocked: bool) -> bool:
    """True when ``key`` may be changed now: learner settings always, the rest when unlocked."""
    setting = SCHEMA.get(key)
    return setting is not None and (setting.who is Who.LEARNER or caregiver_unlocked)


def to_json(values: Mapping[str, Any]) -> str:
    """The settings as the JSON text of an export file."""
    body = {"format": EXPORT_FORMAT, "version": 1, "settings": validated(values)}
    return json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def from_json(text: str) -> dict[str, Any]:
    """The settings in an export file's text; ``SettingsFileError`` saying why if unusable.

    All or nothing: one bad value rejects the whole file, so an import never half-applies.
    """
    try:
        body = json.loads(text)
    except ValueError:
        raise SettingsFileError(NOT_JSON) from None
    if (
        not isinstance(body, dict)
        or body.get("format") != EXPORT_FORMAT
        or not isinstance(body.get("settings"), dict)
    ):
        raise SettingsFileError(NOT_JSON)
    clean: dict[str, Any] = {}
    for key, value in body["settings"].items():
        if key not in SCHEMA:
            continue
        try:
            clean[key] = SCHEMA[key].validate(value)
        except SettingError:
            raise SettingsFileError(BAD_VALUE, key=key) from None
    return clean
