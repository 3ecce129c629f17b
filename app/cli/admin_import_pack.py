"""``admin import-pack FILE``: check a course pack zip completely, then install it.

Nothing is written unless the whole pack is fine; a newer version of an installed
pack upgrades it (bookmarks and progress stay, they are keyed by lesson id).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from app.services.app_services import AppServices
from app.services.packs.archive import install_pack
from app.services.path_checks import readable_file


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("import-pack", help="install a course pack from a zip file")
    parser.add_argument("file", type=Path)
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    result = install_pack(readable_file(args.file), services.paths.packs)
    if result.upgraded_from:
        line = services.texts.translate(
            "AdminPacks",
            "Upgraded pack {id} from {old} to {new}: {courses} courses, {lessons} lessons.",
        )
    else:
        line = services.texts.translate(
            "AdminPacks", "Installed pack {id} {new}: {courses} courses, {lessons} lessons."
        )
    out.write(
        line.format(
            id=result.pack_id,
            old=result.upgraded_from,
            new=result.version,
            courses=result.courses,
            lessons=result.lessons,
        )
        + "\n"
    )
    return 0
