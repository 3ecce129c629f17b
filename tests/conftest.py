"""Shared fixtures: the app built through its own composition root, on a temporary data dir."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
MINI_PACK = FIXTURES / "packs" / "mini"
QT_FOLDERS = {"ui", "integration", "benchmarks"}  # where tests make Qt objects


@pytest.fixture(autouse=True)
def no_language_left_behind() -> Iterator[None]:
    """Every test starts without a translator (English source text): a test that reads
    translated text installs its language itself. A translator left installed by an
    earlier test made results depend on which tests ran before."""
    yield
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:  # a test that never touched Qt
        return
    app = qtcore.QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(qtcore.QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


@pytest.fixture(autouse=True)
def qt_garbage_goes_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """What a Qt test left to Python's collector is collected here, on the GUI thread,
    before the next test starts background threads: a collection there would destroy any
    Qt object the test left in a cycle on that thread (docs/architecture.md, "Every Qt
    object hangs in a Qt tree"), and the crash would land in an unrelated test."""
    yield
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return
    if "qapp" not in request.fixturenames and request.path.parent.name not in QT_FOLDERS:
        return  # a unit test: it made no Qt objects
    qtcore.QCoreApplication.sendPostedEvents(None, qtcore.QEvent.Type.DeferredDelete.value)
    gc.collect()


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


def make_services(
    data_dir: Path, *extra: str, clock: Any = None, secrets: Any = None, policy: Any = None
) -> Any:
    """The app's services, built by its composition root; ``clock``, ``secrets`` (a
    ``SecretStore``) and ``policy`` default to the app's own."""
    from app.__main__ import build_services
    from app.cli.admin import REGISTRARS
    from app.cli.options import parse
    from app.services.clock import SystemClock
    from app.services.secrets.keyring_store import KeyringSecretStore, system_backend

    cmd = parse(["--data-dir", str(data_dir), *extra], REGISTRARS)
    return build_services(
        cmd,
        lang_fallback="zh_CN",
        clock=clock or SystemClock(),
        secrets=secrets or KeyringSecretStore(system_backend),
        policy=policy,
    )


@pytest.fixture
def services(data_dir: Path) -> Iterator[Any]:
    svc = make_services(data_dir)
    yield svc
    svc.close()


@pytest.fixture
def learner_window_factory(qapp: Any, data_dir: Path) -> Iterator[Any]:
    """Build learner windows like the app does, each with its own services:
    ``learner_window_factory(lang="en", text_scale=300)`` → the builder's ``LearnerWindow``
    record (``.window``, ``.services``, ``.schedule``, ``.platform`` …)."""
    from app.ui.qt_app import start_qt
    from app.ui.window_builder import build_window

    made: list[Any] = []

    def factory(
        lang: str = "zh_CN", *, files: Any = None, speech_engine: Any = None, **look: Any
    ) -> Any:
        """``lang=""``: no ``--lang`` (a real first start); ``files``: a file-chooser fake
        standing in for Qt's dialogs."""
        svc = make_services(data_dir, "--lang", lang) if lang else make_services(data_dir)
        start_qt(lang or "zh_CN", offscreen=True)
        built = build_window(
            svc, svc.chosen_profile(None), look, files=files, speech_engine=speech_engine
        )
        built.window.resize(1366, 768)
        built.window.show()
        made.append(built)
        return built

    yield factory
    for built in made:
        built.window.close()
        # Work still running (a save, an index) finishes before its database is closed,
        # as when the app quits, instead of writing into a closed one in a later test.
        deadline = time.monotonic() + 30
        while not built.platform.work.idle and time.monotonic() < deadline:
            qapp.processEvents()
            time.sleep(0.01)
        built.window.deleteLater()
        built.services.close()
    if made:  # the windows go now, on this (the GUI) thread, not in a later test's
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        made.clear()
        gc.collect()


@pytest.fixture
def window_factory(learner_window_factory: Any) -> Any:
    """``learner_window_factory``, giving just the main window."""

    def factory(lang: str = "zh_CN", **options: Any) -> Any:
        return learner_window_factory(lang, **options).window

    return factory
