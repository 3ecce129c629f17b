"""Screenshots of lesson media (issue 15) into docs/screenshots/: a video lesson with its
controls and subtitles, and a PDF handout at 300 % with the sentence being read marked.

They need the reference server and media made by the tests (PyAV), so they are not part of
``tools/screenshots.py``'s ``--screenshot`` path:

    QT_QPA_PLATFORM=offscreen python tools/media_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    from PySide6.QtTest import QTest

    from app.services.speech.read_aloud import PLAYING
    from app.ui.lesson_media import HandoutHolder, MediaView
    from app.ui.qt_app import start_qt
    from app.ui.window_builder import build_window
    from tests.conftest import make_services
    from tests.media_course import COURSE_ID, MediaCourse
    from tests.platform_helpers import point_at_server
    from tests.reference_server import Catalog, running_server
    from tests.speech_fakes import ToneEngine

    def wait(check: object, ms: int = 15_000) -> None:
        for _ in range(ms // 50):
            if callable(check) and check():
                return
            QTest.qWait(50)

    with running_server(Catalog(n_courses=1, lessons_per_course=1, media=MediaCourse())) as srv:
        data = Path(tempfile.mkdtemp(prefix="silver-shots-"))
        point_at_server(data, srv.base, sync=True, lessons=(f"{COURSE_ID}-l0",))
        for lang, scale in (("zh_CN", 100), ("en", 100), ("zh_CN", 300)):
            services = make_services(data, "--lang", lang)
            start_qt(lang, offscreen=True)
            built = build_window(
                services,
                services.chosen_profile(None),
                {"text_scale": scale},
                speech_engine=ToneEngine(),
            )
            window = built.window
            window.resize(1366, 768)
            window.show()
            page = window.open(f"lesson:{COURSE_ID}-l0")
            panel = page.materials
            view = panel.stack.currentWidget()
            assert isinstance(view, MediaView)
            wait(lambda v=view: v.player.subtitle.text() != "")
            view.player.player.play()  # as the learner presses Play: pictures arrive
            wait(lambda v=view: v.player.picture.frames > 0 and v.player.player.position() > 2000)
            view.player.player.pause()
            QTest.qWait(300)
            window.grab().save(str(OUT / f"media-video-{lang}-{scale}.png"))
            if scale == 300:
                panel.choose(1)
                holder = panel.stack.currentWidget()
                assert isinstance(holder, HandoutHolder)
                wait(lambda h=holder: h.handout is not None)
                handout = holder.handout
                assert handout is not None and handout.reader is not None
                handout.reader.start_at(1)
                handout.reader.play()
                wait(lambda h=handout: h.reader.state == PLAYING and h.marked is not None)
                QTest.qWait(200)
                window.grab().save(str(OUT / f"media-handout-{lang}-{scale}.png"))
                handout.reader.stop()
            window.open("home")
            window.close()
            services.close()


if __name__ == "__main__":
    main()
