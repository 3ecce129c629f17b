"""``admin sync``: the window's sync, from the command line (``PlatformSync.run``).

Fetches the public catalog into this computer's cache, brings the search index up to
date and, when the chosen learner (``--profile NAME``, else the default one) is signed
in, merges their enrolled classes into their schedule. Uses ``--api-base URL``
(remembered as the platform address for later runs). Prints counts of topics, courses
and lessons fetched and items skipped (and of classes, for a signed-in learner);
exit 0 when the catalog was refreshed (even with skipped items or a class problem,
which is written to stderr), 1 with a plain message when the tag tree, version index
or a part cannot be read (the cache is left as it was).
"""

from __future__ import annotations

import argparse
from contextlib import nullcontext
from typing import TextIO

from app.core.errors import PlatformUnavailable
from app.core.i18n import QT_TRANSLATE_NOOP
from app.services.app_services import AppServices
from app.services.platform.config import remember_base
from app.services.platform_sync import LearnerClasses, PlatformSync


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("sync", help="fetch the course catalog from the platform")
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    kit = services.platform
    assert kit is not None
    if not kit.config.configured:
        raise PlatformUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "No platform address is set. Run it once with --api-base URL."
            )
        )
    remember_base(services.machine, kit.config.base_url)
    profile = (
        services.profiles.by_name(args.profile) if args.profile else services.profiles.default()
    )
    secrets = kit.secrets
    learner = LearnerClasses(
        token=lambda: None if secrets is None else secrets.get(profile.id),
        schedule=lambda: nullcontext(services.learner(profile).schedule),  # one thread here
    )
    report = PlatformSync(kit, services.catalog, learner).run()
    texts = services.texts
    for note in report.skipped:
        err.write(texts.translate("AdminSync", "Skipped: {note}").format(note=note) + "\n")
    out.write(texts.translate("AdminSync", "Topics: {n}").format(n=report.topics) + "\n")
    out.write(texts.translate("AdminSync", "Courses: {n}").format(n=report.courses) + "\n")
    out.write(texts.translate("AdminSync", "Lessons: {n}").format(n=report.lessons) + "\n")
    out.write(
        texts.translate("AdminSync", "Skipped items: {n}").format(n=len(report.skipped)) + "\n"
    )
    if report.classes is not None:
        out.write(
            texts.translate("AdminSync", "Enrolled classes: {n}").format(n=report.classes.enrolled)
            + "\n"
        )
    if report.classes_problem is not None:
        err.write(texts.error(report.classes_problem) + "\n")
    return 0
