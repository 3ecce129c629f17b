"""Screenshots of the reader mid-sentence while reading aloud (the highlight on screen).

    python tools/reader_shots.py      # → docs/screenshots/reader-readaloud-*.png

Builds the app through its own composition root, presses Read aloud, waits until the third
sentence is being spoken, and grabs the window (offscreen; no sound card needed).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHOTS = [
    ("reader-readaloud-zh-100-light", "zh_CN", 100, "light"),
    ("reader-readaloud-zh-100-contrast", "zh_CN", 100, "contrast"),
    ("reader-readaloud-zh-300-light", "zh_CN", 300, "light"),
    ("reader-readaloud-en-300-contrast", "en", 300, "contrast"),
]
LESSON = "lesson:silver-basics.scams.police"


def main() -> int:
    from app.__main__ import build_services
    from app.cli.admin import REGISTRARS
    from app.cli.options import parse
    from app.services.clock import SystemClock
    from app.services.secrets.keyring_store import KeyringSecretStore, system_backend
    from app.ui.qt_app import start_qt
    from app.ui.window_builder import build_window

    out = ROOT / "docs" / "screenshots"
    for name, lang, scale, theme in SHOTS:
        data = tempfile.mkdtemp()
        services = build_services(
            parse(["--data-dir", data, "--lang", lang], REGISTRARS),
            lang_fallback=lang,
            clock=SystemClock(),
            secrets=KeyringSecretStore(system_backend),
        )
        app = start_qt(lang, offscreen=True)
        window = build_window(
            services, services.chosen_profile(None), {"text_scale": scale, "theme": theme}
        ).window
        window.resize(1366, 768)
        window.show()
        page = window.open(LESSON)
        controller = page.read_aloud
        controller.play()
        deadline = time.monotonic() + 30
        while controller.index < 2 and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png", "sentence", controller.index)
        controller.stop()
        window.close()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
