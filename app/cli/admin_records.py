"""``admin records certificate|export``: the learning record from the command line.

python -m app admin records certificate COURSE_ID FILE.pdf [--profile NAME]
python -m app admin records export FILE.csv [--profile NAME]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TextIO

from app.services.app_services import AppServices
from app.services.learning_record import LearningRecord


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("records", help="the learning record: certificate, export")
    actions = parser.add_subparsers(dest="action", required=True)
    cert = actions.add_parser("certificate", help="a certificate PDF for a finished course")
    cert.add_argument("course", metavar="COURSE_ID")
    cert.add_argument("file", type=Path, metavar="FILE.pdf")
    exp = actions.add_parser("export", help="study time per lesson and day as a CSV file")
    exp.add_argument("file", type=Path, metavar="FILE.csv")
    parser.set_defaults(run=run)
    for sub in actions.choices.values():
        sub.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    t = services.texts
    profile = (
        services.profiles.by_name(args.profile) if args.profile else services.profiles.default()
    )
    store = services.learner(profile)
    record = LearningRecord(store, services.catalog.catalog, services.clock)
    if args.action == "certificate":
        facts = record.course_record(args.course, profile.name, services.lang)
        _offscreen_qt(services.lang)
        from app.services.certificate import write_certificate

        write_certificate(facts, services.lang, args.file)
        out.write(t.translate("AdminRecords", "Certificate saved: {file}").format(file=args.file))
        out.write("\n")
        return 0
    rows = record.export_csv(args.file, services.lang)
    out.write(t.translate("AdminRecords", "Rows saved to the file: {n}").format(n=rows) + "\n")
    return 0


def _offscreen_qt(lang: str) -> None:
    """Qt without a screen, in ``lang``: the PDF writer needs fonts and the translator."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from app.services.translations import install_language

    qt_app = QApplication.instance() or QApplication(["silver-classroom"])
    install_language(qt_app, lang)
