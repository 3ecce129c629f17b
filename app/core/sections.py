"""The platform's six sections and the silver-age section's topics.

Ids are stable identifiers shared with the platform's tag tree and with course
packs; the visible names are translated by the UI.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Sections"


@dataclass(frozen=True, slots=True)
class Section:
    """One of the platform's six sections: its stable id, and the name and description shown."""

    id: str
    name: str  # English source text, translated at display time
    description: str


SILVER_AGE = "silver_age"

SECTIONS: tuple[Section, ...] = (
    Section(
        SILVER_AGE,
        QT_TRANSLATE_NOOP("Sections", "Silver age classes"),
        QT_TRANSLATE_NOOP("Sections", "Courses made for older learners"),
    ),
    Section(
        "science",
        QT_TRANSLATE_NOOP("Sections", "Scientific literacy"),
        QT_TRANSLATE_NOOP("Sections", "Science in everyday life"),
    ),
    Section(
        "workplace",
        QT_TRANSLATE_NOOP("Sections", "Workplace skills"),
        QT_TRANSLATE_NOOP("Sections", "Skills for work and volunteering"),
    ),
    Section(
        "culture",
        QT_TRANSLATE_NOOP("Sections", "Cultural literacy"),
        QT_TRANSLATE_NOOP("Sections", "History, literature and the arts"),
    ),
    Section(
        "hobbies",
        QT_TRANSLATE_NOOP("Sections", "Hobbies and interests"),
        QT_TRANSLATE_NOOP("Sections", "Things to enjoy and make"),
    ),
    Section(
        "continuing",
        QT_TRANSLATE_NOOP("Sections", "Continuing education"),
        QT_TRANSLATE_NOOP("Sections", "Courses for further study"),
    ),
)

SECTION_IDS: frozenset[str] = frozenset(s.id for s in SECTIONS)

TOPICS: dict[str, str] = {
    "smart_living": QT_TRANSLATE_NOOP("Sections", "Smart living"),
    "safety": QT_TRANSLATE_NOOP("Sections", "Staying safe"),
    "health": QT_TRANSLATE_NOOP("Sections", "Health"),
    "exercise": QT_TRANSLATE_NOOP("Sections", "Exercise"),
    "arts": QT_TRANSLATE_NOOP("Sections", "Arts and calligraphy"),
}


def section(section_id: str) -> Section | None:
    return next((s for s in SECTIONS if s.id == section_id), None)
