"""Benchmark: a window that opens and leaves lessons all day keeps a flat memory.

One learner window (the fake ``ToneEngine`` voice, real worker process and player)
opens a bundled lesson, starts and stops reading aloud, and goes home, ``cycles``
times. The process's current RSS (``/proc/self/statm``, not a high-water mark) after
all cycles is compared with the RSS after the first 10. Goal (issue 17): within 10 %.
The normal test suite checks the cause directly (``tests/ui/test_page_memory.py``).
"""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path

from tests.benchmarks.bench_table import Row

GOAL = 1.10
WARM_CYCLES = 10


def rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def rows(cycles: int = 1000) -> list[Row]:
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.ui.qt_app import start_qt
    from app.ui.window_builder import build_window
    from tests.conftest import make_services
    from tests.speech_fakes import ToneEngine

    def settle() -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QCoreApplication.processEvents()

    with tempfile.TemporaryDirectory() as tmp:
        services = make_services(Path(tmp), "--lang", "en")
        start_qt("en", offscreen=True)
        built = build_window(services, services.chosen_profile(None), speech_engine=ToneEngine())
        window = built.window
        window.resize(1366, 768)
        window.show()
        courses = services.catalog.catalog.courses.values()
        keys = [f"lesson:{lesson.id}" for course in courses for lesson in course.lessons]
        after_warm = 0.0
        for n in range(cycles):
            page = window.open(keys[n % len(keys)])
            reader = getattr(page, "read_aloud", None)
            if reader is not None:
                reader.play()
                QCoreApplication.processEvents()
                reader.stop()
            del page, reader
            window.open("home")
            settle()
            if n + 1 == WARM_CYCLES:
                gc.collect()
                after_warm = rss_mb()
        gc.collect()
        settle()
        after_all = rss_mb()
        window.close()
        services.close()
    return [
        Row(
            f"RSS after {cycles:,} lesson open/leave cycles",
            after_all,
            "MB",
            after_warm,
            f"after {WARM_CYCLES} cycles",
            f"≤ {GOAL:.2f}×",
            after_all / after_warm <= GOAL,
        )
    ]


if __name__ == "__main__":
    for row in rows(100):
        print(row)
