"""The app's asyncio loop: qasync's, with a guard for a PySide6 6.12 reference-count bug.

Measured here: with PySide6 6.12.0 on Python 3.11, every Qt method that returns
nothing (``killTimer``, ``QSocketNotifier.setEnabled``, ``deleteLater``,
``processEvents``…) drops one reference to ``None``, and a bool signal delivered to a
Python slot drops one to ``True``/``False`` (they are treated as immortal, as in
Python 3.12). qasync makes such calls for every timer and socket event, so after a
few thousand of them ``None`` is "freed" and Python aborts ("none_dealloc"): a
10,000-course sync did it within seconds.
PySide6 6.11.0 does not have the bug, and on Python ≥ 3.12 ``None`` is immortal.

The real fix is a PySide6 without the bug (see the lead's notes). Until then, when
the bug is detected at start, ``None`` is given a very large reference count once,
(and ``True``, ``False``) so the lost references can never bring them to zero
(what Python 3.12 does for immortal objects). Nothing is changed on a build without the bug.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

import qasync
from PySide6.QtCore import QObject

_RESERVE = 1 << 40  # references; at a million lost a second that lasts 12 days
_guarded = False


def void_calls_drop_none(tries: int = 50) -> bool:
    """True when a Qt method returning nothing loses a reference to ``None`` on this build."""
    probe = QObject()
    for _ in range(tries):  # warm up: first calls fill caches that hold ``None``
        probe.killTimer(probe.startTimer(60_000))
    before = sys.getrefcount(None)
    for _ in range(tries):
        probe.killTimer(probe.startTimer(60_000))
    return before - sys.getrefcount(None) >= tries * 0.8


def guard_none_refcount() -> bool:
    """Make the singletons effectively immortal if this PySide6 build leaks them."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or not void_calls_drop_none():
        return _guarded
    for singleton in (None, True, False, NotImplemented, Ellipsis):  # all lose references
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: first field
        refcount.value += _RESERVE
    _guarded = True
    return True


class SilverEventLoop(qasync.QEventLoop):  # type: ignore[misc]
    """``qasync.QEventLoop`` that survives any number of timers and socket events."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        guard_none_refcount()
        super().__init__(*args, **kwargs)
