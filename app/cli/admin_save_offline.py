"""``admin save-offline COURSE_ID``: "Save for offline" from the command line.

The window's use case (``PlatformSync.save_course``): the course's lesson texts, pictures,
videos (one rendition), recordings, handouts and subtitles are kept in the machine-wide
media folder, so every learner of this computer can use them with the network down.
The video rendition kept is the caregiver's choice on the settings page
(``app/services/video_height.py``, by the rule of ``app.core.hls_choice``);
``--video-height N`` asks for N lines instead, for this run only. Progress goes to stderr
as plain lines; a save cut off goes on where it stopped when run again. Prints the lessons
saved and the files left out (each said on stderr). Exit 0 when the course was saved (even
with files left out), 1 with a plain message when it was not (unknown course, not enough
free space, the lesson service cannot be reached), 2 for a video height below 1.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from app.core.errors import NotFoundError, PlatformUnavailable
from app.core.i18n import QT_TRANSLATE_NOOP
from app.services.app_services import AppServices
from app.services.platform_sync import PlatformSync
from app.services.video_height import read_video_height

CTX = "AdminSaveOffline"
STEPS = {
    "planning": QT_TRANSLATE_NOOP("AdminSaveOffline", "Getting ready to save the course…"),
    "lessons": QT_TRANSLATE_NOOP("AdminSaveOffline", "Saving lessons: {done} of {total}"),
    "media": QT_TRANSLATE_NOOP(
        "AdminSaveOffline", "Saving videos and handouts: part {done} of {total}"
    ),
}


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser(
        "save-offline", help="save a platform course (with its videos) on this computer"
    )
    parser.add_argument("course_id", help="the course's id (see admin catalog)")
    parser.add_argument(
        "--video-height",
        type=int,
        metavar="N",
        help="keep the video rendition for N lines (e.g. 720) this run only; "
        "default: the caregiver's choice in Settings",
    )
    parser.set_defaults(run=run)


class ProgressLines:
    """A line on stderr when the step changes and at every tenth of it, never more."""

    def __init__(self, services: AppServices, err: TextIO) -> None:
        self.texts = services.texts
        self.err = err
        self.last: tuple[str, int] = ("", -1)

    def __call__(self, step: str, done: int, total: int) -> None:
        if step not in STEPS:
            return
        tenth = done * 10 // total if total > 0 else 0
        if (step, tenth) == self.last and done != total:
            return
        self.last = (step, tenth)
        line = self.texts.translate(CTX, STEPS[step]).format(done=done, total=total)
        self.err.write(line + "\n")
        self.err.flush()


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    height = args.video_height
    if height is not None and height <= 0:
        err.write(
            services.texts.translate("AdminSaveOffline", "The video height must be 1 or more.")
            + "\n"
        )
        return 2
    kit = services.platform
    assert kit is not None
    if not kit.config.configured:
        raise PlatformUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "No platform address is set. Run it once with --api-base URL."
            )
        )
    if not kit.cache.is_platform_course(args.course_id):
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no platform course “{id}” on this computer. "
                "Run admin sync first, or look up its id with admin catalog.",
            ),
            id=args.course_id,
        )
    if height is None:
        height = read_video_height(services.machine)
    report = PlatformSync(kit, services.catalog, video_height=height).save_course(
        args.course_id, ProgressLines(services, err)
    )
    texts = services.texts
    for problem in report.problems:
        err.write(texts.error(problem) + "\n")
    out.write(
        texts.translate("AdminSaveOffline", "Lessons saved: {n}").format(n=report.lessons) + "\n"
    )
    out.write(
        texts.translate("AdminSaveOffline", "Files left out: {n}").format(n=len(report.problems))
        + "\n"
    )
    return 0
