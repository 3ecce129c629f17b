"""A caregiver sets the app up once; the learner keeps text size and speed in reach."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import soundfile
from PySide6.QtWidgets import QLabel

from app.services.caregiver import CaregiverLock
from app.services.clock import SystemClock
from app.services.video_height import read_video_height
from app.ui.pages.settings import SettingsPage
from tests.ui.files import AnswerWith


def settle(qapp: Any) -> None:
    for _ in range(4):
        qapp.processEvents()


@pytest.fixture
def app_window(learner_window_factory: Any, tmp_path: Path) -> Any:
    """The app's window with its own voice (the speech kit's real espeak-ng WAVs), as the
    builder's ``LearnerWindow`` record."""

    def factory(lang: str = "en", file: Path | None = None) -> Any:
        return learner_window_factory(lang=lang, files=AnswerWith(file or tmp_path))

    return factory


def stored(built: Any) -> dict[str, Any]:
    svc = built.services
    return dict(svc.learner(svc.profiles.default()).settings.load())


def press(qapp: Any, button: Any) -> None:
    button.click()
    settle(qapp)


def test_larger_text_is_saved_and_shown_on_the_sample_at_once(app_window: Any, qapp: Any) -> None:
    built = app_window()
    window = built.window
    page = window.open("settings")
    assert "font-size: 18.0pt" in page.sample.styleSheet()
    press(qapp, page.controls["text_scale:+1"])
    page = window.page
    assert isinstance(page, SettingsPage) and window.key == "settings"
    assert stored(built)["text_scale"] == 125
    assert "font-size: 22.5pt" in page.sample.styleSheet()  # the sample shows it at once
    assert any("125%" in label.text() for label in page.findChildren(QLabel))
    assert window.focusWidget() is page.controls["text_scale:+1"]  # still where the finger is


def test_a_caregiver_pin_locks_all_but_text_size_and_speed(app_window: Any, qapp: Any) -> None:
    built = app_window()
    window = built.window
    CaregiverLock(built.services.machine, SystemClock()).set_pin("2580")
    page = window.open("settings")
    assert set(k.split(":")[0] for k in page.controls) == {"text_scale", "speech_rate"}
    assert "Colours" in page.locked_note.text()

    press(qapp, page.caregiver.buttons["unlock"])
    pad = page.caregiver.pad
    assert pad.isVisible() and all(k.width() >= 60 and k.height() >= 60 for k in pad.keys.values())
    assert not pad.ok.visibleRegion().isEmpty()  # scrolled into view, not below the fold
    for digit in "1111":
        press(qapp, pad.keys[digit])
    press(qapp, pad.ok)
    assert "not right" in pad.message.text() and window.page is page

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClicks(pad.keys["5"], "2580")  # typed on the keyboard this time
    assert pad.digits == "2580" and "2580" not in pad.dots.text()
    QTest.keyClick(pad.keys["5"], Qt.Key.Key_Return)
    settle(qapp)
    page = window.page
    assert {"theme", "language", "volume", "voice"} <= {k.split(":")[0] for k in page.controls}
    press(qapp, page.controls["theme:contrast"])
    assert stored(built)["theme"] == "contrast"
    press(qapp, window.page.caregiver.buttons["lock"])
    assert "theme:dark" not in window.page.controls


def test_setting_a_pin_on_the_pad_needs_it_twice(app_window: Any, qapp: Any) -> None:
    built = app_window()
    window = built.window
    page = window.open("settings")
    press(qapp, page.caregiver.buttons["set_pin"])
    pad = page.caregiver.pad
    for pin in ("12", "9753", "9753"):
        for digit in pin:
            pad.press(digit)
        pad.submit()
        settle(qapp)
        if pin == "12":
            assert "4 to 6 digits" in pad.message.text()
    assert CaregiverLock(built.services.machine, SystemClock()).check("9753").accepted
    assert "PIN is set" in window.page.caregiver.banner.label.text()


def test_reset_to_recommended_can_be_undone(app_window: Any, qapp: Any) -> None:
    built = app_window()
    window = built.window
    page = window.open("settings")
    press(qapp, page.controls["theme:dark"])
    press(qapp, window.page.controls["text_scale:+1"])
    press(qapp, window.page.caregiver.buttons["reset"])
    assert stored(built)["theme"] == "light" and stored(built)["text_scale"] == 100
    assert stored(built)["language"] == "en"
    press(qapp, window.page.caregiver.buttons["undo"])
    assert stored(built)["theme"] == "dark" and stored(built)["text_scale"] == 125


def test_export_and_import_settings_files(app_window: Any, qapp: Any, tmp_path: Path) -> None:
    target = tmp_path / "for-dad.json"
    built = app_window(file=target)
    window = built.window
    page = window.open("settings")
    press(qapp, page.controls["volume:+1"])
    press(qapp, window.page.caregiver.buttons["export"])
    assert json.loads(target.read_text("utf-8"))["settings"]["volume"] == 90
    assert "for-dad.json" in window.page.caregiver.banner.label.text()

    body = json.loads(target.read_text("utf-8"))
    body["settings"].update(volume=30, theme="dark")
    target.write_text(json.dumps(body), encoding="utf-8")
    press(qapp, window.page.caregiver.buttons["import"])
    assert stored(built)["volume"] == 30 and stored(built)["theme"] == "dark"


