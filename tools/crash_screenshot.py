"""Render the crash message (``CrashNotice``) in both languages into docs/screenshots/.

The message appears only after something unexpected went wrong, so no ``--page`` shows
it: this builds the learner's window through the app's own builder, opens the home page,
lets a slot fail for real under the ``CrashGuard`` and grabs the window.

    python tools/crash_screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def broken_slot() -> None:
    raise RuntimeError("a slot failed on purpose (tools/crash_screenshot.py)")


def shoot(data: str, lang: str) -> Path:
    from PySide6.QtCore import QTimer

    from app.__main__ import build_services
    from app.cli.options import parse
    from app.services.clock import SystemClock
    from app.services.crash_log import CrashLog
    from app.services.secrets.keyring_store import KeyringSecretStore, system_backend
    from app.ui.crash_guard import CrashGuard
    from app.ui.qt_app import start_qt
    from app.ui.window_builder import build_window

    services = build_services(
        parse(["--data-dir", data, "--lang", lang], []),
        lang_fallback=lang,
        clock=SystemClock(),
        secrets=KeyringSecretStore(system_backend),
    )
    try:
        qt_app = start_qt(lang, offscreen=True)
        window = build_window(services, services.chosen_profile(None), {"text_scale": 200}).window
        window.resize(1366, 900)
        window.open("home")
        window.show()
        guard = CrashGuard(CrashLog(services.paths.logs))
        guard.watch(window.crash_notice)
        guard.install()
        QTimer.singleShot(0, broken_slot)
        for _ in range(10):
            qt_app.processEvents()
        guard.uninstall()
        out = OUT / f"crash-message-{lang}-200.png"
        window.grab().save(str(out))
        window.close()
        return out
    finally:
        services.close()


def main() -> int:
    sys.path.insert(0, str(ROOT))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("zh_CN", "en"):
        with tempfile.TemporaryDirectory() as data:
            print(shoot(data, lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
