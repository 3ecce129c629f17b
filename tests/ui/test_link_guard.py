"""An external link asks before anything leaves the app."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl

from app.ui.link_guard import LinkGuard


def test_a_link_opens_only_after_the_person_says_yes(qtbot: Any) -> None:
    opened: list[str] = []
    guard = LinkGuard(open_url=lambda url: opened.append(url.toString()))
    qtbot.addWidget(guard)
    guard.show()
    guard.ask(QUrl("https://example.org/more"))
    assert guard.isVisible() and "example.org/more" in guard.question.text()
    assert opened == []
    guard.stay_button.click()
    assert not guard.isVisible() and opened == []
    guard.ask(QUrl("https://example.org/more"))
    guard.open_button.click()
    assert opened == ["https://example.org/more"] and not guard.isVisible()


def test_file_and_program_links_are_never_offered(qtbot: Any) -> None:
    guard = LinkGuard(open_url=lambda url: None)
    qtbot.addWidget(guard)
    guard.ask(QUrl("file:///etc/passwd"))
    assert guard.isHidden() and guard.question.text() == ""


def test_the_reader_asks_when_a_link_in_the_lesson_is_followed(
    window_factory: Any, qapp: Any
) -> None:
    window = window_factory(lang="en")
    key = next(k for k in window.registry.example_keys() if k.startswith("lesson:"))
    page = window.open(key)
    page.reader.anchorClicked.emit(QUrl("https://www.example.org/"))
    qapp.processEvents()
    assert page.link_guard.isVisible()
    assert window.focusWidget() is page.link_guard.stay_button
