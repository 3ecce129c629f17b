"""Large-print PDFs of the week (admin command) and of a lesson, checked from the PDF itself."""

from __future__ import annotations

import math
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.__main__ import main
from app.core.timetable import ClassEntry

ICS = Path(__file__).parent.parent / "fixtures" / "ics"
MIN_PT = 16.0


def text_sizes(pdf: Path) -> list[tuple[float, str]]:
    """(effective point size, text) of every text run: font size × text matrix × CTM."""
    found: list[tuple[float, str]] = []
    for page in PdfReader(pdf).pages:

        def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
            if text.strip():
                scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
                found.append((size * scale, text.strip()))

        page.extract_text(visitor_text=visit)
    return found


def plain(pdf: Path) -> str:
    """The PDF's text with Qt's tab-separated words joined by spaces."""
    return "\n".join(p.extract_text() for p in PdfReader(pdf).pages).replace("\t", " ")


def test_admin_prints_the_week_as_large_print_pdf(data_dir: Path, tmp_path: Path) -> None:
    base = ["--data-dir", str(data_dir), "--lang", "en"]
    assert main(["admin", "schedule", "import", str(ICS / "windows_zone.ics"), *base]) == 0
    pdf = tmp_path / "week.pdf"
    assert main(["admin", "schedule", "print", str(pdf), "--week", "2026-09-02", *base]) == 0
    text = plain(pdf)
    assert "Tuesday" in text and "书法" in text and "Teacher:" in text and "教室" in text
    sizes = text_sizes(pdf)
    assert sizes and min(s for s, _ in sizes) >= MIN_PT
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "40",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                str(pdf),
                str(tmp_path / "week"),
            ],
            check=True,
        )
        assert (tmp_path / "week-1.png").stat().st_size > 1000


def test_week_option_must_be_a_date(data_dir: Path, tmp_path: Path) -> None:
    args = ["admin", "schedule", "print", str(tmp_path / "w.pdf"), "--week", "soon"]
    assert main([*args, "--data-dir", str(data_dir)]) == 2


def test_import_of_a_broken_file_fails_with_exit_1(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = str(ICS / "malformed" / "no_start.ics")
    assert (
        main(["admin", "schedule", "import", bad, "--data-dir", str(data_dir), "--lang", "en"]) == 1
    )
    assert "“Calligraphy” has no start time" in capsys.readouterr().err
    out = data_dir / "out.ics"
    assert main(["admin", "schedule", "export", str(out), "--data-dir", str(data_dir)]) == 0
    assert b"BEGIN:VEVENT" not in out.read_bytes()


def test_a_lesson_prints_large_too(qapp: Any, tmp_path: Path) -> None:
    from app.core.lesson_text import build_lesson_view, parse_lesson_markdown
    from app.core.models import LessonContent
    from app.services.large_print import lesson_print_html, write_pdf

    blocks = parse_lesson_markdown(
        "# Video calls\n打开微信，点右上角的加号。\n1. 选择视频通话\n> 记住：不认识的人不要接。"
    )
    view = build_lesson_view(LessonContent("l1", "zh_CN", tuple(blocks)), "视频通话", "记住")
    pdf = tmp_path / "lesson.pdf"
    write_pdf(lesson_print_html(view), pdf, view.title)
    sizes = text_sizes(pdf)
    assert "视频通话" in plain(pdf)
    assert min(s for s, _ in sizes) >= MIN_PT


def test_print_to_a_printer_device_uses_the_same_layout(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from app.services.large_print import print_html, week_html

    entry = ClassEntry(
        title="Tai chi", start_local=datetime(2026, 9, 2, 7, 0), zone="Asia/Shanghai"
    )
    from app.core.schedule_view import week_sessions

    sessions = week_sessions([entry], entry.start_local.date(), entry.tz())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    print_html(week_html(sessions, entry.start_local.date(), QLocale("en_GB")), printer)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    del printer
    assert "Tai chi" in plain(tmp_path / "printer.pdf")
