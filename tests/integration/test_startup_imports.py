"""Start-up stays light: heavy optional modules are imported only when a feature needs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys, tempfile
from app.__main__ import build_services
from app.cli.options import parse
from app.services.clock import SystemClock
from app.services.secrets.keyring_store import KeyringSecretStore, system_backend
from app.ui.qt_app import start_qt
from app.ui.window_builder import build_window
services = build_services(parse(["--data-dir", tempfile.mkdtemp()], []),  # as the window starts
                          lang_fallback="zh_CN", clock=SystemClock(),
                          secrets=KeyringSecretStore(system_backend))
start_qt("zh_CN", offscreen=True)
built = build_window(services, services.chosen_profile(None))
built.window.open("home")
heavy = sorted(m for m in (
    "httpx", "keyring", "pyttsx3", "nh3", "pypinyin", "icalendar",
    # issue 17: what the home page does not need waits until after the first paint
    "asyncio", "qasync", "multiprocessing", "PySide6.QtMultimedia",
    "app.services.platform_sync", "app.services.speech.worker",
    "app.services.speech.speech_kit", "app.ui.pages.lesson", "app.ui.reader_view",
    # the other pages load on first opening; printing and the computer check when used
    "app.ui.pages.catalog", "app.ui.pack_install", "app.services.packs.archive",
    "app.ui.pages.settings", "app.ui.pages.welcome", "app.ui.pages.caregiver_panel",
    "app.services.profile_transfer", "app.services.machine_check",
    "app.services.speech.discovery", "app.ui.pages.schedule", "app.ui.pages.class_form",
    "app.services.reminders.scheduler", "app.ui.pages.picker", "app.ui.pages.signin",
    "app.ui.pages.learning", "app.services.learning_record", "app.services.large_print",
    "app.services.platform_sync_apart", "app.core.platform_contract",
    "logging.handlers", "app.services.reminders.start_at_login", "plistlib",
    # ids come from ``secrets``; a policy file is parsed only when there is one; the crash
    # log is the desktop run's (``--screenshot`` and tests need none)
    "uuid", "platform", "tomllib", "app.services.crash_log", "app.ui.crash_guard",
    # the window's voice is made when something first speaks; the search index, the
    # learner manager, bookmarks and study time when first used; hashing, repeating
    # classes, random ids, worker threads and time parsing when first needed
    "app.services.speech.window_voice", "app.core.speech", "app.services.speech.cache_budget",
    "app.services.search", "app.core.search_text", "app.services.profiles.manager",
    "app.services.store.bookmarks_repo", "app.services.store.study_repo",
    "hashlib", "dateutil", "secrets", "concurrent.futures", "_strptime", "signal",
    # the study timer when a lesson first opens; a classroom's pack installer, when the
    # policy lists packs
    "app.ui.study_timer", "app.services.policy_packs",
    # the platform controller (and its worker threads) and the reading places once the
    # window is painted, or when a page first needs them; accessibility alerts when sent
    "app.ui.platform_controller", "app.ui.background_work", "app.services.reading",
    "app.core.hls_choice",
    # lesson text rules when a lesson is read or laid out; the HTTP answers' store with the
    # first sync
    "app.core.lesson_text", "app.services.platform.http_cache",
    # the sentence rules when a lesson is read (anchors need them only to find a place)
    "app.core.sentences",
) if m in sys.modules)
print(",".join(heavy + (["the window's voice"] if built.voice.made else [])))
"""


def test_home_opens_without_importing_heavy_optional_modules(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"imported at start-up: {result.stdout.strip()}"


def test_the_composition_root_imports_no_qt_and_leaves_the_collector_alone(
    tmp_path: Path,
) -> None:
    """The Qt-free layers load before PySide6 (which reads the source of every module
    imported after it), and importing the composition root as a module (tests, the
    installed wrapper) does not pause the garbage collector: only starting it does."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    probe = (
        "import gc, sys; import app.__main__; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')), gc.isenabled())"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[]", "True"]
