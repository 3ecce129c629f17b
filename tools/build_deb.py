"""Turn the PyInstaller bundle (``make dist``: dist/silver-classroom/) into a Debian package.

    python tools/build_deb.py [--bundle dist/silver-classroom] [--out dist]

writes ``dist/silver-classroom_<version>_amd64.deb`` with dpkg-deb:

- ``/opt/silver-classroom/``: the bundle, untouched;
- ``/usr/bin/silver-classroom``: a two-line launcher, so the command is on PATH;
- the menu entry, the icon (SVG and PNGs at the standard sizes, drawn from the SVG with
  Qt's own SVG renderer) and the AppStream metainfo in their standard places.

No maintainer scripts: Debian's triggers refresh the icon cache and the menu, and removing
the package removes exactly its files. Learners' data lives in their home folders
(``~/.local/share/SilverClassroom``) and is never touched by the package.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
NAME = "silver-classroom"
METAINFO = "io.github.silverclassroom.SilverClassroom.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Speech and Chinese text are system packages; the rest is what Qt's xcb and Wayland
# platform plugins, its sound output and printing load from the system (the bundle leaves
# the system's graphics and sound libraries to the system).
DEPENDS = [
    "espeak-ng",
    "libespeak-ng1",
    "fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei",
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libpulse0 | libasound2",
]
RECOMMENDS = ["gnome-keyring"]  # keeps the lesson-service sign-in between runs
LAUNCHER = f'#!/bin/sh\nexec /opt/{NAME}/{NAME} "$@"\n'


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def draw_icons(svg: Path, icons: Path) -> None:
    """PNG icons at the standard sizes, from the SVG (Qt's renderer: no extra tool)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["build-deb"])
    renderer = QSvgRenderer(str(svg))
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = icons / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not image.save(str(folder / f"{NAME}.png")):
            raise SystemExit(f"could not draw the {size} px icon")
    scalable = icons / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(svg, scalable / f"{NAME}.svg")


def control(ver: str, installed_kb: int) -> str:
    return (
        f"Package: {NAME}\n"
        f"Version: {ver}\n"
        "Architecture: amd64\n"
        "Maintainer: Silver Classroom developers <silver-classroom@users.noreply.github.com>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Homepage: https://github.com/silverclassroom/silver-classroom\n"
        "Description: large-text lessons read aloud, with class reminders\n"
        " Silver Classroom (银龄课堂) is a calm learning app for older adults: courses\n"
        " in very large text, read aloud sentence by sentence, bookmarks that remember\n"
        " where you stopped, and reminders before senior-university classes.\n"
    )


def build(bundle: Path, out: Path) -> Path:
    if not (bundle / NAME).is_file():
        raise SystemExit(f"{bundle / NAME} is missing: run `make dist` first")
    ver = version()
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{NAME}_{ver}_amd64.deb"
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        shutil.copytree(bundle, tree / "opt" / NAME, symlinks=True)
        usr = tree / "usr"
        (usr / "bin").mkdir(parents=True)
        launcher = usr / "bin" / NAME
        launcher.write_text(LAUNCHER)
        launcher.chmod(0o755)
        share = usr / "share"
        (share / "applications").mkdir(parents=True)
        shutil.copy2(PACKAGING / f"{NAME}.desktop", share / "applications")
        (share / "metainfo").mkdir(parents=True)
        shutil.copy2(PACKAGING / METAINFO, share / "metainfo")
        draw_icons(PACKAGING / f"{NAME}.svg", share / "icons" / "hicolor")
        doc = share / "doc" / NAME
        doc.mkdir(parents=True)
        shutil.copy2(ROOT / "LICENSE", doc / "copyright")
        for path in tree.rglob("*"):  # dpkg keeps modes as they are: make them standard
            if not path.is_symlink():
                executable = path.is_dir() or os.access(path, os.X_OK)
                path.chmod(0o755 if executable else 0o644)
        files = [p for p in tree.rglob("*") if p.is_file() and not p.is_symlink()]
        size_kb = sum(p.stat().st_size for p in files) // 1024
        (tree / "DEBIAN").mkdir()
        (tree / "DEBIAN" / "control").write_text(control(ver, size_kb), encoding="utf-8")
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(tree), str(deb)],
            check=True,
        )
    return deb


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / NAME)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    print(build(args.bundle, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
