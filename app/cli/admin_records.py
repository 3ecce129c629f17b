"""``admin records certificate|export|send``: the learning record from the command line.

python -m app admin records certificate COURSE_ID FILE.pdf [--profile NAME]
python -m app admin records export FILE.csv [--profile NAME]
python -m app admin records send [--profile NAME]   (exit 1 when not signed in)
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TextIO

from app.core.errors import PlatformUnavailable, SecretsUnavailable
from app.core.i18n import QT_TRANSLATE_NOOP
from app.services.app_services import AppServices
from app.services.learning_record import LearningRecord
from app.services.record_sender import RecordSender
from app.services.store.database import connect
from app.services.store.profiles import Profile
from app.services.store.schema import LEARNER_MIGRATIONS


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("records", help="the learning record: certificate, export, send")
    actions = parser.add_subparsers(dest="action", required=True)
    cert = actions.add_parser("certificate", help="a certificate PDF for a finished course")
    cert.add_argument("course", metavar="COURSE_ID")
    cert.add_argument("file", type=Path, metavar="FILE.pdf")
    exp = actions.add_parser("export", help="study time per lesson and day as a CSV file")
    exp.add_argument("file", type=Path, metavar="FILE.csv")
    actions.add_parser("send", help="send the waiting learning records to the platform now")
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
    if args.action == "export":
        rows = record.export_csv(args.file, services.lang)
        out.write(t.translate("AdminRecords", "Rows saved to the file: {n}").format(n=rows))
        out.write("\n")
        return 0
    return send(services, profile, out, err)


def send(services: AppServices, profile: Profile, out: TextIO, err: TextIO) -> int:
    """Send what is waiting, for a signed-in learner who shares their record."""
    t = services.texts
    kit = services.platform
    if not kit.config.configured:
        raise PlatformUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "No platform address is set. Run it once with --api-base URL."
            )
        )
    if not services.settings_for(profile).get("share_record"):
        out.write(
            t.translate(
                "AdminRecords",
                "{name} does not share the learning record with the platform, so nothing was sent.",
            ).format(name=profile.name)
            + "\n"
        )
        return 0
    try:
        token = services.secrets.get(profile.id)
    except SecretsUnavailable:
        token = None
    if not token:
        err.write(
            t.translate(
                "AdminRecords",
                "{name} is not signed in to the platform, so nothing was sent. "
                "Sign in from the app first.",
            ).format(name=profile.name)
            + "\n"
        )
        return 1
    path = services.paths.learner_db(profile.id)
    report = RecordSender(kit, lambda: connect(path, LEARNER_MIGRATIONS)).send(token)
    out.write(t.translate("AdminRecords", "Records sent: {n}").format(n=report.sent) + "\n")
    out.write(
        t.translate("AdminRecords", "Records still waiting: {n}").format(n=report.waiting) + "\n"
    )
    return 0


def _offscreen_qt(lang: str) -> None:
    """Qt without a screen, in ``lang``: the PDF writer needs fonts and the translator."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from app.services.translations import install_language

    qt_app = QApplication.instance() or QApplication(["silver-classroom"])
    install_language(qt_app, lang)
