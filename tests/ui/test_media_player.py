"""The media player on the real QMediaPlayer, playing what the reference server serves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from app.core.subtitles import parse_subtitles
from app.core.theme import THEMES
from app.ui.media_player import MediaPlace, MediaPlayerView, SavePlace
from app.ui.style import Look
from tests.media_course import MediaCourse
from tests.media_files import vtt_text
from tests.reference_server import Catalog, ReferenceServer, running_server
from tests.ui.human import human_click

pytestmark = pytest.mark.no_qt_log  # FFmpeg threads log while the GUI thread stops them
LOADED = QMediaPlayer.MediaStatus.LoadedMedia


@pytest.fixture(scope="module")
def server() -> Iterator[ReferenceServer]:
    with running_server(Catalog(n_courses=1, lessons_per_course=1, media=MediaCourse())) as srv:
        yield srv


def open_player(
    qtbot: QtBot,
    url: str,
    *,
    video: bool = True,
    place: MediaPlace | None = None,
    save_place: SavePlace | None = None,
) -> MediaPlayerView:
    view = MediaPlayerView(
        QUrl(url),
        Look(THEMES["light"], 200),
        video=video,
        place=place or MediaPlace(),
        save_place=save_place,
    )
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitUntil(lambda: view.player.duration() > 0, timeout=15_000)
    return view


def close(view: MediaPlayerView) -> None:
    view.close_player()


def test_hls_plays_only_when_asked_and_the_position_advances(
    qtbot: QtBot, server: ReferenceServer
) -> None:
    view = open_player(qtbot, f"{server.base}/files/hls/master.m3u8")
    try:
        qtbot.wait(300)
        assert view.player.position() == 0 and not view.is_playing  # no autoplay
        assert 23_000 <= view.player.duration() <= 25_000
        human_click(view.play_button)
        qtbot.waitUntil(lambda: view.player.position() > 1000, timeout=10_000)
        assert view.picture.frames > 0  # pictures arrived
        assert view.play_button.accessibleName() == "❚❚ Pause"
        human_click(view.play_button)
        assert not view.is_playing
    finally:
        close(view)


def test_back_and_forward_ten_seconds_and_slower_speed(
    qtbot: QtBot, server: ReferenceServer
) -> None:
    view = open_player(qtbot, f"{server.base}/files/hls/master.m3u8")
    try:
        human_click(view.forward_button)
        assert view.player.position() == 10_000
        human_click(view.forward_button)
        assert view.player.position() == 20_000
        human_click(view.back_button)
        assert view.player.position() == 10_000
        human_click(view.speed_button)
        assert view.player.playbackRate() == 0.75
        assert view.speed_button.accessibleName() == "Normal speed"
        human_click(view.play_button)
        qtbot.waitUntil(lambda: view.player.position() > 11_000, timeout=10_000)
        human_click(view.speed_button)
        assert view.player.playbackRate() == 1.0
    finally:
        close(view)


def test_subtitles_show_the_line_being_spoken_large_and_white_on_black(
    qtbot: QtBot, server: ReferenceServer
) -> None:
    view = open_player(qtbot, f"{server.base}/files/hls/master.m3u8")
    try:
        view.set_subtitles(parse_subtitles(vtt_text()))
        assert view.subtitle.isVisible() and view.transcript_button.isVisible()
        assert view.subtitle.text() == "大家好，今天学用手机打视频电话。"
        view.seek(2000)
        assert view.subtitle.text() == "先打开微信，找到家人的名字。"
        assert view.subtitle.font().pointSizeF() >= 18 * 2  # the learner's 200 %
        palette = view.subtitle.palette()
        assert palette.color(view.subtitle.foregroundRole()).name() == "#ffffff"
        view.seek(10_000)
        assert view.subtitle.text() == ""  # between lines: nothing stale
    finally:
        close(view)


def test_resume_and_watched_after_ninety_percent(qtbot: QtBot, server: ReferenceServer) -> None:
    saved: list[tuple[int, int]] = []

    def save(position: int, duration: int) -> bool:
        saved.append((position, duration))
        return position >= 0.9 * duration

    view = open_player(
        qtbot, f"{server.base}/files/hls/master.m3u8", place=MediaPlace(12_000), save_place=save
    )
    try:
        qtbot.waitUntil(lambda: view.player.position() >= 12_000, timeout=5000)
        assert "0:12" in view.banner.label.text()
        assert not view.watched_label.isVisible()
        view.seek(22_000)
        human_click(view.play_button)
        qtbot.waitUntil(lambda: view.player.position() > 22_300, timeout=10_000)
        human_click(view.play_button)  # pausing keeps the place
        assert saved and saved[-1][0] >= 22_000
        assert view.watched_label.isVisible()
    finally:
        close(view)


def test_mp4_and_mp3_play_and_audio_has_no_picture(qtbot: QtBot, server: ReferenceServer) -> None:
    for name, video in (("clip.mp4", True), ("talk.mp3", False)):
        view = open_player(qtbot, f"{server.base}/files/{name}", video=video)
        try:
            assert view.picture.isVisible() is video
            assert view.full_button.isVisible() is video
            human_click(view.play_button)
            player = view.player
            qtbot.waitUntil(lambda p=player: p.position() > 500, timeout=10_000)  # type: ignore[misc]
        finally:
            close(view)


def test_a_missing_server_says_so_in_plain_words(qtbot: QtBot) -> None:
    view = MediaPlayerView(
        QUrl("http://127.0.0.1:9/files/hls/master.m3u8"), Look(THEMES["light"]), video=True
    )
    qtbot.addWidget(view)
    view.show()
    try:
        qtbot.waitUntil(lambda: "internet" in view.banner.label.text(), timeout=15_000)
    finally:
        close(view)


def test_a_broken_segment_is_noticed_and_said_plainly_while_the_rest_plays(
    qtbot: QtBot, server: ReferenceServer
) -> None:
    view = open_player(qtbot, f"{server.base}/files/broken/master.m3u8")
    try:
        view.seek(2000)
        human_click(view.play_button)
        qtbot.waitUntil(lambda: view.player.position() > 9000, timeout=15_000)
        assert "damaged" in view.banner.label.text()
        frames = view.picture.frames
        qtbot.waitUntil(lambda: view.picture.frames > frames, timeout=5000)  # and goes on
    finally:
        close(view)


def test_a_missing_key_is_said_plainly(qtbot: QtBot, server: ReferenceServer) -> None:
    view = MediaPlayerView(
        QUrl(f"{server.base}/files/nokey/master.m3u8"), Look(THEMES["light"]), video=True
    )
    qtbot.addWidget(view)
    view.show()
    try:
        qtbot.waitUntil(lambda: "cannot be played" in view.banner.label.text(), timeout=15_000)
    finally:
        close(view)


def test_an_encrypted_video_with_its_key_plays(qtbot: QtBot, server: ReferenceServer) -> None:
    view = open_player(qtbot, f"{server.base}/files/enc/master.m3u8")
    try:
        human_click(view.play_button)
        qtbot.waitUntil(lambda: view.picture.frames > 3, timeout=10_000)
    finally:
        close(view)
