"""``admin caregiver-pin reset``: clear a forgotten caregiver PIN.

Needs the computer account (the data dir), not the app: whoever can run this can
already read the files, so it asks for nothing. The settings stay as they were.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from app.services.app_services import AppServices
from app.services.caregiver import CaregiverLock


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("caregiver-pin", help="manage the caregiver PIN")
    actions = parser.add_subparsers(dest="action", required=True)
    reset = actions.add_parser("reset", help="clear a forgotten caregiver PIN")
    reset.add_argument("--json", action="store_true", help="print JSON only")
    reset.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    had_pin = CaregiverLock(services.machine, services.clock).clear()
    if args.json:
        out.write(f'{{"cleared": {"true" if had_pin else "false"}}}\n')
        return 0
    texts = services.texts
    if had_pin:
        message = texts.translate(
            "Admin", "The caregiver PIN was cleared. Every setting can be changed again."
        )
    else:
        message = texts.translate("Admin", "No caregiver PIN was set. Nothing was changed.")
    out.write(message + "\n")
    return 0
