"""Read-aloud timings on a 3,000-character Chinese lesson (``make bench``, not pytest).

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_table --only read-aloud

Prints each figure beside the time espeak-ng takes for the first sentence alone in
the same run, so a slow machine shows as a slow baseline, not a failed goal.
Goals (docs/requirements.md#performance-goals): Play → first audio ready ≤ 0.2 s;
Stop → position frozen ≤ 0.1 s; gap between sentences < 100 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from app.core.sentences import split_sentences
from app.services.speech.espeak import EspeakEngine
from app.services.speech.read_aloud import PLAYING, ReadAloud, build_read_aloud
from app.services.speech.window_voice import WindowVoice
from tests.benchmarks.bench_table import Row

WINDOW_UP_S = 2.0  # the window has been painted and the learner picks a lesson

PARTS = [
    "先把水壶洗干净。",
    "水要装到一半，不要太满。",
    "插上电源，按下开关，等一会儿。",
    "小心热气，不要用手去摸。",
]


def lesson_text(chars: int, tag: str) -> str:
    lines: list[str] = []
    n = 0
    while sum(len(x) + 1 for x in lines) < chars:
        lines.append(f"第{tag}{n}段。" + "".join(PARTS[(n + i) % 4] for i in range(4)))
        n += 1
    return "\n".join(lines)[:chars]


def spin(app: QApplication, until: object, timeout: float = 20.0) -> float:
    start = time.monotonic()
    while not until() and time.monotonic() - start < timeout:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.001)
    return time.monotonic() - start


def espeak_first(text: str, folder: Path) -> float:
    first = split_sentences(text)[0].text
    start = time.monotonic()
    EspeakEngine().render(first, "zh_CN", 130, str(folder / "alone.wav"))
    return time.monotonic() - start


def play_to_ready(app: QApplication, voice: WindowVoice, text: str, settle_s: float) -> ReadAloud:
    reader = build_read_aloud(voice, text, "zh_CN", audio_outputs=lambda: 1)
    end = time.monotonic() + settle_s  # the learner looks at the page before pressing Play
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
    reader.play()
    spin(app, lambda: reader.timeline.first_ready is not None)
    return reader


def rows() -> list[Row]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = lesson_text(3000, "a")
        baseline = statistics.median(
            espeak_first(lesson_text(3000, f"b{i}"), folder) for i in range(5)
        )
        print(f"lesson: {len(text)} characters, {len(split_sentences(text))} sentences")
        print(f"espeak-ng, first sentence alone (median of 5): {baseline * 1000:.0f} ms")

        # 0. the app as it runs: the window prepares its voice after the first paint
        # (``desktop.run_window``); a lesson opens and Play is pressed at once
        running = WindowVoice(folder / "cache0", folder / "personal0")
        running.prepare()
        spin(app, lambda: False, WINDOW_UP_S)
        reader = play_to_ready(app, running, lesson_text(3000, "e"), 0.0)
        at_open = reader.timeline.first_ready or 0
        reader.close()
        running.close()
        voice = WindowVoice(folder / "cache", folder / "personal")
        # 1. a voice made and Play pressed at once: worker still starting, nothing cached
        reader = play_to_ready(app, voice, text, 0.0)
        cold = reader.timeline.first_ready or 0
        reader.close()
        # 2. page open for 0.5 s first: worker warm, first sentence rendered ahead
        reader = play_to_ready(app, voice, lesson_text(3000, "c"), 0.5)
        warm = reader.timeline.first_ready or 0
        # 3. worker warm, but this sentence not yet rendered (e.g. after a jump)
        uncached = build_read_aloud(voice, lesson_text(3000, "d"), "zh_CN", audio_outputs=lambda: 1)
        spin(app, lambda: not voice.kit.worker.busy)  # type: ignore[union-attr]
        uncached.index = 10  # a paragraph start ("第d2段。"): its own text, not rendered yet
        uncached.play()
        spin(app, lambda: uncached.timeline.first_ready is not None)
        jump = uncached.timeline.first_ready or 0
        uncached.close()
        print(
            f"Play → first audio ready, Play at page open:      {at_open * 1000:6.0f} ms "
            f"({at_open / baseline:.1f}× espeak alone; goal ≤ 200 ms)"
        )
        print(
            f"Play → first audio ready, voice not yet started:  {cold * 1000:6.0f} ms "
            f"({cold / baseline:.1f}× espeak alone)"
        )
        print(
            f"Play → first audio ready, page open 0.5 s:        {warm * 1000:6.0f} ms "
            f"({warm / baseline:.1f}× espeak alone)"
        )
        print(
            f"Play → first audio ready, worker warm, not cached: {jump * 1000:6.0f} ms "
            f"({jump / baseline:.1f}× espeak alone)"
        )

        # Stop → position frozen
        spin(app, lambda: reader.state == PLAYING and reader.player.position() > 300)
        changes: list[float] = []
        reader.player.positionChanged.connect(lambda _p: changes.append(time.monotonic()))
        stopped_at = time.monotonic()
        reader.stop()
        spin(app, lambda: False, 0.5)
        frozen = max([0.0, *(c - stopped_at for c in changes if c >= stopped_at)])
        print(
            f"Stop → position frozen: {frozen * 1000:6.1f} ms "
            f"({frozen / baseline:.2f}× espeak alone; goal ≤ 100 ms)"
        )

        # inter-sentence gaps over the first sentences, measured from player positions
        reader.timeline.started.clear()
        reader.timeline.ended.clear()
        reader.set_rate("brisk")
        reader.start_at(0)
        reader.play()
        spin(app, lambda: len(reader.timeline.gaps_ms()) >= 4, 60)
        gaps = reader.timeline.gaps_ms()
        reader.close()
        voice.close()
        if gaps:
            print(
                f"gap between sentences: median {statistics.median(gaps):.0f} ms, "
                f"max {max(gaps):.0f} ms over {len(gaps)} ({max(gaps) / 1000 / baseline:.2f}× "
                "espeak alone; goal < 100 ms)"
            )
    alone = baseline * 1000
    worst_gap = max(gaps) if gaps else float("nan")
    return [
        Row("Play → first audio, Play as the page opens", at_open * 1000, "ms", alone,
            "espeak-ng alone, 1st sentence", "≤ 200 ms", at_open <= 0.2),
        Row("Play → first audio, voice not started yet", cold * 1000, "ms", alone,
            "espeak-ng alone, 1st sentence", "(shown)", True),
        Row("Play → first audio, page open 0.5 s", warm * 1000, "ms", alone,
            "espeak-ng alone, 1st sentence", "≤ 200 ms", warm <= 0.2),
        Row("Stop → position frozen", frozen * 1000, "ms", alone,
            "espeak-ng alone, 1st sentence", "≤ 100 ms", frozen <= 0.1),
        Row("gap between sentences (max)", worst_gap, "ms", alone,
            "espeak-ng alone, 1st sentence", "< 100 ms", worst_gap < 100),
    ]  # fmt: skip


if __name__ == "__main__":
    for row in rows():
        print(row)
