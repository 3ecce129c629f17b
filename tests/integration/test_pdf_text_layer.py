"""Printed PDFs read back exactly: what a screen reader, search or copy-paste gets from the
file is the text that was printed, with poppler (``pdftotext``) and with QtPdf."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

ICS_SMARTPHONE_CLASS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Silver Classroom tests//EN
BEGIN:VEVENT
UID:smartphone-1@tests
DTSTART;TZID=Asia/Shanghai:20261102T093000
DTEND;TZID=Asia/Shanghai:20261102T103000
SUMMARY:智能手机课
END:VEVENT
END:VCALENDAR
"""

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def poppler_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def qtpdf_text(pdf: Path) -> str:
    """Every page's text as QtPdf (the PDF engine of Qt's own viewer) extracts it."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(pdf)) == QPdfDocument.Error.None_
    try:
        return "\n".join(doc.getAllText(page).text() for page in range(doc.pageCount()))
    finally:
        doc.close()


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def admin(data_dir: Path, *args: str, lang: str) -> subprocess.CompletedProcess[str]:
    """The admin command line as a helper would type it, in Beijing time."""
    env = {**os.environ, "TZ": "Asia/Shanghai", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args, "--data-dir", str(data_dir), "--lang", lang],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("lang", "date_line"),
    [("zh_CN", "2026年11月2日星期一"), ("en", "Monday, 2 November 2026")],
)
def test_printed_timetable_reads_back_exactly(
    qapp: Any, tmp_path: Path, lang: str, date_line: str
) -> None:
    ics = tmp_path / "class.ics"
    ics.write_text(ICS_SMARTPHONE_CLASS, encoding="utf-8")
    data = tmp_path / "data"
    assert admin(data, "admin", "schedule", "import", str(ics), lang=lang).returncode == 0
    pdf = tmp_path / "week.pdf"
    done = admin(data, "admin", "schedule", "print", str(pdf), "--week", "2026-11-04", lang=lang)
    assert done.returncode == 0, done.stderr
    for reader in (poppler_text, qtpdf_text):
        text = lines(reader(pdf))
        assert "09:30–10:30 智能手机课" in [" ".join(t.split()) for t in text], reader.__name__
        assert date_line in text, reader.__name__


def every_chinese_character() -> str:
    """Each character of the Chinese interface once: what a printout can contain."""
    ts = (TRANSLATIONS / "silver_classroom_zh_CN.ts").read_text(encoding="utf-8")
    found = re.findall(r"<translation[^>]*>(.*?)</translation>", ts, flags=re.S)
    chars = sorted({c for text in found for c in text if ord(c) > 0x2E7F})
    return "".join(chars)


def test_every_character_of_the_interface_reads_back(qapp: Any, tmp_path: Path) -> None:
    from app.services.large_print import write_pdf

    chars = every_chinese_character()
    assert len(chars) > 500
    rows = [chars[i : i + 12] for i in range(0, len(chars), 12)]  # one line each
    rows.append("Latin: 0123456789 ABC abc")
    pdf = tmp_path / "all.pdf"
    tags = ["p", "h2"]  # regular and bold
    body = "".join(f"<{tags[i % 2]}>{r}</{tags[i % 2]}>" for i, r in enumerate(rows))
    write_pdf(f"<html><body>{body}</body></html>", pdf, "all")
    for reader in (poppler_text, qtpdf_text):
        # Qt puts the page number alone at the foot of each page
        got = [line for line in lines(reader(pdf)) if not line.isdigit()]
        assert got == rows, reader.__name__
