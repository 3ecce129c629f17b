"""The menu entry and the AppStream metadata pass the freedesktop validators and speak both
languages; the screenshots they point at exist; the .deb depends on speech and a CJK font."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools.build_deb import control

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "silver-classroom.desktop"
METAINFO = ROOT / "packaging" / "io.github.silverclassroom.SilverClassroom.metainfo.xml"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:  # `make setup` installs both (APT_PACKAGES), so CI always runs these
        pytest.skip(f"{name} is not installed")
    return path


def test_the_menu_entry_is_valid_and_bilingual() -> None:
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout
    keys = dict(
        line.split("=", 1)
        for line in DESKTOP.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert keys["Name[zh_CN]"] == "银龄课堂" and keys["Name"] == "Silver Classroom"
    for key in ("Comment", "Keywords", "GenericName"):
        assert keys[key] and keys[f"{key}[zh_CN]"]


def test_the_appstream_metadata_is_valid_bilingual_and_shows_real_screenshots() -> None:
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    component = ET.parse(METAINFO).getroot()
    for tag in ("name", "summary"):
        langs = {element.get(LANG) for element in component.findall(tag)}
        assert langs == {None, "zh-CN"}, tag
    paragraphs = component.findall("description/p")
    assert {p.get(LANG) for p in paragraphs} == {None, "zh-CN"}
    keywords = component.findall("keywords/keyword")
    assert {k.get(LANG) for k in keywords} == {None, "zh-CN"}
    images = [i.text or "" for i in component.findall("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[-1]).is_file(), url


def test_the_debian_package_depends_on_speech_and_a_chinese_font() -> None:
    text = control("0.1.0", 1000)
    depends = next(line for line in text.splitlines() if line.startswith("Depends: "))
    names = [part.strip() for part in depends.removeprefix("Depends: ").split(",")]
    assert "espeak-ng" in names and "libespeak-ng1" in names
    assert any(name.startswith("fonts-noto-cjk") for name in names)
    assert "Architecture: amd64" in text and "Package: silver-classroom" in text
