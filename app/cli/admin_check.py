"""``admin check [--json]``: is this machine ready? A plain list an IT helper can read.

The checks themselves are ``app.services.machine_check`` (Qt-free), shared with the
caregiver's "Check this computer" page. Exit 0 when learners can use the app (warnings
say what is limited), 1 when they cannot.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from app.core.i18n import QT_TRANSLATE_NOOP
from app.services.app_services import AppServices
from app.services.machine_check import CheckTexts, Status, check_items

TAGS = {Status.OK: "OK  ", Status.WARNING: "NOTE", Status.PROBLEM: "NO  "}


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("check", help="check that this machine is ready")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    t = CheckTexts(services.texts)
    items = check_items(services, services.texts)
    usable = all(item.status is not Status.PROBLEM for item in items)
    limited = any(item.status is Status.WARNING for item in items)
    if args.json:
        report = {"usable": usable, "checks": [i.as_json() for i in items]}
        json.dump(report, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0 if usable else 1
    todo = t(QT_TRANSLATE_NOOP("AdminCheck", "What to do"))
    for item in items:
        out.write(f"{TAGS[item.status]} {item.label}: {item.detail}\n")
        if item.fix:
            out.write(f"      → {todo}: {item.fix}\n")
    if not usable:
        end = QT_TRANSLATE_NOOP(
            "AdminCheck", "Learners cannot use the app until the NO lines above are fixed."
        )
    elif limited:
        end = QT_TRANSLATE_NOOP(
            "AdminCheck", "Learners can use the app, with the limits in the NOTE lines above."
        )
    else:
        end = QT_TRANSLATE_NOOP("AdminCheck", "Everything is ready.")
    out.write(t(end) + "\n")
    return 0 if usable else 1
