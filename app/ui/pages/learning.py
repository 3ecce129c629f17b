"""My learning: this week's minutes as a picture, and a few plain facts. No streaks, no badges."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.core.learning_record import LearningSummary, hours_minutes
from app.ui.pages.base import Page
from app.ui.style import Look
from app.ui.week_chart import WeekChart
from app.ui.widgets import BigButton, heading


class LearningPage(Page):
    """Emits ``speak_requested(text)`` for "Read it to me" (the window's speaker says it)."""

    speak_requested = Signal(str)

    def __init__(
        self, summary: LearningSummary, look: Look, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._summary = summary
        self._locale = QLocale(lang)
        self.column.addWidget(heading(self.tr("My learning")))

        self.read_button = BigButton(
            self.tr("Read it to me"),
            main=True,
            shortcut="F6",
            description=self.tr("Say how much you studied this week"),
        )
        self.read_button.activated.connect(lambda: self.speak_requested.emit(self.sentence()))
        self.column.addWidget(self.read_button)

        self.summary_label = QLabel(self.sentence())
        self.summary_label.setWordWrap(True)
        self.column.addWidget(self.summary_label)

        self.column.addWidget(heading(self.tr("Minutes each day this week"), "heading"))
        labels = [self._day_name(bar.day, QLocale.FormatType.ShortFormat) for bar in summary.week]
        values = [str(bar.minutes) for bar in summary.week]
        self.chart = WeekChart(summary.week, labels, values, look)
        self.chart.setAccessibleName(self.tr("Minutes studied each day this week"))
        self.chart.setAccessibleDescription(self.week_in_words())
        self.column.addWidget(self.chart)

        self.week_label = QLabel(self.week_in_words())
        self.week_label.setWordWrap(True)
        self.column.addWidget(self.week_label)

        self.column.addWidget(heading(self.tr("All together"), "heading"))
        hours = self._locale.toString(summary.total_hours, "f", 1)
        self.facts = [
            QLabel(self.tr("Lessons finished this month: %n", "", summary.lessons_this_month)),
            QLabel(self.tr("Courses completed: %n", "", summary.courses_completed)),
            QLabel(self.tr("Hours of study in all: {hours}").format(hours=hours)),
        ]
        for label in self.facts:
            label.setWordWrap(True)
            self.column.addWidget(label)
        self.column.addStretch(1)

    def _day_name(self, day: date, form: QLocale.FormatType) -> str:
        return self._locale.dayName(day.isoweekday(), form)

    def duration(self, minutes: int) -> str:
        """``135`` → "2 hours 15 minutes" / "2小时15分钟"."""
        hours, mins = hours_minutes(minutes)
        hour_text = self.tr("%n hour(s)", "", hours)
        minute_text = self.tr("%n minute(s)", "", mins)
        if hours and mins:
            return self.tr("{hours} {minutes}").format(hours=hour_text, minutes=minute_text)
        return hour_text if hours else minute_text

    def sentence(self) -> str:
        """The one-sentence summary that "Read it to me" says."""
        s = self._summary
        if s.busiest is None:
            return self.tr(
                "This week you have not studied yet. A lesson is there whenever you like."
            )
        return self.tr("This week you studied {time}, most on {day}.").format(
            time=self.duration(s.week_minutes),
            day=self._day_name(s.busiest, QLocale.FormatType.LongFormat),
        )

    def week_in_words(self) -> str:
        """The chart's numbers as text: "Monday: 20 minutes; Tuesday: …"."""
        parts = [
            self.tr("{day}: {time}").format(
                day=self._day_name(bar.day, QLocale.FormatType.LongFormat),
                time=self.duration(bar.minutes),
            )
            for bar in self._summary.week
        ]
        return self.tr("; ").join(parts) + self.tr(".")

    def title(self) -> str:
        return self.tr("My learning")

    def help_text(self) -> str:
        return self.tr(
            "This screen shows how much you studied. The bars are this week's minutes, one "
            "bar for each day, and the same numbers are written under them. Below are the "
            "lessons you finished this month, the courses you completed and your hours in "
            "all. Press Read it to me (F6) to hear a short summary."
        )

    def first_focus(self) -> QWidget | None:
        return self.read_button
