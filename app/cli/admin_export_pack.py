"""``admin export-pack COURSE_ID FILE``: write one installed course as a pack zip."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from app.services.app_services import AppServices
from app.services.packs.export import export_course
from app.services.path_checks import writable_file


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("export-pack", help="write a course as a course pack zip")
    parser.add_argument("course_id")
    parser.add_argument("file", type=Path)
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    writable_file(args.file)
    course = services.catalog.course(args.course_id)
    lessons = export_course(services.catalog.sources, course, args.file)
    out.write(
        services.texts.translate("AdminPacks", "Wrote {file} with {n} lessons.").format(
            file=args.file, n=lessons
        )
        + "\n"
    )
    return 0
