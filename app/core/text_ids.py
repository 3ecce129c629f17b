"""Which text a reading place belongs to: a lesson's own text, or a text made from one of
its materials (the transcript of a video or recording, a handout's large text).

The learner's bookmarks and reading positions are kept by *text id* (the ``lesson_id``
column of the ``bookmarks`` and ``progress`` tables), so places in different texts never
mix and no schema change was needed:

- a lesson's own text: the lesson id, as always (``m00001-l0``);
- a material's text: ``<lesson id>#<part>``, where ``part`` is the material's kind
  (``video``, ``audio``, ``handout``) and, for the second and later material of the same
  kind in one lesson, ``-<n>`` in the order the strip shows them (``m00001-l0#handout``,
  ``m00001-l0#handout-2``, ``m00001-l2#audio``).

A lesson is "done" per lesson: a material text's ``progress`` row only keeps where the
learner stopped in it (never ``done``), and lists of lessons (the home page's "continue")
leave such rows out (``is_material_text``).
"""

from __future__ import annotations

import re

SEPARATOR = "#"
KINDS = ("video", "audio", "handout")
_PART = re.compile(r"(video|audio|handout)(?:-([2-9]|[1-9][0-9]+))?")


def material_text_id(lesson_id: str, part: str) -> str:
    """The text id of a lesson's material text (``part`` from ``part_name``)."""
    return f"{lesson_id}{SEPARATOR}{part}"


def part_name(kind: str, n: int = 1) -> str:
    """The ``n``-th (from 1) material of this kind in a lesson: ``handout``, ``handout-2``."""
    if kind not in KINDS or n < 1:
        raise ValueError(f"no text part for {kind!r} #{n}")
    return kind if n == 1 else f"{kind}-{n}"


def split_text_id(text_id: str) -> tuple[str, str]:
    """(lesson id, part); the part is "" for a lesson's own text."""
    lesson_id, sep, part = text_id.rpartition(SEPARATOR)
    if sep and lesson_id and _PART.fullmatch(part):
        return lesson_id, part
    return text_id, ""


def part_kind(part: str) -> str:
    """``video`` / ``audio`` / ``handout`` of a part ("" for none or an unknown one)."""
    found = _PART.fullmatch(part)
    return found.group(1) if found else ""


def part_number(part: str) -> int:
    """1 for ``handout``, 2 for ``handout-2`` (0 for no part)."""
    found = _PART.fullmatch(part)
    if found is None:
        return 0
    return int(found.group(2)) if found.group(2) else 1


def is_material_text(text_id: str) -> bool:
    return split_text_id(text_id)[1] != ""


def parse_lesson_key(arg: str) -> tuple[str, int | None]:
    """The part after ``lesson:`` → (lesson id, offset to open at or None).

    ``lesson:<id>`` opens where the learner stopped; ``lesson:<id>@<offset>`` opens at
    the sentence at that offset of the display text (how a bookmark is opened). The id
    may be a material text's (``<lesson id>#handout@<offset>``, see the top of this module).
    """
    lesson_id, _, at = arg.partition("@")
    return lesson_id, int(at) if at.isdigit() else None
