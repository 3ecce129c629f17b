"""The "My learning" page: the week in a picture and in words, read aloud on request."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.study_time import StudyKey, StudyKind
from tests.classroom_helpers import FakeClock
from tests.conftest import make_services
from tests.ui.a11y import clipped, outside_window
from tests.ui.test_pages import settle, walk_problems

# Lesson pages hold Qt's FFmpeg player, which logs from its own threads: with pytest-qt's
# log handler a player call can wait for the GIL forever (see tests/ui/test_resume_offer.py).
pytestmark = pytest.mark.no_qt_log


class RecordingSpeaker:
    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []

    def speak(self, text: str, lang: str) -> None:
        self.said.append((text, lang))

    def stop(self) -> None:
        pass


@pytest.fixture
def learning_window(qapp: Any, data_dir: Path) -> Iterator[Any]:
    """``learning_window(lang, text_scale)``: a learner who studied 2 h 15 min this week,
    most on Tuesday (the clock says Thursday 5 March 2026)."""
    from app.ui.qt_app import start_qt
    from app.ui.window_builder import build_window

    made: list[Any] = []

    def factory(lang: str = "en", text_scale: int = 100) -> Any:
        clock = FakeClock()
        clock.moment = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
        svc = make_services(data_dir, "--lang", lang, clock=clock)
        start_qt(lang, offscreen=True)
        profile = svc.chosen_profile(None)
        store = svc.learner(profile)
        course = next(iter(svc.catalog.catalog.courses.values()))
        lesson = course.lessons[0].id
        if not store.study.rows():
            store.study.add(
                {
                    StudyKey(date(2026, 3, 2), course.id, lesson, StudyKind.READ): 30 * 60,
                    StudyKey(date(2026, 3, 3), course.id, lesson, StudyKind.READ): 45 * 60,
                    StudyKey(date(2026, 3, 3), course.id, lesson, StudyKind.LISTENED): 30 * 60,
                    StudyKey(date(2026, 3, 4), course.id, lesson, StudyKind.READ): 30 * 60,
                    StudyKey(date(2026, 2, 20), course.id, lesson, StudyKind.READ): 45 * 60,
                },
                clock.now(),
                queue=False,
            )
            store.progress.mark_done(lesson, course.id, clock.now())
        speaker = RecordingSpeaker()
        built = build_window(svc, profile, {"text_scale": text_scale}, speaker=speaker)
        built.window.resize(1366, 768)
        built.window.show()
        made.append((built, speaker))
        return built, speaker

    yield factory
    for built, _ in made:
        built.window.close()
        built.window.deleteLater()
        built.services.close()


def test_the_week_in_words_and_the_facts(learning_window: Any, qapp: Any) -> None:
    built, speaker = learning_window("en")
    page = built.window.open("learning")
    assert page.summary_label.text() == "This week you studied 2 hours 15 minutes, most on Tuesday."
    assert "Monday: 30 minutes" in page.week_label.text()
    assert "Tuesday: 1 hour 15 minutes" in page.chart.accessibleDescription()
    facts = [label.text() for label in page.facts]
    assert facts == [
        "Lessons finished this month: 1",
        "Courses completed: 0",
        "Hours of study in all: 3.0",
    ]
    page.read_button.click()
    assert speaker.said == [("This week you studied 2 hours 15 minutes, most on Tuesday.", "en")]


def test_the_page_is_reached_from_home(learning_window: Any, qapp: Any) -> None:
    built, _ = learning_window("en")
    home = built.window.open("home")
    home.learning_tile.activated.emit()
    assert built.window.key == "learning"


def test_chinese_summary(learning_window: Any, qapp: Any) -> None:
    built, _ = learning_window("zh_CN")
    page = built.window.open("learning")
    assert page.summary_label.text() == "这一周您学习了2小时15分钟，星期二学得最多。"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("scale", [100, 200, 300])
def test_the_page_meets_the_accessibility_numbers(
    learning_window: Any, qapp: Any, lang: str, scale: int
) -> None:
    built, _ = learning_window(lang, scale)
    window = built.window
    assert walk_problems(window, qapp, "learning") == []
    settle(qapp)
    assert clipped(window) == []
    assert outside_window(window) == []


def test_the_course_page_offers_a_certificate_only_when_finished(
    learning_window: Any, qapp: Any
) -> None:
    built, _ = learning_window("en")
    course = next(iter(built.services.catalog.catalog.courses.values()))
    page = built.window.open(f"course:{course.id}")
    assert page.certificate_button is None  # one lesson of several is done
    store = built.services.learner(built.profile)
    for lesson in course.lessons:
        store.progress.mark_done(lesson.id, course.id, datetime(2026, 3, 5, tzinfo=UTC))
    page = built.window.open(f"course:{course.id}")
    assert page.certificate_button is not None
    assert page.certificate_button.text() == "Print my certificate"
