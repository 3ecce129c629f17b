"""Large-print pages: the week's timetable and a lesson, for paper or a PDF.

Body text is 18 pt and headings larger (never under 16 pt), black on white, one
column, generous spacing, so the page can go on the fridge. Both the schedule page
(QPrintDialog → a real printer) and ``admin schedule print`` (QPdfWriter) use
``print_html``. Only QtGui is used (no widgets), so the command line prints too.

Printed pages use ``print_font()``, not the window's font: Qt's PDF writer rebuilds the text
layer (ToUnicode) from the font's character map, which goes wrong with Noto Sans CJK
(OpenType/CFF in a collection): glyphs shared by two code points come back as the Kangxi
radical (手 → U+2F3F) and Latin digits as control characters. TrueType fonts with one code
point per glyph (WenQuanYi Micro Hei, Debian's fonts-wqy-microhei) read back exactly; see
docs/printing.md.
"""

from __future__ import annotations

import errno
import html
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from app.core.lesson_text import LessonView
from app.core.models import BlockKind
from app.core.timetable import Occurrence, week_start
from app.services.atomic_file import atomic_path

BODY_PT = 18
HEADING_PT = 24
TITLE_PT = 30
CLASS_PT = 22

# TrueType (glyf) fonts only: printed text must read back exactly (see the module doc).
PRINT_FONT_FAMILIES = [
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "DejaVu Sans",
]


def print_font() -> QFont:
    """The font of printed pages and PDFs: one whose text layer reads back exactly."""
    font = QFont()
    font.setFamilies(PRINT_FONT_FAMILIES)
    font.setPointSizeF(BODY_PT)
    return font


_STYLE = f"""
body {{ font-size: {BODY_PT}pt; color: #000000; background: #FFFFFF; }}
h1 {{ font-size: {TITLE_PT}pt; font-weight: bold; margin-bottom: 12pt; }}
h2 {{ font-size: {HEADING_PT}pt; font-weight: bold; margin-top: 18pt; margin-bottom: 4pt;
      border-bottom: 2pt solid #000000; }}
p {{ font-size: {BODY_PT}pt; margin-top: 4pt; margin-bottom: 6pt; line-height: 150%; }}
p.muted {{ font-size: {BODY_PT}pt; font-style: italic; }}
p.cls {{ font-size: {CLASS_PT}pt; font-weight: bold; margin-top: 6pt; margin-bottom: 2pt; }}
p.box {{ font-size: {BODY_PT}pt; border: 2pt solid #000000; padding: 6pt; }}
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def week_html(sessions: list[Occurrence], any_day: date, locale: QLocale) -> str:
    """The Monday–Sunday week containing ``any_day``: each day with its classes."""
    monday = week_start(any_day)
    title = QCoreApplication.translate("Printing", "My classes: the week of {date}").format(
        date=locale.toString(_qdate(monday), QLocale.FormatType.LongFormat)
    )
    parts = [f"<html><head><style>{_STYLE}</style></head><body>", f"<h1>{_esc(title)}</h1>"]
    for offset in range(7):
        day = monday + timedelta(days=offset)
        name = locale.toString(_qdate(day), QLocale.FormatType.LongFormat)
        parts.append(f"<h2>{_esc(name)}</h2>")
        todays = [s for s in sessions if s.start.date() == day]
        if not todays:
            no_class = QCoreApplication.translate("Printing", "No class")
            parts.append(f'<p class="muted">{_esc(no_class)}</p>')
        for occ in todays:
            e = occ.entry
            when = f"{occ.start:%H:%M}–{occ.end:%H:%M}"
            line = (
                f'<span style="font-size: {CLASS_PT}pt; font-weight: bold">'
                f"{_esc(when)}&nbsp;&nbsp;{_esc(e.title)}</span>"
            )
            details = []
            if e.place:
                details.append(
                    QCoreApplication.translate("Printing", "Place: {place}").format(place=e.place)
                )
            if e.link:
                details.append(
                    QCoreApplication.translate("Printing", "Online: {link}").format(link=e.link)
                )
            if e.teacher:
                details.append(
                    QCoreApplication.translate("Printing", "Teacher: {teacher}").format(
                        teacher=e.teacher
                    )
                )
            parts.append(f'<p class="cls">{line}</p>')
            if details:
                parts.append(f"<p>{'<br/>'.join(_esc(d) for d in details)}</p>")
    footer = QCoreApplication.translate("Printing", "Printed by Silver Classroom")
    parts.append(f'<p class="muted">{_esc(footer)}</p>')
    parts.append("</body></html>")
    return "".join(parts)


def lesson_print_html(view: LessonView) -> str:
    """A lesson as large print; images are replaced by their alt text in brackets."""
    parts = [f"<html><head><style>{_STYLE}</style></head><body>", f"<h1>{_esc(view.title)}</h1>"]
    for placed in view.blocks:
        block = placed.block
        text = _esc(view.text[placed.start : placed.end])
        if block.kind is BlockKind.HEADING:
            parts.append(f"<h2>{text}</h2>")
        elif block.kind is BlockKind.REMEMBER:
            parts.append(f'<p class="box">{text}</p>')
        elif block.kind is BlockKind.IMAGE:
            if block.alt:
                parts.append(f'<p class="muted">[{_esc(block.alt)}]</p>')
        else:
            parts.append(f"<p>{text}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def print_html(markup: str, device: QPagedPaintDevice) -> None:
    """Lay ``markup`` out on A4 pages (2 cm margins) in ``print_font()``; print to ``device``."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ adds its own 2 cm on each side
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    doc.setDefaultFont(print_font())
    doc.setHtml(markup)
    doc.print_(device)


def write_pdf(markup: str, path: Path, title: str) -> None:
    """A PDF file of ``markup`` (HTML) titled ``title``, the one way the app writes PDFs.

    Written beside ``path`` and renamed over it when whole: an existing file is replaced,
    never left half-written. A missing folder or one that cannot be written is a
    ``SaveError`` naming the file.
    """
    with atomic_path(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Silver Classroom")
        writer.setResolution(300)
        print_html(markup, writer)
        del writer  # finishes the file
        if not tmp.is_file():
            raise FileNotFoundError(errno.ENOENT, "PDF not written", str(path))
