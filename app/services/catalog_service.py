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
        self.catalog = self._build(Catalog())

    def replace_sources(self, sources: Sequence[CourseSource]) -> None:
        self._sources = list(sources)
        self.catalog = self._build(self.catalog)

    @property
    def sources(self) -> list[CourseSource]:
        return list(self._sources)

    def refresh(self) -> None:
        """Rebuild the catalog after a source changed (a sync, a saved course)."""
        self.catalog = self._build(self.catalog)

    def build(self) -> Catalog:
        """A fresh catalog from the sources, without installing it: the app builds a large
        one in a worker thread, then swaps it in on the GUI thread (``catalog = …``)."""
        return self._build(self.catalog)

    def _build(self, previous: Catalog) -> Catalog:
        """The sources' courses; a course equal to one in ``previous`` is that very object.

        A rebuild after a sync finds most courses unchanged. Keeping the old objects lets
        the new copies die at once, young, instead of joining the old generation: a
        10,000-course catalog is about 50,000 objects, and each of the collector's full
        passes over them held every thread, the GUI's too, for 40-60 ms (issue 17,
        docs/performance.md §2). Pages showing a course keep showing the catalog's own.
        """
        kept = previous.courses
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
                same = kept.get(course.id)
                courses[course.id] = same if same is not None and same == course else course
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
