"""``admin profiles list|add|remove|reset-pin``: set up the learners of a shared machine.

Never prompts: a PIN comes only from standard input (``--pin-stdin``), so it is not
seen in the process list or the shell history, and it is never printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from app.core.avatars import AVATAR_IDS
from app.core.i18n import LANGUAGES
from app.services.app_services import AppServices


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("profiles", help="list, add or remove learners; clear a PIN")
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="list the learners on this machine")
    listing.add_argument("--json", action="store_true", help="print JSON only")
    add = actions.add_parser("add", help="add a learner")
    add.add_argument("name")
    add.add_argument("--avatar", choices=AVATAR_IDS)
    add.add_argument("--language", choices=LANGUAGES, default=None)
    add.add_argument("--pin-stdin", action="store_true", help="read a 4–6 digit PIN from stdin")
    add.add_argument("--json", action="store_true", help="print JSON only")
    remove = actions.add_parser("remove", help="remove a learner and everything of theirs")
    remove.add_argument("name")
    reset = actions.add_parser("reset-pin", help="clear a forgotten PIN")
    reset.add_argument("name")
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    manager = services.manager
    texts = services.texts
    if args.action == "list":
        rows = [
            {"name": p.name, "avatar": p.avatar, "language": p.language, "has_pin": p.has_pin}
            for p in manager.all()
        ]
        if args.json:
            json.dump(rows, out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            for row in rows:
                mark = texts.translate("AdminProfiles", "PIN") if row["has_pin"] else "-"
                out.write(f"{row['name']}\t{row['avatar']}\t{row['language']}\t{mark}\n")
        return 0
    if args.action == "add":
        pin: str | None = None
        if args.pin_stdin:
            pin = sys.stdin.readline().strip()
        profile = manager.add(args.name, args.avatar, args.language or services.lang, pin)
        if args.json:
            json.dump(
                {"name": profile.name, "avatar": profile.avatar, "has_pin": profile.has_pin},
                out,
                ensure_ascii=False,
            )
            out.write("\n")
        else:
            out.write(
                texts.translate("AdminProfiles", "Added {name}.").format(name=profile.name) + "\n"
            )
        return 0
    profile = manager.by_name(args.name)
    if args.action == "remove":
        services.release(profile.id)
        manager.remove(profile)
        out.write(
            texts.translate("AdminProfiles", "Removed {name} and everything of theirs.").format(
                name=profile.name
            )
            + "\n"
        )
        return 0
    manager.reset_pin(profile)
    out.write(
        texts.translate("AdminProfiles", "The PIN of {name} is cleared.").format(name=profile.name)
        + "\n"
    )
    return 0
