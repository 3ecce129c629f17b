"""Global options mean the same wherever they stand on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.admin import REGISTRARS
from app.cli.options import UsageError, parse, split_globals


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "/d", "--lang", "en", "admin", "catalog", "--json"],
        ["admin", "catalog", "--json", "--data-dir", "/d", "--lang", "en"],
        ["admin", "--lang=en", "catalog", "--data-dir=/d", "--json"],
    ],
)
def test_global_options_before_or_after_the_subcommand(argv: list[str]) -> None:
    cmd = parse(argv, REGISTRARS)
    assert cmd.globals.data_dir == Path("/d")
    assert cmd.globals.lang == "en"
    assert cmd.args.command == "admin" and cmd.args.verb == "catalog" and cmd.args.json


def test_all_global_options_are_recognised() -> None:
    options, rest = split_globals(
        ["--api-base", "http://127.0.0.1:9/", "x", "--policy", "/p.toml", "--profile", "Li"]
    )
    assert options.api_base == "http://127.0.0.1:9/"
    assert options.policy == Path("/p.toml")
    assert options.profile == "Li"
    assert rest == ["x"]


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "fr"],
        ["--data-dir"],
        ["--text-scale", "50"],
        ["--size", "big"],
        ["admin"],
        ["admin", "no-such-verb"],
    ],
)
def test_bad_command_lines_are_usage_errors(argv: list[str]) -> None:
    with pytest.raises(UsageError):
        parse(argv, REGISTRARS)
