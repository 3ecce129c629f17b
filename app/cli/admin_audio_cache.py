"""``admin audio-cache [--limit-mb N] [--json]``: the shared speech cache's size and limit.

The caregiver's or IT helper's way to choose how much disk the spoken lessons may take
(``cache_budget``: least recently played clips go first; pack audio is never removed).
Without ``--limit-mb`` it only reports.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from app.services.app_services import AppServices
from app.services.speech.cache_budget import CacheBudget, read_limit_mb, write_limit_mb


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("audio-cache", help="show or limit the speech cache's size")
    parser.add_argument("--limit-mb", type=int, metavar="N", help="keep the cache under N MB")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.limit_mb is not None:
        if args.limit_mb < 0:
            err.write(services.texts.translate("Admin", "The limit must be 0 MB or more.") + "\n")
            return 2
        write_limit_mb(services.machine, args.limit_mb)
    limit = read_limit_mb(services.machine)
    size = CacheBudget(services.paths.audio_cache, limit).size()
    report = {
        "limit_mb": limit,
        "used_mb": round(size.evictable / 2**20, 1),
        "pack_mb": round(size.pinned / 2**20, 1),
        "clips": size.clips,
    }
    if args.json:
        out.write(json.dumps(report) + "\n")
    else:
        text = services.texts.translate(
            "Admin", "Speech cache: {used} MB of {limit} MB; {pinned} MB from packs."
        )
        out.write(text.format(used=report["used_mb"], limit=limit, pinned=report["pack_mb"]))
        out.write("\n")
    return 0
