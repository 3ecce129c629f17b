"""``admin video-height [N] [--json]``: the video height "Save for offline" keeps here.

The same machine setting the caregiver picks on the settings page
(``app/services/video_height.py``), for a classroom set up by script: a smaller height
saves disk and network on 30 machines. Without ``N`` it only reports.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from app.core.hls_choice import VIDEO_HEIGHTS
from app.services.app_services import AppServices
from app.services.video_height import read_video_height, write_video_height


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser(
        "video-height", help="show or set the height of videos saved for offline"
    )
    parser.add_argument(
        "height",
        nargs="?",
        type=int,
        metavar="N",
        help=f"one of {', '.join(map(str, VIDEO_HEIGHTS))}",
    )
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    choices = ", ".join(f"{h}p" for h in VIDEO_HEIGHTS)
    if args.height is not None:
        if args.height not in VIDEO_HEIGHTS:
            text = services.texts.translate(
                "Admin", "Videos can be saved at {choices}; {height} is not one of them."
            )
            err.write(text.format(choices=choices, height=args.height) + "\n")
            return 2
        write_video_height(services.machine, args.height)
    height = read_video_height(services.machine)
    if args.json:
        out.write(json.dumps({"video_height": height, "choices": list(VIDEO_HEIGHTS)}) + "\n")
    else:
        text = services.texts.translate(
            "Admin", "Videos saved for offline: {height}p (choices: {choices})."
        )
        out.write(text.format(height=height, choices=choices) + "\n")
    return 0
