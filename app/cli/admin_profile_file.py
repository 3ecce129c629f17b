"""``admin export-profile NAME FILE.json`` and
``admin import-profile FILE.json [--as NAME] [--replace]``.

Moving a learner to a new PC, or keeping a copy: bookmarks, notes, progress,
settings (and every other registered section); never tokens or PIN hashes.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from app.services.app_services import AppServices
from app.services.path_checks import readable_file, writable_file
from app.services.profile_transfer import ProfileTransfer
from app.services.store.profiles import DEFAULT_PROFILE_NAME


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = verbs.add_parser("export-profile", help="save a learner's data to a JSON file")
    export.add_argument("name", help="the learner's name")
    export.add_argument("file", type=Path, metavar="FILE.json")
    export.set_defaults(run=run_export)
    imp = verbs.add_parser("import-profile", help="bring a learner's data in from a JSON file")
    imp.add_argument("file", type=Path, metavar="FILE.json")
    imp.add_argument("--as", dest="as_name", metavar="NAME", help="import under another name")
    imp.add_argument(
        "--replace", action="store_true", help="replace the data of a learner with that name"
    )
    imp.set_defaults(run=run_import)


def transfer(services: AppServices) -> ProfileTransfer:
    return ProfileTransfer(services.paths, services.profiles, services.machine, services.release)


def run_export(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    writable_file(args.file)
    if args.name.casefold() == DEFAULT_PROFILE_NAME and not services.profiles.all():
        services.profiles.default()  # a home PC's only learner, created on first use
    profile = services.profiles.by_name(args.name)
    store = services.learner(profile)
    transfer(services).export_to(profile, store.conn, args.file, datetime.now(UTC))
    err.write(
        services.texts.translate("Admin", "Saved the data of “{name}” to {file}.").format(
            name=profile.name, file=args.file
        )
        + "\n"
    )
    return 0


def run_import(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    readable_file(args.file)
    result = transfer(services).import_from(
        args.file, datetime.now(UTC), as_name=args.as_name, replace=args.replace
    )
    counts = result.counts
    err.write(
        services.texts.translate(
            "Admin",
            "Imported “{name}”: {bookmarks} bookmark(s), progress in {lessons} lesson(s), "
            "{settings} setting(s).",
        ).format(
            name=result.profile.name,
            bookmarks=counts.get("bookmarks", 0),
            lessons=counts.get("progress", 0),
            settings=counts.get("settings", 0),
        )
        + "\n"
    )
    return 0
