"""The classroom policy: a machine-wide TOML file the IT helper writes.

What it may set is in docs/requirements.md#classrooms-and-caregivers.

Read once at start. ``--policy FILE`` overrides the per-OS default location. A file
that cannot be used is reported in one plain sentence and the *safe* defaults
apply: a policy file exists, so this is a shared machine, and a broken file must
not turn it into a home PC that skips the picker and keeps guests' data.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.models import Course, LessonContent
from app.core.ports import CourseSource
from app.core.sections import SECTIONS

ALL_SECTIONS: tuple[str, ...] = tuple(s.id for s in SECTIONS)

DEFAULT_IDLE_MINUTES = 15
MAX_POLICY_BYTES = 256 * 1024


class PolicyError(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "The classroom policy file {path} cannot be used ({problem}). "
        "Safe classroom settings are used instead.",
    )


@dataclass(frozen=True, slots=True)
class Policy:
    """What the machine's administrator decided. The defaults are a home PC's."""

    classroom_mode: bool = False
    idle_timeout_minutes: int = 0  # 0: never return to the picker by itself
    allowed_sections: tuple[str, ...] = ALL_SECTIONS
    api_base: str | None = None
    packs: tuple[Path, ...] = ()
    guests_allowed: bool = True
    source: Path | None = None  # the file in force, None when there is none
    problem: PolicyError | None = field(default=None, compare=False)

    @property
    def idle_timeout_seconds(self) -> int:
        return self.idle_timeout_minutes * 60


def safe_classroom_policy(source: Path | None = None) -> Policy:
    """What applies when a policy file exists but is broken: a careful shared machine."""
    return Policy(
        classroom_mode=True,
        idle_timeout_minutes=DEFAULT_IDLE_MINUTES,
        guests_allowed=True,
        source=source,
    )


def default_policy_path(platform: str = sys.platform, env: dict[str, str] | None = None) -> Path:
    """Where an administrator puts the policy on this OS (writable by administrators only)."""
    env = dict(os.environ) if env is None else env
    if platform.startswith("win"):
        base = env.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "SilverClassroom" / "policy.toml"
    if platform == "darwin":
        return Path("/Library/Application Support/SilverClassroom/policy.toml")
    return Path("/etc/silver-classroom/policy.toml")


_KEYS = {
    "classroom_mode",
    "idle_timeout_minutes",
    "allowed_sections",
    "api_base",
    "packs",
    "guests_allowed",
}


def parse_policy(data: dict[str, Any], source: Path | None = None) -> Policy:
    """A ``Policy`` from parsed TOML; ``ValueError`` naming the first problem."""
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ValueError(f"unknown setting “{unknown[0]}”")
    policy = Policy(source=source)
    if "classroom_mode" in data:
        policy = replace(policy, classroom_mode=_bool(data, "classroom_mode"))
        if policy.classroom_mode:
            policy = replace(policy, idle_timeout_minutes=DEFAULT_IDLE_MINUTES)
    if "guests_allowed" in data:
        policy = replace(policy, guests_allowed=_bool(data, "guests_allowed"))
    if "idle_timeout_minutes" in data:
        minutes = data["idle_timeout_minutes"]
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 480:
            raise ValueError("idle_timeout_minutes must be a whole number from 0 to 480")
        policy = replace(policy, idle_timeout_minutes=minutes)
    if "allowed_sections" in data:
        sections = data["allowed_sections"]
        if not isinstance(sections, list) or not all(isinstance(s, str) for s in sections):
            raise ValueError("allowed_sections must be a list of section names")
        bad = [s for s in sections if s not in ALL_SECTIONS]
        if bad:
            raise ValueError(f"there is no section called “{bad[0]}”")
        if not sections:
            raise ValueError("allowed_sections must name at least one section")
        policy = replace(policy, allowed_sections=tuple(sections))
    if "api_base" in data:
        base = data["api_base"]
        if not isinstance(base, str) or not base.startswith(("https://", "http://")):
            raise ValueError("api_base must be a web address starting with https://")
        policy = replace(policy, api_base=base.rstrip("/"))
    if "packs" in data:
        packs = data["packs"]
        if not isinstance(packs, list) or not all(isinstance(p, str) and p for p in packs):
            raise ValueError("packs must be a list of folder or file paths")
        base_dir = source.parent if source else Path.cwd()
        policy = replace(policy, packs=tuple(base_dir / Path(p).expanduser() for p in packs))
    return policy


def _bool(data: dict[str, Any], key: str) -> bool:
    value = data[key]
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false")
    return value


def load_policy(explicit: Path | None = None, default: Path | None = None) -> Policy:
    """The policy in force: ``explicit`` (``--policy``) or the OS default file.

    No file at the default place → home PC defaults. A named file that is missing, or
    any file that cannot be read or parsed → safe classroom defaults plus ``problem``.
    """
    path = explicit if explicit is not None else (default or default_policy_path())
    if explicit is None and not path.exists():
        return Policy()
    import tomllib  # only when there is a policy file to read (issue 17: start-up)

    try:
        if path.stat().st_size > MAX_POLICY_BYTES:
            raise ValueError("the file is far too large")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return parse_policy(data, path)
    except FileNotFoundError:
        problem = "the file does not exist"
    except (OSError, UnicodeDecodeError):
        problem = "the file cannot be read"
    except tomllib.TOMLDecodeError as exc:
        problem = f"it is not valid TOML: {exc}"
    except ValueError as exc:
        problem = str(exc)
    policy = safe_classroom_policy(path)
    return replace(policy, problem=PolicyError(path=str(path), problem=problem))


class _SectionFilter:
    """A ``CourseSource`` showing only the courses of the sections the policy allows."""

    def __init__(self, source: CourseSource, allowed: tuple[str, ...]) -> None:
        self._source = source
        self._allowed = allowed

    @property
    def inner(self) -> CourseSource:
        """The filtered source (search and export need to know what it really is)."""
        return self._source

    def courses(self) -> list[Course]:
        return [c for c in self._source.courses() if c.section in self._allowed]

    def lesson_content(self, lesson_id: str, lang: str) -> LessonContent | None:
        allowed = {lesson.id for c in self.courses() for lesson in c.lessons}
        return self._source.lesson_content(lesson_id, lang) if lesson_id in allowed else None


def allowed_sources(sources: list[CourseSource], policy: Policy) -> list[CourseSource]:
    """``sources`` limited to the policy's allowed sections (unchanged when all are)."""
    if set(policy.allowed_sections) >= set(ALL_SECTIONS):
        return sources
    return [_SectionFilter(s, policy.allowed_sections) for s in sources]
