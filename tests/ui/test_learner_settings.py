"""The learner's live settings: saved first, then applied, then announced."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.errors import SilverError
from app.core.settings_schema import validated
from app.ui.learner_settings import LearnerSettings


def test_an_update_is_saved_then_announced_and_read_back_typed(qapp: Any) -> None:
    saved: list[dict[str, Any]] = []
    announced: list[tuple[dict[str, Any], str]] = []
    settings = LearnerSettings({"text_scale": 150}, saved.append)
    settings.changed.connect(lambda changes: announced.append((changes, settings.theme)))
    assert settings.text_scale == 150 and settings.language == "zh_CN"  # defaults fill in
    settings.update({"theme": "dark"})
    assert saved == [{"theme": "dark"}]
    assert announced == [({"theme": "dark"}, "dark")]  # applied before it is announced
    assert settings.look().text_scale == 150 and settings.values()["theme"] == "dark"


def test_a_refused_value_changes_nothing(qapp: Any) -> None:
    def save(changes: dict[str, Any]) -> None:
        validated(changes)

    settings = LearnerSettings({}, save)
    announced: list[object] = []
    settings.changed.connect(announced.append)
    with pytest.raises(SilverError):
        settings.update({"text_scale": 5000})
    assert settings.text_scale == 100 and announced == []
