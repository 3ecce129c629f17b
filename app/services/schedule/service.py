"""What the schedule screens and the admin verbs do with a learner's classes.

One place for "add / change / delete / undo / import / export", so the page, the
admin command and the reminder scheduler agree. ``listeners`` run after every
change (the app refreshes the reminder scheduler there).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.core.ports import Clock
from app.core.schedule_view import ScheduleView, build_schedule_view
from app.core.timetable import ClassEntry
from app.services.atomic_file import atomic_write
from app.services.schedule.repo import ScheduleRepo


class ScheduleService:
    def __init__(
        self,
        repo: ScheduleRepo,
        clock: Clock,
        home_zone: str,
    ) -> None:
        self.repo = repo
        self.clock = clock
        self.home_zone = home_zone  # the learner's own zone: new classes and floating times
        self.listeners: list[Callable[[], None]] = []  # run after every change (reminders)

    def changed(self) -> None:
        """Tell the listeners the classes changed (the platform sync merged some)."""
        for listener in self.listeners:
            listener()

    def now(self) -> datetime:
        return self.clock.now()

    def view(self) -> ScheduleView:
        return build_schedule_view(self.repo.all(), self.now())

    def classes(self) -> list[ClassEntry]:
        return self.repo.all()

    def get(self, class_id: int) -> ClassEntry:
        return self.repo.get(class_id)

    def save(self, entry: ClassEntry) -> ClassEntry:
        saved = self.repo.save(entry)
        self.changed()
        return saved

    def delete(self, class_id: int) -> ClassEntry:
        """Remove a class; keep what is returned to offer undo."""
        entry = self.repo.delete(class_id)
        self.changed()
        return entry

    def restore(self, entry: ClassEntry) -> None:
        """Undo a delete: the class comes back with its id (fired reminders stay fired)."""
        self.repo.save(entry)
        self.changed()

    def import_file(self, path: Path) -> list[ClassEntry]:
        """Add the classes of an .ics file not already here, or none (an error naming
        the problem); returns the ones added."""
        from app.services.schedule.ics import parse_ics  # icalendar only when needed

        found = parse_ics(path.read_bytes(), self.home_zone)
        # Importing the same file twice must not double the timetable.
        have = {_same(e) for e in self.repo.all()}
        added = self.repo.add_many([e for e in found if _same(e) not in have])
        self.changed()
        return added

    def export_file(self, path: Path) -> int:
        """Write all classes to ``path`` atomically; returns how many (else ``SaveError``)."""
        from app.services.schedule.ics import export_ics

        classes = self.repo.all()
        atomic_write(path, export_ics(classes, self.now()), make_folder=True)
        return len(classes)


def _same(entry: ClassEntry) -> tuple[object, ...]:
    return (entry.title, entry.start_local, entry.zone, entry.rrule)
