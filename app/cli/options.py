"""One parser for the whole command line.

Global options (``--data-dir``, ``--lang``, ``--api-base``, ``--policy``, ``--profile``)
are taken out of the argument list wherever they stand (before a subcommand or
after its last argument), so every command treats them the same way.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import app
from app.services.path_checks import readable_file, usable_folder, writable_file

GLOBAL_OPTIONS: dict[str, str] = {
    "--data-dir": "data_dir",
    "--lang": "lang",
    "--api-base": "api_base",
    "--policy": "policy",
    "--profile": "profile",
}
LANG_CHOICES = ("zh_CN", "en")


class UsageError(Exception):
    """Bad command line: exit code 2 with a one-line message."""


@dataclass
class GlobalOptions:
    """The options every command takes, wherever they stand on the command line."""

    data_dir: Path | None = None
    lang: str | None = None
    api_base: str | None = None
    policy: Path | None = None
    profile: str | None = None


@dataclass
class CommandLine:
    """What ``parse`` made of the command line: the global options, and the rest as parsed."""

    globals: GlobalOptions
    args: argparse.Namespace
    rest: list[str] = field(default_factory=list)


def split_globals(argv: Sequence[str]) -> tuple[GlobalOptions, list[str]]:
    """Take the global options out of ``argv`` (``--opt VALUE`` or ``--opt=VALUE``)."""
    found: dict[str, str] = {}
    rest: list[str] = []
    items = list(argv)
    i = 0
    while i < len(items):
        item = items[i]
        name, eq, value = item.partition("=")
        if name in GLOBAL_OPTIONS:
            if not eq:
                if i + 1 >= len(items):
                    raise UsageError(f"{name} needs a value")
                value = items[i + 1]
                i += 1
            found[GLOBAL_OPTIONS[name]] = value
        elif item == "--":
            rest.extend(items[i:])
            break
        else:
            rest.append(item)
        i += 1
    lang = found.get("lang")
    if lang is not None and lang not in LANG_CHOICES:
        raise UsageError(f"--lang must be one of {', '.join(LANG_CHOICES)}")
    return (
        GlobalOptions(
            data_dir=Path(found["data_dir"]).expanduser() if "data_dir" in found else None,
            lang=lang,
            api_base=found.get("api_base"),
            policy=Path(found["policy"]).expanduser() if "policy" in found else None,
            profile=found.get("profile"),
        ),
        rest,
    )


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


AdminRegistrar = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]


def build_parser(admin_registrars: Sequence[AdminRegistrar]) -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m app", description="Silver Classroom (银龄课堂)")
    parser.add_argument(
        "--version", action="version", version=f"silver-classroom {app.__version__}"
    )
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path)
    parser.add_argument("--page", metavar="KEY", default="home")
    parser.add_argument("--text-scale", type=int, metavar="100..300")
    parser.add_argument("--theme", choices=("light", "dark", "contrast"))
    parser.add_argument("--size", metavar="WxH", default="1366x768")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    admin = commands.add_parser("admin", help="classroom and caregiver administration")
    verbs = admin.add_subparsers(dest="verb", parser_class=_Parser, required=True)
    for register in admin_registrars:
        register(verbs)
    return parser


def check_paths(cmd: CommandLine) -> None:
    """The global paths (data folder, policy file, screenshot) before anything is made:
    a ``PathProblem`` (one plain sentence, exit 1) if one cannot be used."""
    if cmd.globals.data_dir is not None:
        usable_folder(cmd.globals.data_dir)
    if cmd.globals.policy is not None:
        readable_file(cmd.globals.policy)
    if getattr(cmd.args, "screenshot", None) is not None:
        writable_file(cmd.args.screenshot)


def parse(argv: Sequence[str], admin_registrars: Sequence[AdminRegistrar]) -> CommandLine:
    options, rest = split_globals(argv)
    args = build_parser(admin_registrars).parse_args(rest)
    if args.text_scale is not None and not 100 <= args.text_scale <= 300:
        raise UsageError("--text-scale must be between 100 and 300")
    if args.size:
        width, _, height = args.size.partition("x")
        if not (width.isdigit() and height.isdigit()):
            raise UsageError("--size must look like 1366x768")
    args.profile = options.profile  # admin verbs act on this profile (None: the default one)
    return CommandLine(options, args, rest)
