"""A shared classroom PC: the picker, PINs, guests who leave nothing, and the idle timeout."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services.idle import IdleState, IdleWatch
from app.services.policy import Policy
from app.services.profiles.session import GUEST
from app.services.secrets.keyring_store import KeyringSecretStore
from app.ui.classroom_session import ClassroomSession
from app.ui.idle_guard import IdleGuard
from app.ui.pages.picker import PickerPage, PinPage
from tests.classroom_helpers import FakeClock, files_containing
from tests.conftest import make_services
from tests.platform_helpers import MemoryKeyring
from tests.ui.a11y import small_text, tab_reachable, too_small, unnamed
from tests.ui.human import human_click

MARKER = "MARKER-7f3a-guest-note-秘密"


class RecordingSpeaker:
    """The ``Speaker`` port, writing down what would be said."""

    def __init__(self) -> None:
        self.spoken: list[tuple[str, str]] = []

    def speak(self, text: str, lang: str) -> None:
        self.spoken.append((text, lang))

    def stop(self) -> None:
        return None


class Classroom:
    """The app as a classroom PC runs it, with a fake clock and a recording speaker."""

    def __init__(self, data_dir: Path, policy: Policy, lang: str = "en") -> None:
        from app.ui.qt_app import start_qt
        from app.ui.window_builder import build_window

        self.clock = FakeClock()
        self.voice = RecordingSpeaker()  # each learner window's voice (as the app's KitSpeaker)
        self.spoken = self.voice.spoken
        self.keyring = MemoryKeyring()
        self.secrets = KeyringSecretStore(self.keyring)
        self.services = services = make_services(
            data_dir, "--lang", lang, clock=self.clock, secrets=self.secrets, policy=policy
        )
        start_qt(lang, offscreen=True)
        self.session = ClassroomSession(
            lambda profile: build_window(services, profile, speaker=self.voice).window,
            profiles=services.profiles,
            manager=services.manager,
            policy=services.policy,
            sessions=services.sessions,
            settings_for=services.settings_for,
            release=services.release,
            lang=services.lang,
            set_language=lambda language: start_qt(language, offscreen=True),
            clock=self.clock,
        )

    def close(self) -> None:
        self.session.shutdown()
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self.session.guard)
        self.services.close()


CLASSROOM = Policy(classroom_mode=True, idle_timeout_minutes=15, guests_allowed=True)


@pytest.fixture
def classroom(qapp: Any, data_dir: Path) -> Iterator[Classroom]:
    room = Classroom(data_dir, CLASSROOM)
    yield room
    room.close()


def settle(qapp: Any) -> None:
    for _ in range(3):
        qapp.processEvents()


def test_home_pc_with_one_learner_skips_the_picker(qapp: Any, data_dir: Path) -> None:
    room = Classroom(data_dir, Policy())
    try:
        window = room.session.start()
        assert window.key == "welcome"  # a home PC's first start begins with the setup steps
        assert room.session.profile is not None and room.session.profile.is_default
        # no idle timeout at home: nothing watches the input (a Python filter on every
        # event would only slow each page down)
        assert not room.session.guard.listening
    finally:
        room.close()


def test_picker_shows_every_learner_and_guest_and_opens_by_keyboard(
    classroom: Classroom, qapp: Any
) -> None:
    manager = classroom.services.manager
    for name in ["Wang", "Li", "Zhang", "Chen", "Liu", "Zhao", "Sun", "Zhou"]:
        manager.add(name)
    window = classroom.session.start()
    page = window.page
    assert isinstance(page, PickerPage)
    names = [t.entry.name for t in page.tiles]
    assert names[-1] == "Guest" and len(names) == 9
    assert all(t.picture.accessibleName() for t in page.tiles)  # alt text on every picture
    settle(qapp)
    assert page.tiles[0].hasFocus()
    QTest.keyClick(page.tiles[0], Qt.Key.Key_Right)
    QTest.keyClick(page.tiles[1], Qt.Key.Key_Right)
    target = page.tiles[2]
    assert target.hasFocus()
    QTest.keyClick(target, Qt.Key.Key_Return)
    settle(qapp)
    assert classroom.session.profile is not None
    assert classroom.session.profile.name == target.entry.name
    assert classroom.session.window is not None and classroom.session.window.key == "home"


def test_pin_pad_keeps_a_learner_out_until_the_right_pin(classroom: Classroom, qapp: Any) -> None:
    manager = classroom.services.manager
    manager.add("Wang")
    manager.add("Li", pin="8642")
    window = classroom.session.start()
    picker = window.page
    assert isinstance(picker, PickerPage)
    li_tile = next(t for t in picker.tiles if t.entry.name == "Li")
    human_click(li_tile)
    settle(qapp)
    pin_page = window.page
    assert isinstance(pin_page, PinPage)
    QTest.keyClicks(pin_page.pad, "1111")
    QTest.keyClick(pin_page.pad, Qt.Key.Key_Return)
    assert classroom.session.profile is None  # still on the PIN page
    assert pin_page.message.isVisible() and "not right" in pin_page.message.label.text()
    assert pin_page.pad.digits == ""
    for key in "8642":
        pin_page.pad.keys[key].click()
    pin_page.pad.keys["ok"].click()
    settle(qapp)
    assert classroom.session.profile is not None and classroom.session.profile.name == "Li"


def make_personal_data(room: Classroom) -> Path:
    """What a guest does in a session: bookmarks with a note, progress, settings, audio."""
    guest = room.session.profile
    assert guest is not None and guest.is_guest
    store = room.services.learner(guest)
    store.settings.save({"text_scale": 200})
    store.progress.record_open("smartphone-1-unlock", "smartphone", datetime.now(UTC))
    store.conn.execute(
        "INSERT INTO bookmarks(lesson_id, course_id, char_offset, fingerprint, quote, note,"
        " created_at) VALUES ('smartphone-1-unlock', 'smartphone', 5, 'fp', 'quote', ?, 'now')",
        (f"my note {MARKER}",),
    )
    folder: Path = room.services.paths.profile_dir(guest.id)
    audio = folder / "audio"
    audio.mkdir(parents=True, exist_ok=True)
    espeak = shutil.which("espeak-ng")
    assert espeak, "espeak-ng is needed to render personal audio"
    subprocess.run(
        [espeak, "-v", "en", "-w", str(audio / "note.wav"), MARKER], check=True, timeout=30
    )
    assert (audio / "note.wav").stat().st_size > 1000
    (audio / "note.txt").write_text(MARKER, encoding="utf-8")
    return folder


@pytest.mark.parametrize("ending", ["finish button", "idle timeout", "app closes"])
def test_guest_leaves_nothing_behind(classroom: Classroom, qapp: Any, ending: str) -> None:
    services = classroom.services
    services.manager.add("Wang")
    profiles_before = services.machine.execute("SELECT * FROM profiles").fetchall()
    window = classroom.session.start()
    picker = window.page
    assert isinstance(picker, PickerPage)
    guest_tile = picker.tiles[-1]
    assert guest_tile.entry.profile_id == GUEST
    QTest.keyClick(guest_tile, Qt.Key.Key_Return)
    settle(qapp)
    guest = classroom.session.profile
    assert guest is not None and guest.is_guest
    folder = make_personal_data(classroom)
    assert files_containing(services.paths.root, MARKER.encode())  # it is really there

    if ending == "finish button":
        assert classroom.session.window is not None
        finish = [
            b
            for b in classroom.session.window.findChildren(
                type(classroom.session.window.help_button)
            )
            if b.accessibleName() == "Finish"
        ]
        assert len(finish) == 1
        finish[0].click()
        settle(qapp)
    elif ending == "idle timeout":
        classroom.clock.advance(15 * 60)
        classroom.session.guard.check()
        classroom.clock.advance(60)
        classroom.session.guard.check()
        settle(qapp)
    else:
        classroom.session.shutdown()

    assert not folder.exists()
    assert not any(services.paths.guests.iterdir())
    services.machine.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert services.machine.execute("SELECT * FROM profiles").fetchall() == profiles_before
    assert files_containing(services.paths.root, MARKER.encode()) == []
    assert files_containing(services.paths.root, guest.id.encode()) == []
    assert classroom.session.profile is None
    if ending != "app closes":
        assert classroom.session.window is not None
        assert isinstance(classroom.session.window.page, PickerPage)


def test_idle_timeout_warns_aloud_then_returns_to_the_picker_with_state_saved(
    classroom: Classroom, qapp: Any
) -> None:
    manager = classroom.services.manager
    wang = manager.add("Wang")
    manager.add("Li")
    classroom.session.start()
    classroom.services.sessions.enter(wang.id)
    settle(qapp)
    window = classroom.session.window
    assert window is not None and window.key == "home"
    assert classroom.session.guard.listening  # someone's data is on screen
    classroom.services.learner(wang).settings.save({"text_scale": 180})

    classroom.clock.advance(14 * 60 + 59)
    classroom.session.guard.check()
    assert not window.banner.isVisible() and classroom.spoken == []

    classroom.clock.advance(1)
    classroom.session.guard.check()
    assert window.banner.isVisible()
    assert "Are you still there?" in window.banner.label.text()
    assert "60 seconds" in window.banner.label.text()
    assert classroom.spoken == [("Are you still there?", "en")]

    QTest.keyClick(window, Qt.Key.Key_Shift)  # the learner is there after all
    assert not window.banner.isVisible()
    classroom.clock.advance(10 * 60)
    classroom.session.guard.check()
    assert classroom.session.profile == wang  # no timeout yet: the input counted

    classroom.clock.advance(5 * 60)
    classroom.session.guard.check()
    assert window.banner.isVisible() and len(classroom.spoken) == 2
    classroom.clock.advance(59)
    classroom.session.guard.check()
    assert classroom.session.profile == wang
    classroom.clock.advance(1)
    classroom.session.guard.check()
    settle(qapp)
    assert classroom.session.profile is None
    assert classroom.session.window is not None
    assert isinstance(classroom.session.window.page, PickerPage)
    assert not classroom.session.guard.listening  # the picker shows nobody's data
    # Wang's state was saved: it is there when Wang comes back
    classroom.services.sessions.enter(wang.id)
    assert classroom.services.settings_for(wang)["text_scale"] == 180


def test_reading_aloud_keeps_the_session_alive(qapp: Any) -> None:
    clock = FakeClock()
    playing = [True]
    guard = IdleGuard(IdleWatch(clock, 15 * 60), busy=lambda: playing[0])
    warnings: list[int] = []
    guard.warning.connect(warnings.append)
    guard.start()
    for _ in range(30):  # an hour of a long lesson read aloud
        clock.advance(120)
        guard.check()
    assert warnings == [] and guard.state is IdleState.ACTIVE
    playing[0] = False
    clock.advance(15 * 60)
    guard.check()
    assert warnings == [60]


def test_a_late_check_still_gives_the_full_warning(qapp: Any) -> None:
    clock = FakeClock()
    guard = IdleGuard(IdleWatch(clock, 60), busy=lambda: False)
    timed_out: list[bool] = []
    warnings: list[int] = []
    guard.timed_out.connect(lambda: timed_out.append(True))
    guard.warning.connect(warnings.append)
    guard.start()
    clock.advance(3 * 3600)  # the PC slept
    guard.check()
    assert warnings == [60] and timed_out == []
    clock.advance(60)
    guard.check()
    assert timed_out == [True]


def test_guest_left_by_a_crash_is_wiped_at_next_start(qapp: Any, data_dir: Path) -> None:
    room = Classroom(data_dir, CLASSROOM)
    guest = room.services.manager.start_guest()
    store = room.services.learner(guest)
    store.settings.save({"text_scale": 150})
    room.services.release(guest)
    folder = room.services.paths.profile_dir(guest.id)
    assert folder.exists()
    room.session.guard.stop()
    room.services.close()  # power cut: no shutdown()
    again = Classroom(data_dir, CLASSROOM)
    try:
        assert not folder.exists()
    finally:
        again.close()


def test_guest_tile_is_hidden_when_the_policy_forbids_guests(qapp: Any, data_dir: Path) -> None:
    room = Classroom(data_dir, Policy(classroom_mode=True, guests_allowed=False))
    try:
        room.services.manager.add("Wang")
        window = room.session.start()
        assert isinstance(window.page, PickerPage)
        assert [t.entry.name for t in window.page.tiles] == ["Wang"]
        room.services.sessions.enter(GUEST)
        assert room.session.profile is None
    finally:
        room.close()


def test_machine_db_has_no_guest_table_rows(classroom: Classroom) -> None:
    guest = classroom.services.manager.start_guest()
    conn = sqlite3.connect(classroom.services.paths.machine_db)
    try:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            rows = conn.execute(f"SELECT * FROM {table}").fetchall()
            assert guest.id not in repr(rows)
    finally:
        conn.close()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_picker_and_pin_pad_meet_the_accessibility_numbers(
    qapp: Any, data_dir: Path, lang: str
) -> None:
    room = Classroom(data_dir, CLASSROOM, lang=lang)
    try:
        manager = room.services.manager
        for i in range(7):
            manager.add(f"Learner {i}")
        zhou = manager.add("Zhou", pin="1357")
        window = room.session.start()
        for key in ("picker", f"pin:{zhou.id}"):
            window.open(key)
            settle(qapp)
            assert unnamed(window) == [], key
            assert too_small(window) == [], key
            assert small_text(window, 18.0) == [], key
        pin_page = window.page
        assert isinstance(pin_page, PinPage)
        reachable = tab_reachable(window)
        assert all(key in reachable for key in pin_page.pad.keys.values())
    finally:
        room.close()
