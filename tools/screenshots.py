"""Render the README's screenshots (docs/screenshots/) through the real `--screenshot` path."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"

SHOTS: list[tuple[str, str, str, int, str]] = [
    ("home-zh_CN-100", "home", "zh_CN", 100, "light"),
    ("home-en-200", "home", "en", 200, "light"),
    ("catalog-zh_CN-100", "catalog", "zh_CN", 100, "light"),
    ("course-en-100", "course:silver-basics.scams", "en", 100, "dark"),
    ("lesson-zh_CN-100", "lesson:silver-basics.smartphone.unlock", "zh_CN", 100, "light"),
    ("lesson-zh_CN-300", "lesson:silver-basics.calligraphy.strokes", "zh_CN", 300, "light"),
    ("lesson-en-300-contrast", "lesson:silver-basics.health.plate", "en", 300, "contrast"),
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
]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        for name, page, lang, scale, theme in SHOTS:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "app",
                    "--data-dir",
                    data,
                    "--lang",
                    lang,
                    "--screenshot",
                    str(OUT / f"{name}.png"),
                    "--page",
                    page,
                    "--text-scale",
                    str(scale),
                    "--theme",
                    theme,
                ],
                check=True,
                cwd=ROOT,
            )
            print(OUT / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
