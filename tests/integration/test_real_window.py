"""`python -m app` opens a real window on an X display (Xvfb), as on a senior's PC."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.reference_server import Catalog, running_server

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xwininfo")),
    reason="needs Debian xvfb and x11-utils (installed by make setup)",
)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a display number it picks itself (no fixed number two test runs could share),
    returned once it accepts clients: ``-displayfd`` writes the number when it is ready."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb") as ready:
        number = ready.readline().strip().decode()  # blocks until the server is up
    assert number.isdigit(), "Xvfb did not start"
    return xvfb, f":{number}"


def test_window_opens_on_a_real_x_display(data_dir: Path, tmp_path: Path) -> None:
    xvfb, display = start_xvfb()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, PYTHONPATH=str(ROOT))
    app = None
    with running_server(Catalog(n_courses=3, lessons_per_course=1)) as server:
        try:
            app = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "app",
                    "--data-dir",
                    str(data_dir),
                    "--lang",
                    "en",
                    "--api-base",
                    server.base,
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            names = ""
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and "Welcome — Silver Classroom" not in names:
                time.sleep(0.5)
                assert app.poll() is None, app.communicate()[1]
                names = subprocess.run(
                    ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True
                ).stdout
            assert "Welcome — Silver Classroom" in names  # first start: the setup steps
            # The catalog sync waits for the first paint (issue 17), then runs on its own.
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not server.hits:
                time.sleep(0.2)
            assert server.hits, "the window never asked the lesson service for courses"
        finally:
            if app is not None:
                app.terminate()
                _, err = app.communicate(timeout=20)
                assert "Traceback" not in err
            xvfb.terminate()
            xvfb.wait(timeout=10)
