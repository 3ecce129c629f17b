"""Benchmark: a saved video to its first picture, a 12-page handout to its first page at
300 %, each beside bare Qt doing the same in the same run (issue 15; goal ≤ 1.5×).

A saved video is an HLS rendition on disk (what "Save for offline" leaves: a playlist and
its segments). The app's side is the player the lesson page shows (``MediaPlayerView``:
controls, subtitles label, side column) with Play pressed at once; the bare side is a
``QMediaPlayer`` with a ``QVideoSink`` and an audio output. The handout's side is
``HandoutView`` at the learner's 300 % size, shown, until its first page is drawn; the bare
side loads a ``QPdfDocument`` and renders page 1 at the same width. Runs alternate after one
warm-up of each (the FFmpeg and PDF libraries load once per process), medians of 9.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl

from tests.benchmarks.bench_table import Row

GOAL = 1.5
RUNS = 9
TIMEOUT_S = 20.0
PAGES = tuple(
    (f"第{n}页：用手机学本领。", "先打开微信。再找到家人的名字。把手机拿稳。离脸远一点。")
    for n in range(1, 13)
)


def _wait(done: Callable[[], bool]) -> None:
    from PySide6.QtCore import QCoreApplication

    until = time.perf_counter() + TIMEOUT_S
    while not done():
        if time.perf_counter() > until:
            raise RuntimeError("nothing arrived in time")
        QCoreApplication.processEvents()
        time.sleep(0.001)


def _bare_video(url: QUrl) -> float:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoSink

    from app.services.speech.qt_media import for_media_threads

    start = time.perf_counter()
    player = for_media_threads(QMediaPlayer())
    output = for_media_threads(QAudioOutput())
    sink = for_media_threads(QVideoSink())
    player.setAudioOutput(output)
    player.setVideoSink(sink)
    frames: list[int] = []
    sink.videoFrameChanged.connect(lambda frame: frames.append(1) if frame.isValid() else None)
    player.setSource(url)
    player.play()
    _wait(lambda: bool(frames))
    took = time.perf_counter() - start
    player.stop()
    player.setSource(QUrl())
    for made in (player, output, sink):
        made.deleteLater()
    return took


def _app_video(url: QUrl) -> float:
    from app.core.theme import THEMES
    from app.ui.media_player import MediaPlayerView
    from app.ui.style import Look

    start = time.perf_counter()
    view = MediaPlayerView(url, Look(THEMES["light"], 200), video=True)
    view.resize(1366, 768)
    view.show()
    view.player.play()  # the learner presses Play as the lesson opens
    _wait(lambda: view.picture.frames > 0)
    took = time.perf_counter() - start
    view.close_player()
    view.close()
    view.deleteLater()
    return took


def _bare_pdf(path: Path, width: int) -> float:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    start = time.perf_counter()
    document = QPdfDocument()
    document.load(str(path))
    points = document.pagePointSize(0)
    image = document.render(0, QSize(width, int(width * points.height() / points.width())))
    took = time.perf_counter() - start
    assert not image.isNull()
    document.close()
    document.deleteLater()
    return took


def _app_pdf(path: Path) -> tuple[float, int]:
    from app.core.theme import THEMES
    from app.ui.handout_view import HandoutView
    from app.ui.style import Look

    start = time.perf_counter()
    view = HandoutView(str(path), Look(THEMES["light"], 300))
    view.resize(1366, 768)
    view.show()
    _wait(lambda: view.picture.pixmap() is not None and not view.picture.pixmap().isNull())
    took = time.perf_counter() - start
    width = view.picture.pixmap().width()
    view.close_view()
    view.close()
    view.deleteLater()
    return took, width


def rows() -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tests.media_files import make_hls, make_pdf

    _qt = QApplication.instance() or QApplication([])  # kept alive for the whole run
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_hls(folder / "video", seconds=6.0)
        url = QUrl.fromLocalFile(str(folder / "video" / "v0" / "index.m3u8"))
        handout = make_pdf(folder / "handout.pdf", PAGES)
        _bare_video(url), _app_video(url)  # warm-up: FFmpeg loads once
        _, width = _app_pdf(handout)
        _bare_pdf(handout, width)
        bare_v, app_v, bare_p, app_p = [], [], [], []
        for _ in range(RUNS):
            bare_v.append(_bare_video(url))
            app_v.append(_app_video(url))
            bare_p.append(_bare_pdf(handout, width))
            app_p.append(_app_pdf(handout)[0])
    video, video_base = statistics.median(app_v), statistics.median(bare_v)
    pdf, pdf_base = statistics.median(app_p), statistics.median(bare_p)
    return [
        Row(
            "saved video: open and Play → first picture",
            video * 1000,
            "ms",
            video_base * 1000,
            "bare QMediaPlayer + QVideoSink",
            f"≤ {GOAL}×",
            video / video_base <= GOAL,
        ),
        Row(
            "12-page handout → first page at 300 %",
            pdf * 1000,
            "ms",
            pdf_base * 1000,
            "bare QPdfDocument, same page and width",
            f"≤ {GOAL}×",
            pdf / pdf_base <= GOAL,
        ),
    ]


if __name__ == "__main__":
    from tests.benchmarks.bench_table import BenchTable

    table = BenchTable()
    table.add(rows())
    print(table.render())
