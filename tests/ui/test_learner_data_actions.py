"""The caregiver screen saves a learner's data to a file and brings it back in."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.core.errors import SilverError
from app.services.profile_transfer import ProfileTransfer
from app.services.translations import install_language
from app.ui.learner_data_actions import learner_data_actions
from tests.conftest import make_services
from tests.ui.files import AnswerWith


def test_save_then_bring_back_a_learners_data(qapp: Any, data_dir: Path, tmp_path: Path) -> None:
    install_language(qapp, "en")  # the messages checked below are the English ones
    services = make_services(data_dir)
    try:
        profile = services.profiles.default()
        store = services.learner(profile)
        store.settings.save({"text_scale": 175})
        said: list[str] = []
        restarted: list[str] = []
        target = tmp_path / "me.json"
        transfer = ProfileTransfer(
            services.paths, services.profiles, services.machine, services.release
        )
        actions = dict(
            (name, act)
            for name, _label, act in learner_data_actions(
                transfer,
                profile,
                lambda: services.learner(profile).conn,
                AnswerWith(target),
                lambda exc: str(exc),
                said.append,
                restarted.append,
            )
        )
        actions["export_data"]()
        data = json.loads(target.read_text(encoding="utf-8"))
        assert data["settings"]["text_scale"] == 175 and "saved" in said[-1]

        services.learner(profile).settings.save({"text_scale": 300})
        actions["import_data"]()
        assert restarted == [profile.id]  # the session starts again on the new data
        assert services.learner(profile).settings.load()["text_scale"] == 175

        target.write_text("{ broken", encoding="utf-8")
        actions["import_data"]()
        assert restarted == [profile.id] and said[-1]  # a plain message, nothing changed
        assert services.learner(profile).settings.load()["text_scale"] == 175
    finally:
        services.close()


def test_error_text_is_used_for_a_bad_file(data_dir: Path, tmp_path: Path) -> None:
    services = make_services(data_dir)
    try:
        profile = services.profiles.default()
        bad = tmp_path / "bad.json"
        bad.write_bytes(b"\x00\x01binary")
        said: list[str] = []
        transfer = ProfileTransfer(
            services.paths, services.profiles, services.machine, services.release
        )
        actions = learner_data_actions(
            transfer,
            profile,
            lambda: services.learner(profile).conn,
            AnswerWith(bad),
            lambda exc: f"PLAIN: {exc}" if isinstance(exc, SilverError) else "?",
            said.append,
            lambda _id: None,
        )
        dict((n, a) for n, _l, a in actions)["import_data"]()
        assert said and said[0].startswith("PLAIN: ")
    finally:
        services.close()
