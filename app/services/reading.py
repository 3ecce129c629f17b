"""Where a learner is in their lessons: bookmarks, last positions, finished lessons.

The reader and the bookmarks page talk to this one object; it turns sentences
into anchors when saving and anchors back into sentences (``locate``) when
showing, so a bookmark lands on the right sentence even after the lesson changed.

Places are kept per *text id* (``app/core/text_ids.py``): a lesson's own text by its
lesson id, the transcript of its video or a handout's large text by
``<lesson id>#<part>``, so they never mix. "Done" stays per lesson: a material text
never finishes a lesson by being read to the end, and "Mark as done" there marks its
lesson.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.core.anchors import Located, anchor_for, locate
from app.core.errors import SilverError
from app.core.lesson_text import LessonView
from app.core.sentences import Sentence, split_sentences
from app.core.text_ids import part_kind, split_text_id
from app.services.catalog_service import CatalogService
from app.services.learner import LearnerStore

if TYPE_CHECKING:
    from app.services.store.bookmarks_repo import Bookmark


KEEP_TEXTS = 4  # texts whose sentences are kept: a lesson's own, its transcript, handouts


@dataclass(frozen=True, slots=True)
class BookmarkItem:
    """One bookmark as the bookmarks page shows it."""

    bookmark: Bookmark
    lesson_title: str
    quote: str  # the sentence it points at now (or as saved, when the lesson is gone)
    start: int  # where to open the lesson (offset of that sentence)
    moved: bool  # the bookmarked sentence changed; ``quote`` is the nearest one
    missing: bool  # the lesson is no longer installed
    unavailable: bool = False  # a material's text that cannot be had now (not saved, offline)

    @property
    def part(self) -> str:
        """What the bookmark is in: "" (the lesson's text), ``video``, ``audio``, ``handout``."""
        return part_kind(split_text_id(self.bookmark.lesson_id)[1])

    @property
    def key(self) -> str:
        """The page key that opens the lesson at this bookmark."""
        return f"lesson:{self.bookmark.lesson_id}@{self.start}"


@dataclass(frozen=True, slots=True)
class CourseBookmarks:
    """One course's bookmarks, shown together on the bookmarks page."""

    course_id: str
    course_title: str
    items: tuple[BookmarkItem, ...]


class ReadingPlaces:
    def __init__(
        self,
        store: LearnerStore,
        catalog: CatalogService,
        view_of: Callable[[str], LessonView],
        lang: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        finished: Callable[[str, str], object] = lambda _course, _lesson: None,
    ) -> None:
        """``view_of(text_id)`` lays a lesson (or a material's text, ``<lesson id>#<part>``)
        out as the reader shows it, raising ``SilverError`` when it cannot; ``finished(course
        id, lesson id)`` hears when a lesson becomes done (the learning record's "completed")."""
        self._store = store
        self._catalog = catalog
        self._view_of = view_of
        self._lang = lang
        self._clock = clock
        self._finished = finished
        self._sentences: dict[tuple[str, str], list[Sentence]] = {}

    # -- sentences
    def sentences(self, view: LessonView) -> list[Sentence]:
        key = (view.lesson_id, view.text)
        if key not in self._sentences:
            # Keep only the open lesson's texts (its own, a transcript, a handout's).
            while len(self._sentences) >= KEEP_TEXTS:
                del self._sentences[next(iter(self._sentences))]
            self._sentences[key] = split_sentences(view.text)
        return self._sentences[key]

    def forget(self) -> None:
        """The lesson was left: its sentences are not kept for a page that is gone."""
        self._sentences = {}

    def _course_id(self, text_id: str) -> str:
        course = self._catalog.catalog.course_of_lesson(split_text_id(text_id)[0])
        return course.id if course is not None else ""

    # -- bookmarks
    def add_bookmark(self, view: LessonView, sentence: Sentence, note: str = "") -> Bookmark:
        anchor = anchor_for(self.sentences(view), sentence)
        return self._store.bookmarks.add(
            view.lesson_id,
            self._course_id(view.lesson_id),
            anchor,
            sentence.text,
            self._clock(),
            note,
        )

    def set_note(self, bookmark_id: int, note: str) -> None:
        self._store.bookmarks.set_note(bookmark_id, note)

    def delete(self, bookmark_id: int) -> Bookmark | None:
        return self._store.bookmarks.delete(bookmark_id)

    def restore(self, bookmark: Bookmark) -> None:
        self._store.bookmarks.restore(bookmark)

    def bookmarks_by_course(self) -> list[CourseBookmarks]:
        """Every bookmark, grouped by course (catalog order), each placed in today's text."""
        placed: dict[str, list[Sentence] | None] = {}
        groups: dict[str, list[BookmarkItem]] = {}
        for bookmark in self._store.bookmarks.all():
            text_id = bookmark.lesson_id
            if text_id not in placed:
                try:
                    placed[text_id] = split_sentences(self._view_of(text_id).text)
                except SilverError:
                    placed[text_id] = None
            sentences = placed[text_id]
            found = locate(bookmark.anchor, sentences) if sentences is not None else None
            lesson_id, part = split_text_id(text_id)
            ref = self._catalog.catalog.lesson(lesson_id)
            title = ref.title_in(self._lang) if ref is not None else ""
            if found is None:
                # A material's text of a lesson still here may just not be on this
                # computer now: the bookmark shows as saved and still opens the lesson.
                unavailable = sentences is None and bool(part) and ref is not None
                item = BookmarkItem(
                    bookmark,
                    title,
                    bookmark.quote,
                    bookmark.anchor.offset,
                    False,
                    sentences is None and not unavailable,
                    unavailable,
                )
            else:
                item = BookmarkItem(
                    bookmark,
                    title,
                    found.sentence.text,
                    found.sentence.start,
                    not found.exact,
                    False,
                )
            groups.setdefault(bookmark.course_id, []).append(item)
        order = list(self._catalog.catalog.courses)
        result = []
        for course_id in sorted(
            groups, key=lambda c: (c not in order, order.index(c) if c in order else 0, c)
        ):
            course = self._catalog.catalog.courses.get(course_id)
            result.append(
                CourseBookmarks(
                    course_id,
                    course.title_in(self._lang) if course is not None else "",
                    tuple(groups[course_id]),
                )
            )
        return result

    # -- progress
    def resume_at(self, view: LessonView) -> Located | None:
        """Where the learner stopped in this lesson (None: never read past the start)."""
        saved = self._store.progress.get(view.lesson_id)
        if saved is None or not saved.anchor.fingerprint:
            return None
        return locate(saved.anchor, self.sentences(view))

    def save_position(self, view: LessonView, sentence: Sentence, *, finished: bool) -> None:
        """Where the learner is in this text; ``finished`` (read to the end) finishes a
        lesson's own text only."""
        sentences = self.sentences(view)
        percent = round(100 * (sentence.index + 1) / max(1, len(sentences)))
        finished = finished and not split_text_id(view.lesson_id)[1]
        newly_done = finished and not self.is_done(view.lesson_id)
        self._store.progress.save_position(
            view.lesson_id,
            self._course_id(view.lesson_id),
            anchor_for(sentences, sentence),
            percent,
            self._clock(),
            finished=finished,
        )
        if newly_done:
            self._finished(self._course_id(view.lesson_id), view.lesson_id)

    def mark_done(self, view: LessonView) -> None:
        """Mark the lesson done (from a transcript or a handout's text too: its lesson)."""
        lesson_id = split_text_id(view.lesson_id)[0]
        newly_done = not self.is_done(lesson_id)
        course_id = self._course_id(lesson_id)
        self._store.progress.mark_done(lesson_id, course_id, self._clock())
        if newly_done:
            self._finished(course_id, lesson_id)

    def continue_with(self, lesson_id: str) -> str:
        """The lesson to continue: this one, or once it is done, the next unfinished one of
        its course (the one obvious next step)."""
        course = self._catalog.catalog.course_of_lesson(lesson_id)
        if course is None or not self.is_done(lesson_id):
            return lesson_id
        ids = [lesson.id for lesson in course.lessons]
        later = ids[ids.index(lesson_id) + 1 :]
        return next((i for i in later if not self.is_done(i)), lesson_id)

    def was_read_aloud(self, lesson_id: str) -> bool:
        """Whether this lesson was ever read aloud (the resume offer is then spoken too)."""
        saved = self._store.progress.get(lesson_id)
        return saved is not None and saved.read_aloud

    def is_done(self, lesson_id: str) -> bool:
        """Whether the lesson is done (a material text's id answers for its lesson)."""
        saved = self._store.progress.get(split_text_id(lesson_id)[0])
        return saved is not None and saved.done
