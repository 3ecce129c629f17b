"""``admin schedule import|export|print``: a learner's class timetable from the command line.

python -m app admin schedule import FILE.ics [--profile NAME]
python -m app admin schedule export FILE.ics [--profile NAME]
python -m app admin schedule print FILE.pdf [--week YYYY-MM-DD] [--profile NAME]
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TextIO

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.schedule_view import week_sessions
from app.services.app_services import AppServices
from app.services.clock import local_zone_name
from app.services.path_checks import readable_file, writable_file
from app.services.schedule.service import ScheduleService


class FileUnreadable(SilverError):
    default_template = QT_TRANSLATE_NOOP("Errors", "The file “{path}” could not be opened.")


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("schedule", help="import, export or print the class timetable")
    actions = parser.add_subparsers(dest="action", required=True)
    imp = actions.add_parser("import", help="add the classes of an .ics file")
    imp.add_argument("file", type=Path, metavar="FILE.ics")
    exp = actions.add_parser("export", help="write all classes to an .ics file")
    exp.add_argument("file", type=Path, metavar="FILE.ics")
    prt = actions.add_parser("print", help="write the week's timetable as a large-print PDF")
    prt.add_argument("file", type=Path, metavar="FILE.pdf")
    prt.add_argument("--week", metavar="YYYY-MM-DD", help="any day of the week (default: today)")
    for sub in (imp, exp, prt):
        sub.set_defaults(run=run)
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    t = services.texts
    if args.action == "import":
        readable_file(args.file)
    else:
        writable_file(args.file)
    profile = (
        services.profiles.by_name(args.profile) if args.profile else services.profiles.default()
    )
    schedule = ScheduleService(
        services.learner(profile).schedule, services.clock, local_zone_name()
    )
    if args.action == "import":
        try:
            added = schedule.import_file(args.file)
        except OSError as exc:
            raise FileUnreadable(path=str(args.file)) from exc
        out.write(t.translate("AdminSchedule", "Classes imported: {n}").format(n=len(added)) + "\n")
        return 0
    if args.action == "export":
        count = schedule.export_file(args.file)
        out.write(
            t.translate("AdminSchedule", "Classes saved to the file: {n}").format(n=count) + "\n"
        )
        return 0
    try:
        day = date.fromisoformat(args.week) if args.week else schedule.now().date()
    except ValueError:
        err.write(t.translate("AdminSchedule", "--week must be a date like 2026-09-01.") + "\n")
        return 2
    return print_week(services, schedule, day, args.file, out)


def print_week(
    services: AppServices, schedule: ScheduleService, day: date, path: Path, out: TextIO
) -> int:
    from PySide6.QtCore import QLocale

    from app.services.large_print import week_html, write_pdf

    _offscreen_qt(services.lang)
    sessions = week_sessions(schedule.classes(), day, schedule.now().tzinfo)
    locale = QLocale("zh_CN" if services.lang == "zh_CN" else "en_GB")
    write_pdf(week_html(sessions, day, locale), path, "Silver Classroom")
    out.write(
        services.texts.translate("AdminSchedule", "Class sessions printed: {n}").format(
            n=len(sessions)
        )
        + "\n"
    )
    return 0


def _offscreen_qt(lang: str) -> None:
    """Qt without a screen, in ``lang``: the PDF writer needs fonts and the translator."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from app.services.translations import install_language

    qt_app = QApplication.instance() or QApplication(["silver-classroom"])
    install_language(qt_app, lang)
