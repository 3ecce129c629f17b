"""``admin catalog [--json]``: list installed courses (bundled, packs, platform cache)."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from app.services.app_services import AppServices


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("catalog", help="list the installed courses")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--search", metavar="TEXT", help="only courses matching TEXT")
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    courses = sorted(services.catalog.catalog.courses.values(), key=lambda c: c.id)
    if args.search:
        search = services.platform.search
        search.refresh(services.catalog.sources)
        found = search.course_ids(args.search, limit=500)
        by_id = {c.id: c for c in courses}
        courses = [by_id[cid] for cid in found if cid in by_id]
    rows = [
        {
            "id": c.id,
            "title": c.title_in(services.lang),
            "topic": c.topics[0] if c.topics else "",
            "section": c.section,
            "lesson_count": len(c.lessons),
            "source": c.source,
        }
        for c in courses
    ]
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for row in rows:
            out.write(f"{row['id']}\t{row['title']}\t{row['lesson_count']}\n")
    return 0
