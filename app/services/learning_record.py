"""The learner's record, read from their store: the page's summary, the certificate's
facts and the spreadsheet export. Qt-free, used by the window and by ``admin records``."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.learning_record import CourseRecord, LearningSummary, week_bars
from app.core.models import Catalog
from app.core.ports import Clock
from app.services.atomic_file import atomic_write
from app.services.learner import LearnerStore

CSV_COLUMNS = ("day", "course_id", "course", "lesson_id", "lesson", "minutes", "read_s",
               "listened_s", "watched_s")  # fmt: skip


class CourseNotFinished(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors", "This course is not finished yet, so there is no certificate for it."
    )


class LearningRecord:
    def __init__(self, store: LearnerStore, catalog: Catalog, clock: Clock) -> None:
        self._store = store
        self._catalog = catalog
        self._clock = clock

    def summary(self) -> LearningSummary:
        today = self._clock.now().date()
        bars = week_bars(today, self._store.study.seconds_by_day(date.min, date.max))
        month = today.strftime("%Y-%m")
        zone = self._clock.now().tzinfo
        done = [p for p in self._store.progress.all() if p.done and p.done_at]
        this_month = sum(1 for p in done if _local_day(p.done_at, zone).strftime("%Y-%m") == month)
        return LearningSummary(
            bars,
            this_month,
            len(self.finished_courses()),
            self._store.study.total_seconds(),
        )

    def finished_courses(self) -> list[str]:
        """Ids of courses whose every lesson is done, in catalog order."""
        done = {p.lesson_id for p in self._store.progress.all() if p.done}
        return [
            course.id
            for course in self._catalog.courses.values()
            if course.lessons and all(lesson.id in done for lesson in course.lessons)
        ]

    def course_record(self, course_id: str, learner: str, lang: str) -> CourseRecord:
        """The facts for a certificate (``CourseNotFinished`` if it is not done)."""
        course = self._catalog.courses.get(course_id)
        if course is None or course_id not in self.finished_courses():
            raise CourseNotFinished()
        progress = {p.lesson_id: p for p in self._store.progress.all()}
        zone = self._clock.now().tzinfo
        done_days = [
            _local_day(progress[lesson.id].done_at, zone)
            for lesson in course.lessons
            if progress[lesson.id].done_at
        ]
        studied = self._store.study.days(course_id)
        days = done_days + (list(studied) if studied else [])
        today = self._clock.now().date()
        return CourseRecord(
            learner,
            course.title_in(lang),
            len(course.lessons),
            self._store.study.total_seconds(course_id),
            min(days, default=today),
            max(days, default=today),
        )

    def export_csv(self, path: Path, lang: str) -> int:
        """One row per lesson and day (UTF-8 with BOM, so spreadsheets read the Chinese)."""
        totals: dict[tuple[str, str, str], dict[str, int]] = {}
        for row in self._store.study.rows():
            key = (row.day.isoformat(), row.course_id, row.lesson_id)
            totals.setdefault(key, {})[row.kind] = row.seconds
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for (day, course_id, lesson_id), kinds in sorted(totals.items()):
            course = self._catalog.courses.get(course_id)
            lesson = self._catalog.lesson(lesson_id)
            seconds = sum(kinds.values())
            writer.writerow(
                [
                    day,
                    course_id,
                    course.title_in(lang) if course else "",
                    lesson_id,
                    lesson.title_in(lang) if lesson else "",
                    round(seconds / 60, 1),
                    kinds.get("read", 0),
                    kinds.get("listened", 0),
                    kinds.get("watched", 0),
                ]
            )
        atomic_write(path, out.getvalue().encode("utf-8-sig"))
        return len(totals)


def _local_day(stamp: str, zone: object) -> date:
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is not None and zone is not None:
        moment = moment.astimezone(zone)  # type: ignore[arg-type]
    return moment.date()
