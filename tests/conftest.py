"""Shared fixtures: the app built through its own composition root, on a temporary data dir."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
MINI_PACK = FIXTURES / "packs" / "mini"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A brand-new data dir."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def data_dir_with_mini(data_dir: Path) -> Path:
    """A data dir with the small test pack installed beside the bundled one."""
    shutil.copytree(MINI_PACK, data_dir / "packs" / "mini")
    return data_dir


def make_services(data_dir: Path, *extra: str) -> Any:
    from app.__main__ import build_services
    from app.cli.admin import REGISTRARS
    from app.cli.options import parse

    cmd = parse(["--data-dir", str(data_dir), *extra], REGISTRARS)
    return build_services(cmd, lang_fallback="zh_CN")


@pytest.fixture
def services(data_dir: Path) -> Iterator[Any]:
    svc = make_services(data_dir)
    yield svc
    svc.close()


@pytest.fixture
def window_factory(qapp: Any, data_dir: Path) -> Iterator[Any]:
    """Build main windows like the app does: ``window_factory(lang="en", text_scale=300)``."""
    from app.__main__ import build_window, chosen_profile, start_qt

    made: list[Any] = []

    def factory(
        lang: str = "zh_CN", *, files: Any = None, speech_engine: Any = None, **look: Any
    ) -> Any:
        """``lang=""``: no ``--lang`` (a real first start); ``files``: a file-chooser fake
        standing in for Qt's dialogs; ``speech_engine``: e.g. ``tests.speech_fakes.ToneEngine``
        instead of the machine's espeak-ng."""
        svc = make_services(data_dir, "--lang", lang) if lang else make_services(data_dir)
        start_qt(lang or "zh_CN", offscreen=True)
        window = build_window(
            svc, chosen_profile(svc, None), look, files=files, speech_engine=speech_engine
        )
        window.services = svc
        window.resize(1366, 768)
        window.show()
        made.append((window, svc))
        return window

    yield factory
    for window, svc in made:
        window.close()
        window.deleteLater()
        svc.close()