def test_a_broken_settings_file_changes_nothing_and_says_why(
    app_window: Any, qapp: Any, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "silver-classroom-settings", "settings": {"volume": 400}}')
    built = app_window(file=broken)
    window = built.window
    before = stored(built)
    page = window.open("settings")
    press(qapp, page.caregiver.buttons["import"])
    assert stored(built) == before
    message = window.page.caregiver.banner.label.text()
    assert "volume" in message and "nothing was changed" in message


def wav_seconds(path: str) -> float:
    """Length of a rendered clip (the cache keeps Ogg Vorbis; WAV files read too)."""
    return float(soundfile.info(path).duration)


def test_help_button_shows_and_speaks_the_screen_help_in_the_ui_language(
    app_window: Any, qapp: Any, qtbot: Any
) -> None:
    built = app_window(lang="zh_CN")
    window = built.window
    window.open("settings")
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(built.voice.speaker.ready, timeout=10_000) as spoken:
        QTest.keySequence(window, QKeySequence("F1"))
    text, lang = built.voice.speaker.last
    assert lang == "zh_CN" and text == window.page.help_text() and "设置" in text
    assert window.banner.label.text() == text and window.banner.isVisible()
    assert wav_seconds(spoken.args[0]) > 2.0


def test_read_the_sample_aloud_uses_the_chosen_speed(
    app_window: Any, qapp: Any, qtbot: Any
) -> None:
    built = app_window()
    window = built.window
    page = window.open("settings")
    with qtbot.waitSignal(built.voice.speaker.ready, timeout=10_000) as slow:
        page.speak_button.click()
    slow_s = wav_seconds(slow.args[0])
    press(qapp, page.controls["speech_rate:brisk"])
    with qtbot.waitSignal(built.voice.speaker.ready, timeout=10_000) as brisk:
        window.page.speak_button.click()
    assert wav_seconds(brisk.args[0]) < slow_s * 0.9


def test_switching_the_language_relabels_everything_without_a_restart(
    app_window: Any, qapp: Any
) -> None:
    built = app_window(lang="en")
    window = built.window
    window.open("home")
    window.open("settings")
    assert window.back_button.accessibleName() == "Back"
    press(qapp, window.page.controls["language:zh_CN"])
    assert window.key == "settings" and stored(built)["language"] == "zh_CN"
    assert window.back_button.accessibleName() == "返回"
    assert window.page.title() == "设置" and "设置" in window.windowTitle()
    window.go_back()
    assert (
        window.key == "home" and "欢迎" in window.page.findChild(type(window.banner.label)).text()
    )
    window.open("settings")
    press(qapp, window.page.controls["language:en"])
    assert window.back_button.accessibleName() == "Back" and window.page.title() == "Settings"


def test_the_page_has_a_row_for_every_setting_in_the_schema(app_window: Any, qapp: Any) -> None:
    from app.core.settings_schema import SETTINGS

    page = app_window().window.open("settings")
    shown = {s.key for s in SETTINGS if s.shown}
    assert {k.split(":")[0] for k in page.controls} == shown | {"video_height"}
    assert "first_run_done" not in {k.split(":")[0] for k in page.controls}


def test_video_quality_for_saved_courses_is_kept_for_the_whole_computer(
    app_window: Any, qapp: Any
) -> None:
    built = app_window()
    window = built.window
    page = window.open("settings")
    keys = [k for k in page.controls if k.startswith("video_height:")]
    assert keys == ["video_height:360", "video_height:480", "video_height:720", "video_height:1080"]
    standard = page.controls["video_height:480"]
    assert standard.isChecked() and standard.accessibleName() == "Standard (480p, recommended)"
    sharper = page.controls["video_height:720"]
    assert not sharper.isChecked() and sharper.accessibleName() == "Sharper (720p)"
    assert "twice the room" in sharper.accessibleDescription()
    assert all(page.controls[k].accessibleDescription() for k in keys)
    press(qapp, sharper)
    assert read_video_height(built.services.machine) == 720  # the machine database
    page = window.page
    assert isinstance(page, SettingsPage) and page.controls["video_height:720"].isChecked()
    assert window.focusWidget() is page.controls["video_height:720"]
    assert any("Sharper (720p)" in label.text() for label in page.findChildren(QLabel))
    assert "video_height" not in stored(built)  # not a learner's setting

    again = app_window(lang="zh_CN")  # the app started anew (new services, same data)
    page = again.window.open("settings")
    assert read_video_height(again.services.machine) == 720
    assert page.controls["video_height:720"].isChecked()
    assert page.controls["video_height:720"].accessibleName() == "更清楚（720p）"


def test_video_quality_is_locked_behind_the_caregiver_pin(app_window: Any, qapp: Any) -> None:
    built = app_window()
    window = built.window
    CaregiverLock(built.services.machine, SystemClock()).set_pin("2580")
    page = window.open("settings")
    assert not any(k.startswith("video_height:") for k in page.controls)
    assert "Video quality for saved courses" in page.locked_note.text()

    press(qapp, page.caregiver.buttons["unlock"])
    pad = window.page.caregiver.pad
    for digit in "2580":
        pad.press(digit)
    pad.submit()
    settle(qapp)
    press(qapp, window.page.controls["video_height:1080"])
    assert read_video_height(built.services.machine) == 1080
    press(qapp, window.page.caregiver.buttons["lock"])
    assert not any(k.startswith("video_height:") for k in window.page.controls)
    assert read_video_height(built.services.machine) == 1080
