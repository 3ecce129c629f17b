"""Render the screenshots in docs/screenshots/ through the real `--screenshot` path.

Every page of the app's own page registry (so pages added later are included) at
200 % in both languages, the lesson reader at 300 % in both languages, and a few
extra looks (100 %, dark, yellow-on-black).

    python tools/screenshots.py            # all of them
    python tools/screenshots.py settings   # only keys starting with "settings"
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
LANGS = ("zh_CN", "en")

EXTRA: list[tuple[str, str, str, int, str]] = [
    ("home-zh_CN-100", "home", "zh_CN", 100, "light"),
    ("catalog-zh_CN-100", "catalog", "zh_CN", 100, "light"),
    ("course-en-100", "course:silver-basics.scams", "en", 100, "dark"),
    ("lesson-zh_CN-100", "lesson:silver-basics.smartphone.unlock", "zh_CN", 100, "light"),
    ("lesson-zh_CN-300", "lesson:silver-basics.calligraphy.strokes", "zh_CN", 300, "light"),
    ("lesson-en-300-contrast", "lesson:silver-basics.health.plate", "en", 300, "contrast"),
    ("settings-en-100-dark", "settings", "en", 100, "dark"),
    ("welcome-zh_CN-100-contrast", "welcome:colours", "zh_CN", 100, "contrast"),
    (
        "content-scams-zh_CN-100-contrast",
        "lesson:silver-basics.scams.links",
        "zh_CN",
        100,
        "contrast",
    ),
    ("content-scams-en-300-light", "lesson:silver-basics.scams.links", "en", 300, "light"),
    ("content-taichi-zh_CN-300-light", "lesson:silver-basics.taichi.lift", "zh_CN", 300, "light"),
    ("content-taichi-en-100-contrast", "lesson:silver-basics.taichi.lift", "en", 100, "contrast"),
    # Key hints and the roomy reader (issue 16): the lesson page and its navigation bar.
    *[
        (f"lesson-police-{lang}-{scale}", "lesson:silver-basics.scams.police", lang, scale, "light")
        for lang in LANGS
        for scale in (100, 300)
    ],
]


def registry_keys(data: str) -> list[str]:
    """The example keys of the app's page registry, asked of the app itself."""
    sys.path.insert(0, str(ROOT))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.__main__ import build_services
    from app.cli.admin import REGISTRARS
    from app.cli.options import parse
    from app.services.clock import SystemClock
    from app.services.secrets.keyring_store import KeyringSecretStore, system_backend
    from app.ui.qt_app import start_qt
    from app.ui.window_builder import build_window

    services = build_services(
        parse(["--data-dir", data], REGISTRARS),
        lang_fallback="zh_CN",
        clock=SystemClock(),
        secrets=KeyringSecretStore(system_backend),
    )
    try:
        start_qt("zh_CN", offscreen=True)
        window = build_window(services, services.chosen_profile(None)).window
        keys: list[str] = window.registry.example_keys()
        window.close()
        return keys
    finally:
        services.close()


def plan(keys: list[str]) -> list[tuple[str, str, str, int, str]]:
    shots = [(f"{key.replace(':', '-')}-{lang}-200", key, lang, 200, "light")
             for key in keys for lang in LANGS]  # fmt: skip
    reader = next(k for k in keys if k.startswith("lesson:"))
    shots += [(f"reader-{lang}-300", reader, lang, 300, "light") for lang in LANGS]
    return shots + EXTRA


def shoot(data: str, name: str, page: str, lang: str, scale: int, theme: str) -> Path:
    out = OUT / f"{name}.png"
    subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", data, "--lang", lang, "--screenshot",
         str(out), "--page", page, "--text-scale", str(scale), "--theme", theme],
        check=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return out


def main(argv: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    only = argv[0] if argv else ""
    with tempfile.TemporaryDirectory() as data:
        for name, page, lang, scale, theme in plan(registry_keys(data)):
            if page.startswith(only):
                print(shoot(data, name, page, lang, scale, theme))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
