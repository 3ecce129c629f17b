"""A classroom policy that allows only some sections shows only those on the home screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import make_services


def test_home_lists_only_the_sections_the_policy_allows(
    qapp: Any, data_dir: Path, tmp_path: Path
) -> None:
    from app.ui.pages.home import HomePage
    from app.ui.qt_app import start_qt
    from app.ui.window_builder import build_window

    policy = tmp_path / "policy.toml"
    policy.write_text('allowed_sections = ["silver_age", "culture"]\n', encoding="utf-8")
    services = make_services(data_dir, "--policy", str(policy), "--lang", "en")
    try:
        start_qt("en", offscreen=True)
        window = build_window(services, services.chosen_profile(None)).window
        home = window.open("home")
        assert isinstance(home, HomePage)
        names = [tile.accessibleName() for tile in home.section_grid.tiles()]
        assert names == ["Silver age classes", "Cultural literacy"]
        window.close()
    finally:
        services.close()
