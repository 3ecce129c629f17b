"""Composition root: parse the command line, build the services, run the command.

This is the one place that knows every service; reading it top to bottom tells how
the app fits together. The window is put together by ``app.ui.window_builder`` and run
by ``app.ui.desktop``. Nothing here is global: each run builds its own objects.
"""

from __future__ import annotations

from app import startup_gc

if __name__ == "__main__":  # python -m app: before PySide6 and our modules load
    startup_gc.pause()

import os
import sys
import threading
from collections.abc import Sequence
from typing import Any, NoReturn

from app.cli.options import AdminRegistrar, CommandLine, UsageError, check_paths, parse
from app.core.errors import SilverError
from app.core.i18n import normalise_language
from app.core.ports import Clock, SecretStore
from app.services.app_services import AppServices, catalog_sources
from app.services.catalog_service import CatalogService
from app.services.clock import SystemClock
from app.services.paths import DataPaths, default_data_dir
from app.services.platform.platform_kit import build_platform
from app.services.policy import Policy, load_policy
from app.services.secrets.keyring_store import KeyringSecretStore, system_backend
from app.services.store.database import connect
from app.services.store.profiles import ProfileRepo
from app.services.store.schema import MACHINE_MIGRATIONS
from app.services.translations import Texts, load_translator


def build_services(
    cmd: CommandLine,
    *,
    lang_fallback: str,
    clock: Clock,
    secrets: SecretStore,
    policy: Policy | None = None,
) -> AppServices:
    """Every service of one run. ``policy`` (tests) stands in for ``--policy`` / the OS file."""
    paths = DataPaths(cmd.globals.data_dir or default_data_dir()).ensure()
    machine = connect(paths.machine_db, MACHINE_MIGRATIONS)
    policy = policy or load_policy(cmd.globals.policy)
    if policy.packs:  # a classroom's packs; the zip and copy code loads only then
        from app.services.policy_packs import install_policy_packs

        for problem in install_policy_packs(paths, policy):
            print(problem, file=sys.stderr)
    profiles = ProfileRepo(machine)
    lang = cmd.globals.lang or lang_fallback
    overrides: dict[str, Any] = {"language": cmd.globals.lang} if cmd.globals.lang else {}
    texts = Texts(load_translator(lang))
    api_base = cmd.globals.api_base or policy.api_base
    platform = build_platform(
        paths.root,
        paths.machine_db,
        machine,
        api_base=api_base,
        placeholder=lambda: texts.translate(
            "Platform",
            "This lesson is not saved on this computer yet. It will appear here as soon as "
            "the computer can reach the lesson service.",
        ),
        secrets=secrets,
    )
    return AppServices(
        paths=paths,
        machine=machine,
        profiles=profiles,
        catalog=CatalogService(catalog_sources(paths, platform.cache, policy)),
        texts=texts,
        lang=lang,
        overrides=overrides,
        policy=policy,
        api_base=api_base,
        platform=platform,
        clock=clock,
        secrets=secrets,
    )


def system_language() -> str:
    import locale  # only the admin commands and error messages need it

    return normalise_language(locale.getlocale()[0] or os.environ.get("LANG"))


def admin_registrars(argv: Sequence[str]) -> list[AdminRegistrar]:
    """The admin verbs, loaded only for an admin command line: they pull in the speech
    worker, the HTTP client and more, which the window does not need to start."""
    if "admin" not in argv:
        return []
    from app.cli import admin

    return admin.REGISTRARS


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Qt's developer chatter (missing video codecs, offscreen hints) is not for learners or
    # for scripts reading stderr; a developer can still set QT_LOGGING_RULES themselves.
    os.environ.setdefault(
        "QT_LOGGING_RULES", "qt.multimedia*=false;qt.qpa.*=false;qt.multimedia.ffmpeg=false"
    )
    try:
        cmd = parse(argv, admin_registrars(argv))
    except UsageError as exc:
        print(f"silver-classroom: {exc}", file=sys.stderr)
        return 2
    try:
        check_paths(cmd)
        services = build_services(
            cmd,
            lang_fallback=system_language() if cmd.args.command == "admin" else "zh_CN",
            clock=SystemClock(),
            secrets=KeyringSecretStore(system_backend),  # sign-in and learner removal share it
        )
    except SilverError as exc:
        texts = Texts(load_translator(cmd.globals.lang or system_language()))
        print(texts.error(exc), file=sys.stderr)
        return 1
    try:
        if cmd.args.command == "admin":
            from app.cli import admin

            startup_gc.resume()  # an admin command may run for hours
            return admin.run(services, cmd.args, sys.stdout, sys.stderr)
        from app.ui import desktop

        if cmd.args.screenshot:
            return desktop.run_screenshot(services, cmd.args, cmd.globals.profile)
        return desktop.run_window(
            services, cmd.globals.profile, after_first_paint=startup_gc.resume
        )
    except SilverError as exc:  # e.g. a learner database from a newer app: say so, plainly
        print(services.texts.error(exc), file=sys.stderr)
        return 1
    finally:
        services.close()


def run() -> NoReturn:
    """The program's entry point: ``main()``, then the process ends at once.

    By the time ``main`` returns, everything that must last is on disk: the databases are
    closed (``services.close``) and every file was written whole (``atomic_file``).
    Python's usual teardown would then free each module and object one by one, and Qt
    each widget, for memory the system takes back anyway: about 50 ms of a screenshot
    run (docs/performance.md). When a Python thread or a child process (the speech
    worker) is still running, Python's own exit waits for it or stops it, as usual.

    The garbage collector is paused until the first paint (``app.startup_gc``): from the
    top of this file when started as ``python -m app``, from the launcher's first line in
    the bundle, and from here when an installed wrapper imported this module first.
    """
    startup_gc.pause()
    code = main()
    children = sys.modules.get("multiprocessing")
    if threading.active_count() > 1 or (children is not None and children.active_children()):
        sys.exit(code)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
