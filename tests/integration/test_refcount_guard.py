"""app/_refcount_guard.py: on when needed, off otherwise, and the abort it prevents.

A child process makes many Qt calls that return nothing (``QTimer.start``/``stop``) or
delivers many ``True`` to a Python slot. With PySide6 6.12 on Python 3.11 each loses a
reference to ``None`` / ``True``; about 5,000 / 600 of them exist once QtCore is loaded, so
without the guard the child aborts ("none_dealloc", "bool_dealloc") after a few thousand
calls. The loops make 20,000 start/stop pairs and 20,000 emits (a fraction of a second).
The child imports ``app`` (which applies the guard, as the app does) only when told to by
its first argument; nothing is patched.
"""

from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app import _refcount_guard as guard

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
mode, kind = sys.argv[1], sys.argv[2]
if mode == "guard":
    import app  # noqa: F401  applies app/_refcount_guard.py, as every start of the app does
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

class Probe(QObject):
    busy = Signal(bool)

qt = QCoreApplication([])
probe = Probe()
probe.busy.connect(lambda busy: None)
timer = QTimer()
for _ in range(20_000):
    if kind == "none":
        timer.start(60_000)  # returns nothing
        timer.stop()  # returns nothing
    else:
        probe.busy.emit(True)  # a bool delivered to a Python slot
print("still running", flush=True)
"""

AFFECTED = guard.needed()
HERE = (
    f"Python {platform.python_version()}, Qt bindings "
    f"{[('.'.join(map(str, v))) for v in guard.installed_bindings()] or 'not installed'}"
)


def run_child(mode: str, kind: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", CHILD, mode, kind],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )


@pytest.mark.parametrize("kind", ["none", "true"])
def test_with_the_guard_many_qt_calls_do_not_abort(kind: str, tmp_path: Path) -> None:
    done = run_child("guard", kind, tmp_path)
    assert done.returncode == 0, done.stderr[-800:]
    assert "still running" in done.stdout


@pytest.mark.parametrize(("kind", "fatal"), [("none", "none_dealloc"), ("true", "bool_dealloc")])
def test_without_the_guard_they_abort_exactly_where_the_guard_is_on(
    kind: str, fatal: str, tmp_path: Path
) -> None:
    """Affected (3.11 + 6.12): the child aborts. Elsewhere it survives without the guard,
    which is why the guard stays off there. (On a fixed release this fails because the
    child survives: measure it and set ``FIXED_IN``.)"""
    done = run_child("no-guard", kind, tmp_path)
    if AFFECTED:
        assert done.returncode == -signal.SIGABRT, (HERE, done.returncode, done.stderr[-800:])
        assert fatal in done.stderr
        assert "still running" not in done.stdout
    else:
        assert done.returncode == 0, (HERE, done.stderr[-800:])
        assert "still running" in done.stdout


def test_which_combinations_are_affected() -> None:
    qt_6_12, qt_6_11 = [(6, 12, 0)], [(6, 11, 3)]
    assert guard.needed((3, 11), "cpython", qt_6_12)
    assert guard.needed((3, 11), "cpython", [(6, 12, 1)])  # no fixed release measured yet
    assert not guard.needed((3, 11), "cpython", qt_6_11)
    assert not guard.needed((3, 11), "cpython", [(6, 8, 2, 1)])
    assert not guard.needed((3, 11), "cpython", [])  # no Qt installed
    assert not guard.needed((3, 12), "cpython", qt_6_12)  # immortal singletons
    assert not guard.needed((3, 13), "cpython", qt_6_12)
    assert not guard.needed((3, 11), "pypy", qt_6_12)
    assert guard._parse("6.12.0") == (6, 12, 0)
    assert guard._parse("6.13.0a1") == (6, 13, 0)
    assert guard._parse("6.8.2.1") == (6, 8, 2, 1)


def test_the_installed_bindings_are_read_without_importing_qt(tmp_path: Path) -> None:
    probe = (
        "import sys; from app import _refcount_guard as g; print(g.installed_bindings()); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))); "
        "print('importlib.metadata' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    versions, qt_modules, slow_reader = done.stdout.splitlines()
    assert versions != "[]", "PySide6/shiboken6 metadata not found"
    assert qt_modules == "[]"
    assert slow_reader == "False"  # the dist-info folders answered


def test_the_versions_are_the_ones_importlib_metadata_reports(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from importlib import metadata

    expected = []
    for name in guard.DISTRIBUTIONS:
        try:
            expected.append(guard._parse(metadata.version(name)))
        except metadata.PackageNotFoundError:
            continue
    assert expected, "PySide6/shiboken6 metadata not found"
    assert sorted(guard.installed_bindings()) == sorted(expected)
    # An install without dist-info folders (egg-info, …): importlib.metadata answers.
    monkeypatch.setattr(guard, "_dist_info_versions", dict)
    assert sorted(guard.installed_bindings()) == sorted(expected)


@pytest.mark.skipif(sys.version_info < (3, 12), reason="this checks Python 3.12 or newer")
def test_on_python_3_12_and_newer_the_guard_writes_nothing() -> None:
    before = [sys.getrefcount(obj) for obj in (None, True, False)]
    assert guard.apply() is False
    assert [sys.getrefcount(obj) for obj in (None, True, False)] == before
    assert not guard.needed(bindings=[(6, 12, 0)])


@pytest.mark.skipif(not AFFECTED, reason=f"not an affected combination here: {HERE}")
def test_on_an_affected_combination_the_singletons_have_headroom() -> None:
    # ``app`` is imported, so the guard has run once; running it again adds nothing.
    before = sys.getrefcount(None)
    assert before > guard._HEADROOM
    assert guard.apply() is True
    assert abs(sys.getrefcount(None) - before) < 100
