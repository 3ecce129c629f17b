"""The reminder scheduler: in time, once, in large text, a notification and a voice.

It keeps ``next_fire_utc`` and compares it with the injected clock on every
``tick()`` (the app ticks every few seconds with a QTimer), so a reminder due while
the computer slept fires on wake, and a changed clock is noticed at the next tick.
Every reminder shown is written to the store first, so none is shown twice, even
after a restart. Reminders missed while the app was closed are shown once at
``start()`` if they were due within the grace window (2 hours) and the class has
not ended yet; older ones are skipped silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.core.ports import Clock, Notifier, Speaker
from app.core.timetable import ClassEntry, ReminderTime, reminder_times
from app.services.reminders.wording import reminder_sentence, reminder_title
from app.services.schedule.repo import ReminderKey, ScheduleRepo

GRACE = timedelta(hours=2)
LATE = timedelta(minutes=1)  # later than this after its fire time, a reminder counts as missed
LOOKAHEAD = timedelta(days=8)
SNOOZE_CHOICES = (5, 10)


@dataclass(frozen=True, slots=True)
class DueReminder:
    """A reminder being shown: what the banner, the notification and the voice say."""

    key: ReminderKey
    entry: ClassEntry
    start: datetime  # the session's start (aware)
    offset_min: int
    text: str
    missed: bool  # shown late: the app was closed or the computer asleep


class ReminderScheduler:
    def __init__(
        self,
        repo: ScheduleRepo,
        clock: Clock,
        notifier: Notifier,
        speaker: Speaker,
        *,
        wording: Callable[[ClassEntry, datetime, datetime], str] = reminder_sentence,
        grace: timedelta = GRACE,
        lang: str = "zh_CN",
    ) -> None:
        self._lang = lang
        self._repo = repo
        self._clock = clock
        self._notifier = notifier
        self._speaker = speaker
        self._wording = wording
        self._grace = grace
        self.listeners: list[Callable[[DueReminder], None]] = []
        self.active: list[DueReminder] = []
        self.next_fire_utc: datetime | None = None
        self._dirty = True

    # ------------------------------------------------------------ driving
    def start(self) -> list[DueReminder]:
        """First check at start: shows reminders missed while closed (within the grace)."""
        self._dirty = True
        return self.tick()

    def refresh(self) -> None:
        """Classes changed: recompute at the next tick."""
        self._dirty = True

    def tick(self) -> list[DueReminder]:
        """Show whatever is due now; cheap when nothing is (one comparison)."""
        now = self._now()
        if not self._dirty and (self.next_fire_utc is None or now < self.next_fire_utc):
            return []
        shown = self._fire_due(now)
        self._plan(now)
        return shown

    # ------------------------------------------------------------ the learner's answers
    def snooze(self, minutes: int, reminder: DueReminder | None = None) -> None:
        """Remind again in ``minutes`` (the banner's 5 / 10 minute buttons)."""
        target = reminder or (self.active[0] if self.active else None)
        if target is None:
            return
        self._repo.set_snooze(target.key, self._now() + timedelta(minutes=minutes))
        self._drop(target)
        self._plan(self._now())

    def dismiss(self, reminder: DueReminder | None = None) -> None:
        target = reminder or (self.active[0] if self.active else None)
        if target is not None:
            self._drop(target)

    # ------------------------------------------------------------ inside
    def _now(self) -> datetime:
        return self._clock.now().astimezone(UTC)

    def _drop(self, reminder: DueReminder) -> None:
        self.active = [r for r in self.active if r.key != reminder.key]

    def _fire_due(self, now: datetime) -> list[DueReminder]:
        entries = {e.id: e for e in self._repo.all()}
        due = [
            r
            for r in reminder_times(entries.values(), now - self._grace, now + timedelta(seconds=1))
            if r.fire_utc <= now
        ]
        fired = self._repo.fired([r.key for r in due])
        fresh = [r for r in due if r.key not in fired]
        # One reminder per session: when two offsets are due at once (after sleep), the
        # latest one speaks, and both count as shown.
        latest: dict[tuple[int, str], ReminderTime] = {}
        for r in fresh:
            session = r.key[:2]
            if session not in latest or r.offset_min < latest[session].offset_min:
                latest[session] = r
        shown: list[DueReminder] = []
        self._repo.mark_fired([r.key for r in fresh], now)
        for r in latest.values():
            if r.occurrence.end <= now:
                continue  # the class is over: a reminder would only confuse
            shown.append(
                self._show(
                    r.key,
                    r.occurrence.entry,
                    r.occurrence.start,
                    r.offset_min,
                    missed=now - r.fire_utc > LATE,
                )
            )
        for key, until in self._repo.snoozes().items():
            if until > now:
                continue
            self._repo.clear_snooze(key)
            entry = entries.get(key[0])
            start = datetime.strptime(key[1], "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC)
            if entry is None or start + timedelta(minutes=entry.duration_min) <= now:
                continue
            shown.append(self._show(key, entry, start.astimezone(entry.tz()), key[2], missed=False))
        return shown

    def _show(
        self, key: ReminderKey, entry: ClassEntry, start: datetime, offset: int, *, missed: bool
    ) -> DueReminder:
        text = self._wording(entry, start, self._now())
        reminder = DueReminder(key, entry, start, offset, text, missed)
        self.active = [r for r in self.active if r.key[:2] != key[:2]] + [reminder]
        self._notifier.notify(reminder_title(), text)
        self._speaker.speak(text, self._lang)
        for listener in self.listeners:
            listener(reminder)
        return reminder

    def _plan(self, now: datetime) -> None:
        """The earliest future fire time (reminder or snooze) → ``next_fire_utc``."""
        upcoming = reminder_times(self._repo.all(), now, now + LOOKAHEAD)
        fired = self._repo.fired([r.key for r in upcoming])
        times = [r.fire_utc for r in upcoming if r.key not in fired and r.fire_utc > now]
        times += [until for until in self._repo.snoozes().values()]
        self.next_fire_utc = min(times) if times else None
        self._dirty = False
