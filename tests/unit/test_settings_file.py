"""Settings travel to another computer as JSON; a bad file changes nothing and says why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core import settings_schema as schema
from app.core.errors import SaveError
from app.core.settings_schema import SettingsFileError
from app.services.settings_file import export_settings, import_settings


def test_export_then_import_gives_the_same_settings(tmp_path: Path) -> None:
    chosen = {**schema.defaults(), "text_scale": 225, "theme": "contrast", "language": "en"}
    path = tmp_path / "mum.json"
    export_settings(path, chosen)
    assert json.loads(path.read_text("utf-8"))["format"] == schema.EXPORT_FORMAT
    assert import_settings(path) == chosen
    assert [p.name for p in tmp_path.iterdir()] == ["mum.json"]  # no temporary file left


def test_export_replaces_an_old_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("old", encoding="utf-8")
    export_settings(path, schema.defaults())
    assert import_settings(path) == schema.defaults()


def test_export_to_a_missing_folder_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as caught:
        export_settings(tmp_path / "nowhere" / "s.json", schema.defaults())
    assert "could not be saved" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("{not json", "not a Silver Classroom settings file"),
        ('{"format": "something-else", "settings": {}}', "not a Silver Classroom settings file"),
        ("[1, 2]", "not a Silver Classroom settings file"),
        (
            '{"format": "silver-classroom-settings", "settings": {"text_scale": 900}}',
            "“text_scale” has a value that cannot be used",
        ),
        (
            '{"format": "silver-classroom-settings", "settings": {"theme": "pink"}}',
            "“theme” has a value that cannot be used",
        ),
    ],
)
def test_a_malformed_file_is_refused_with_the_reason(
    tmp_path: Path, content: str, why: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsFileError) as caught:
        import_settings(path)
    assert why in str(caught.value) and "nothing was changed" in str(caught.value)


def test_unknown_keys_from_a_newer_version_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "newer.json"
    body = {"format": schema.EXPORT_FORMAT, "settings": {"volume": 40, "sparkles": True}}
    path.write_text(json.dumps(body), encoding="utf-8")
    assert import_settings(path) == {"volume": 40}


def test_learner_may_change_text_size_and_speed_only_while_locked() -> None:
    open_now = [s.key for s in schema.SETTINGS if schema.learner_may_change(s.key, False)]
    assert open_now == ["text_scale", "speech_rate"]
    assert all(schema.learner_may_change(s.key, True) for s in schema.SETTINGS)


def test_recommended_settings_keep_the_language() -> None:
    mine = {**schema.defaults(), "language": "en", "text_scale": 300, "first_run_done": True}
    reset = schema.recommended(mine)
    assert reset["language"] == "en" and reset["first_run_done"] is True
    assert reset["text_scale"] == 100 and reset["theme"] == "light"
