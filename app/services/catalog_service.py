"""Everything installed, in one catalog: bundled pack, installed packs, platform cache.

Ids are unique across sources; a later source never silently shadows an earlier
one (the first wins and the clash is reported in ``problems``).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.errors import NotFoundError, PackError
from app.core.models import Catalog, Course, LessonContent
from app.core.ports import CourseSource


class CatalogService:
    def __init__(self, sources: Sequence[CourseSource]) -> None:
        self._sources = list(sources)
        self.problems: list[str] = []
        self.catalog = self._build()

    def replace_sources(self, sources: Sequence[CourseSource]) -> None:
        self._sources = list(sources)
        self.catalog = self._build()

    @property
    def sources(self) -> list[CourseSource]:
        return list(self._sources)

    def refresh(self) -> None:
        """Rebuild the catalog after a source changed (a sync, a saved course)."""
        self.catalog = self._build()

    def build(self) -> Catalog:
        """A fresh catalog from the sources, without installing it: the app builds a large
        one in a worker thread, then swaps it in on the GUI thread (``catalog = …``)."""
        return self._build()

    def _build(self) -> Catalog:
        courses: dict[str, Course] = {}
        lesson_ids: set[str] = set()
        self.problems = []
        for source in self._sources:
            try:
                found = source.courses()
            except PackError as exc:
                self.problems.append(str(exc))
                continue
            for course in found:
                ids = {lesson.id for lesson in course.lessons}
                if course.id in courses or ids & lesson_ids:
                    self.problems.append(f"duplicate id in {course.source}: {course.id}")
                    continue
                courses[course.id] = course
                lesson_ids |= ids
        return Catalog(courses)

    def course(self, course_id: str) -> Course:
        course = self.catalog.courses.get(course_id)
        if course is None:
            raise NotFoundError()
        return course

    def lesson_content(self, lesson_id: str, lang: str) -> LessonContent:
        for source in self._sources:
            content = source.lesson_content(lesson_id, lang)
            if content is not None:
                return content
        raise NotFoundError()
