"""The classroom policy file: what an IT helper writes, and what happens when it is wrong."""

from __future__ import annotations

from pathlib import Path

from app.core.models import Catalog
from app.services.catalog_service import CatalogService
from app.services.packs.folder import PackFolder
from app.services.paths import resources_dir
from app.services.policy import (
    DEFAULT_IDLE_MINUTES,
    Policy,
    allowed_sources,
    default_policy_path,
    load_policy,
)

SAMPLE = resources_dir() / "policy.sample.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_policy_file_means_a_home_pc(tmp_path: Path) -> None:
    policy = load_policy(None, default=tmp_path / "missing.toml")
    assert policy == Policy()
    assert not policy.classroom_mode and policy.problem is None and policy.source is None


def test_full_policy_is_read(tmp_path: Path) -> None:
    pack = tmp_path / "packs" / "extra.zip"
    path = write(
        tmp_path,
        """
classroom_mode = true
idle_timeout_minutes = 10
guests_allowed = false
allowed_sections = ["silver_age", "culture"]
api_base = "https://example.org/api/"
packs = ["packs/extra.zip"]
""",
    )
    policy = load_policy(path)
    assert policy.problem is None
    assert policy.classroom_mode and policy.idle_timeout_seconds == 600
    assert not policy.guests_allowed
    assert policy.allowed_sections == ("silver_age", "culture")
    assert policy.api_base == "https://example.org/api"
    assert policy.packs == (pack,)  # relative to the policy file's folder
    assert policy.source == path


def test_classroom_mode_alone_brings_the_default_idle_timeout(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, "classroom_mode = true\n"))
    assert policy.idle_timeout_minutes == DEFAULT_IDLE_MINUTES and policy.guests_allowed


def test_the_documented_sample_is_valid() -> None:
    policy = load_policy(SAMPLE)
    assert policy.problem is None, policy.problem
    assert policy.classroom_mode


def test_invalid_policy_is_reported_plainly_and_safe_defaults_apply(tmp_path: Path) -> None:
    for text, words in [
        ("classroom_mode = yes please", "TOML"),
        ('classroom_mode = "on"', "true or false"),
        ("idle_timout_minutes = 5", "idle_timout_minutes"),
        ("idle_timeout_minutes = -3", "0 to 480"),
        ('allowed_sections = ["cooking"]', "cooking"),
        ('api_base = "ftp://x"', "https://"),
    ]:
        policy = load_policy(write(tmp_path, text))
        assert policy.problem is not None, text
        message = str(policy.problem)
        assert "cannot be used" in message and words in message, message
        assert "Traceback" not in message
        # safe: still a shared machine with the picker, a time-out and guests wiped
        assert policy.classroom_mode and policy.idle_timeout_minutes == DEFAULT_IDLE_MINUTES


def test_a_named_policy_file_that_is_missing_is_a_problem(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / "nope.toml")
    assert policy.problem is not None and "does not exist" in str(policy.problem)


def test_default_locations_per_os() -> None:
    assert default_policy_path("linux") == Path("/etc/silver-classroom/policy.toml")
    assert default_policy_path("darwin") == Path(
        "/Library/Application Support/SilverClassroom/policy.toml"
    )
    win = default_policy_path("win32", {"PROGRAMDATA": "D:\\PD"})
    assert win.parts[-2:] == ("SilverClassroom", "policy.toml") and "PD" in str(win)


def test_allowed_sections_hide_other_courses() -> None:
    pack = PackFolder.open(resources_dir() / "packs" / "silver-basics")
    everything = CatalogService([pack]).catalog
    assert everything.in_section("silver_age")
    only_culture = CatalogService(
        allowed_sources([pack], Policy(allowed_sections=("culture",)))
    ).catalog
    assert isinstance(only_culture, Catalog)
    assert only_culture.in_section("silver_age") == []
