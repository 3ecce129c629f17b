"""The profile pictures a learner chooses from (SVGs in ``resources/avatars/``).

Each has an id (its file name) and a plain description used as alt text and
accessible name, so a screen reader says "a red lantern", not "avatar 7".
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Avatars"


@dataclass(frozen=True, slots=True)
class Avatar:
    """One profile picture, with the description a screen reader says for it."""

    id: str
    alt: str  # English source text, translated at display time


AVATARS: tuple[Avatar, ...] = (
    Avatar("sun", QT_TRANSLATE_NOOP("Avatars", "A yellow sun on dark blue")),
    Avatar("moon", QT_TRANSLATE_NOOP("Avatars", "A white crescent moon at night")),
    Avatar("pine", QT_TRANSLATE_NOOP("Avatars", "A green pine tree")),
    Avatar("plum", QT_TRANSLATE_NOOP("Avatars", "A pink plum blossom")),
    Avatar("fish", QT_TRANSLATE_NOOP("Avatars", "An orange fish in blue water")),
    Avatar("bird", QT_TRANSLATE_NOOP("Avatars", "A red bird")),
    Avatar("house", QT_TRANSLATE_NOOP("Avatars", "A house with a brown roof")),
    Avatar("boat", QT_TRANSLATE_NOOP("Avatars", "A sailing boat on the sea")),
    Avatar("mountain", QT_TRANSLATE_NOOP("Avatars", "Grey mountains with snow")),
    Avatar("teacup", QT_TRANSLATE_NOOP("Avatars", "A teal teacup")),
    Avatar("lantern", QT_TRANSLATE_NOOP("Avatars", "A red lantern")),
    Avatar("butterfly", QT_TRANSLATE_NOOP("Avatars", "A purple butterfly")),
)

AVATAR_IDS: tuple[str, ...] = tuple(a.id for a in AVATARS)
DEFAULT_AVATAR = "sun"


def avatar(avatar_id: str) -> Avatar:
    """The avatar with this id, or the default one (an unknown id never breaks the picker)."""
    for item in AVATARS:
        if item.id == avatar_id:
            return item
    return AVATARS[0]


def next_free_avatar(used: list[str]) -> str:
    """The first avatar nobody uses yet, so new profiles look different by default."""
    for item in AVATARS:
        if item.id not in used:
            return item.id
    return AVATARS[len(used) % len(AVATARS)].id


GUEST_AVATAR = Avatar("guest", QT_TRANSLATE_NOOP("Avatars", "A grey figure of a visitor"))
