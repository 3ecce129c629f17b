"""A certificate of completion for a finished course, as a large-print PDF.

Built on the app's one PDF writer (``large_print.write_pdf``): the same fonts, A4 page
and 18 pt body text, so it prints well and its text layer reads back (``pdftotext``).
Only QtGui, so ``admin records certificate`` needs no window code. What it states comes
from ``LearningRecord.course_record``: only facts, in the learner's language.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.core.learning_record import CourseRecord
from app.services.large_print import _STYLE, write_pdf


def _day(day: date, locale: QLocale) -> str:
    """ "2 March 2026" / "2026年3月2日" (the day format is part of the translation)."""
    return locale.toString(
        QDate(day.year, day.month, day.day),
        QCoreApplication.translate("Certificate", "d MMMM yyyy"),
    )


def certificate_lines(record: CourseRecord, lang: str) -> list[str]:
    """The certificate's text, line by line (what ``pdftotext`` gives back)."""
    locale = QLocale("en_GB" if lang == "en" else lang)
    hours = locale.toString(round(record.seconds / 3600, 1), "f", 1)
    return [
        QCoreApplication.translate("Certificate", "Certificate of completion"),
        QCoreApplication.translate(
            "Certificate", "This certifies that {name} has completed the course"
        ).format(name=record.learner),
        record.course_title,
        QCoreApplication.translate("Certificate", "Lessons: {n}").format(n=record.lessons),
        QCoreApplication.translate("Certificate", "Hours of study: {hours}").format(hours=hours),
        QCoreApplication.translate("Certificate", "First day: {day}").format(
            day=_day(record.first_day, locale)
        ),
        QCoreApplication.translate("Certificate", "Last day: {day}").format(
            day=_day(record.last_day, locale)
        ),
        QCoreApplication.translate("Certificate", "Silver Classroom"),
    ]


def certificate_html(record: CourseRecord, lang: str) -> str:
    lines = [html.escape(line, quote=False) for line in certificate_lines(record, lang)]
    title, certifies, course, *facts, signature = lines
    body = "".join(f"<p>{fact}</p>" for fact in facts)
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f'<h1 align="center">{title}</h1>'
        f'<p align="center">{certifies}</p>'
        f'<h2 align="center">{course}</h2>'
        f"{body}"
        f'<p class="muted">{signature}</p>'
        "</body></html>"
    )


def write_certificate(record: CourseRecord, lang: str, path: Path) -> None:
    """Write the certificate PDF at ``path`` (replacing a file there)."""
    write_pdf(
        certificate_html(record, lang),
        path,
        QCoreApplication.translate("Certificate", "Certificate of completion"),
    )
