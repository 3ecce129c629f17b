"""A learner updates lessons, searches, saves a course for offline, signs in, and is asked
before a lesson's web link opens the browser. Real window, real server, qasync loop."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtCore import QUrl

from app.services.secrets.keyring_store import KeyringSecretStore
from app.ui.event_loop import SilverEventLoop
from app.ui.pages.signin import SignInPage
from app.ui.platform_controller import PlatformController
from tests.platform_helpers import MemoryKeyring, point_at_server
from tests.reference_server import TOKEN, Catalog, ReferenceServer, running_server


@pytest.fixture(scope="module")
def loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """One qasync loop for the module (as the app has one for its lifetime)."""
    workers = ThreadPoolExecutor(2)  # plain threads, shut down cleanly at the end
    event_loop = SilverEventLoop(qapp, already_running=False)
    event_loop.set_default_executor(workers)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    workers.shutdown(wait=True)
    event_loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def server(data_dir: Path) -> Iterator[ReferenceServer]:
    with running_server(Catalog(n_courses=4, lessons_per_course=2)) as srv:
        point_at_server(data_dir, srv.base)
        yield srv


@pytest.fixture
def open_window(loop: Any, learner_window_factory: Any) -> Iterator[Any]:
    """``learner_window_factory`` whose platform connection is closed after the test, as
    the app closes it on exit (an open socket must not outlive its loop)."""
    made: list[PlatformController] = []

    def factory(**options: Any) -> Any:
        built = learner_window_factory(**options)
        made.append(built.platform)
        return built

    yield factory
    for controller in made:
        loop.run_until_complete(asyncio.wait_for(controller.aclose(), 10))


def settle(loop: asyncio.AbstractEventLoop, built: Any) -> None:
    loop.run_until_complete(asyncio.wait_for(built.platform.wait_idle(), 20))


def update(loop: asyncio.AbstractEventLoop, built: Any) -> list[str]:
    """Press "Update lessons" on the catalog page; returns the progress texts shown."""
    window = built.window
    seen: list[str] = []
    window.open("catalog")
    page = window.page
    page.update_bar.progress_seen = seen
    page.update_bar.controller.progress.connect(lambda text, _d, _t: seen.append(text))
    page.update_bar.button.click()
    settle(loop, built)
    return seen


def test_update_lessons_shows_progress_then_the_new_courses(
    loop: Any, open_window: Any, server: ReferenceServer
) -> None:
    built = open_window(lang="en")
    window = built.window
    seen = update(loop, built)
    assert "Fetching courses: 4 of 4" in seen
    page = window.page
    assert {"c00000", "c00001", "c00002", "c00003"} <= set(page.course_tiles)
    assert "up to date" in page.update_bar.status.text()
    assert not page.update_bar.offline_banner.isVisible()


def test_closing_the_window_during_an_update_ends_the_sync_process(
    loop: Any, open_window: Any, server: ReferenceServer
) -> None:
    """The sync's catalog runs in a child process (issue 17): the window closing stops it
    at its next step, and nothing is left running or reported to a closed window."""
    import multiprocessing

    server.faults.latency_s = 0.3  # each course's details take a while
    built = open_window(lang="en")
    controller = built.platform
    steps: list[int] = []
    controller.progress.connect(lambda _text, done, _total: steps.append(done))
    controller.sync()
    loop.run_until_complete(asyncio.wait_for(_until(lambda: bool(steps)), 20))
    controller.shutdown()
    loop.run_until_complete(asyncio.wait_for(controller.wait_idle(), 20))
    assert [p for p in multiprocessing.active_children() if p.name == "platform-sync"] == []
    assert "up to date" not in controller.last_message
    assert list(built.services.platform.cache.courses()) == []  # stopped before it wrote


async def _until(condition: Any) -> None:
    while not condition():
        await asyncio.sleep(0.01)


def test_with_the_server_down_saved_lessons_are_shown_with_a_calm_notice(
    loop: Any, open_window: Any, server: ReferenceServer
) -> None:
    built = open_window(lang="en")
    window = built.window
    update(loop, built)
    server.faults.down = True
    update(loop, built)
    page = window.page
    assert page.update_bar.offline_banner.isVisible()
    assert "Showing saved lessons" in page.update_bar.offline_banner.label.text()
    assert "c00002" in page.course_tiles  # nothing cached was lost


def test_typing_in_the_search_box_filters_courses(
    loop: Any, open_window: Any, server: ReferenceServer
) -> None:
    built = open_window(lang="en")
    window = built.window
    update(loop, built)
    settle(loop, built)  # the search index refresh after the sync
    page = window.page
    page.search_box.setText("太极")
    found = page.visible_course_ids()
    assert "c00001" in found and "c00000" not in found and "c00002" not in found
    page.search_box.setText("shufa")
    assert "c00000" in page.visible_course_ids() and "c00001" not in page.visible_course_ids()
    page.search_box.setText("火箭飞船")
    assert page.visible_course_ids() == [] and page.no_match.isVisibleTo(page)
    page.search_box.setText("")
    assert len(page.visible_course_ids()) == len(page.course_tiles)


def test_save_for_offline_then_read_with_the_network_down(
    loop: Any, open_window: Any, server: ReferenceServer
) -> None:
    built = open_window(lang="en")
    window = built.window
    update(loop, built)
    window.open("course:c00001")
    window.page.save_offline_bar.button.click()
    settle(loop, built)
    assert window.key == "course:c00001"
    assert "on this computer" in window.page.save_offline_bar.status.text()
    server.faults.down = True
    window.open("lesson:c00001-l1")
    text = window.page.reader.plain_text()
    assert "太极：第2步" in text and "alert" not in text


def test_an_unsaved_lesson_is_fetched_when_opened(
    loop: Any, open_window: Any, server: ReferenceServer
) -> None:
    built = open_window(lang="en")
    window = built.window
    update(loop, built)
    window.open("lesson:c00002-l0")
    assert "not saved on this computer yet" in window.page.reader.plain_text()
    settle(loop, built)
    assert window.key == "lesson:c00002-l0"
    assert "手机：第1步" in window.page.reader.plain_text()


def test_a_lesson_link_asks_before_opening(
    loop: Any, open_window: Any, server: ReferenceServer
) -> None:
    built = open_window(lang="en")
    window = built.window
    update(loop, built)
    window.open("lesson:c00000-l0")
    settle(loop, built)
    page = window.page
    assert "更多信息见这里" in page.reader.plain_text()
    page.reader.anchorClicked.emit(QUrl("https://example.org/more"))
    assert page.link_guard.isVisibleTo(page)
    assert "example.org" in page.link_guard.question.text()
    page.link_guard.stay_button.click()
    assert not page.link_guard.isVisibleTo(page)


def test_sign_in_keeps_the_token_in_the_keyring_and_sign_out_removes_it(qtbot: Any) -> None:
    backend = MemoryKeyring()
    checked: list[str] = []
    page = SignInPage(KeyringSecretStore(backend), "grandma", checked.append)
    qtbot.addWidget(page)
    assert page.banner.label.text() == "You are not signed in."
    page.token.setText("  pasted-token  ")
    page.sign_in_button.click()
    assert list(backend.entries.values()) == ["pasted-token"]
    assert page.token.text() == "" and checked == ["pasted-token"]
    assert page.banner.label.text() == "You are signed in."
    page.sign_out_button.click()
    assert backend.entries == {}
    assert "signed out" in page.banner.label.text()


def test_without_a_keyring_sign_in_says_so_and_keeps_nothing(qtbot: Any) -> None:
    no_keyring = fail.Keyring()  # type: ignore[no-untyped-call]
    page = SignInPage(KeyringSecretStore(no_keyring), "grandma")
    qtbot.addWidget(page)
    assert "no keyring" in page.banner.label.text()
    assert not page.sign_in_button.isEnabled()


def test_an_expired_sign_in_asks_to_sign_in_again(
    loop: Any, open_window: Any, server: ReferenceServer
) -> None:
    built = open_window(lang="en")
    controller = built.platform
    controller.check_token(TOKEN)
    settle(loop, built)
    assert "You are enrolled in 1 class." in controller.last_message
    server.faults.token_expired = True
    controller.check_token(TOKEN)
    settle(loop, built)
    assert "sign in again" in controller.last_message


def test_the_signin_page_is_in_the_registry(window_factory: Any) -> None:
    window = window_factory(lang="en")
    window.open("signin")
    assert window.page.title() == "Sign in"


def test_a_huge_section_shows_a_screenful_and_search_finds_the_rest(qtbot: Any) -> None:
    from app.core.models import Catalog, Course, LessonRef
    from app.ui.pages.catalog import MAX_TILES, CatalogPage

    courses = {
        f"k{i}": Course(
            f"k{i}",
            "silver_age",
            {"zh_CN": f"课程{i}"},
            {"zh_CN": ""},
            (LessonRef(f"k{i}.1", f"k{i}", {"zh_CN": "一"}),),
        )
        for i in range(500)
    }
    page = CatalogPage(Catalog(courses), "silver_age", "zh_CN", search=lambda text: ["k499"])
    qtbot.addWidget(page)
    assert len(page.visible_course_ids()) == MAX_TILES
    assert "500" in page.more_label.text()
    page.search_box.setText("课程499")
    assert page.visible_course_ids() == ["k499"] and not page.more_label.isVisibleTo(page)
