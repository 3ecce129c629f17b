"""Keep ``None``, ``True``, ``False`` (and friends) alive under PySide6 6.12.0 on Python 3.11.

Measured here (by two of us independently): with shiboken6/PySide6 6.12.0 on Python 3.11,
every call of a Qt method that returns nothing (``killTimer``, ``setEnabled``,
``deleteLater``, ``processEvents``…) takes one reference off ``None``, and every bool
signal delivered to Python takes one off ``True``/``False``. Python 3.12+ makes these
objects immortal, so the bindings get away with it there; on 3.11 the app aborts with
"none_dealloc" after some thousands of calls (qasync makes such calls for every timer and
socket event; a lesson read aloud or a catalog sync takes seconds to minutes). PySide6
6.11 does not do this.

The issue asks for PySide6 ≥ 6.12, so instead of pinning an older Qt we give these
singletons the same effectively unbounded reference count Python 3.12 gives them. They are
never freed in any Python, so nothing else changes. Applied once, from ``app/__init__``,
before any Qt call.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # at a million lost references a second, that lasts twelve days


def apply() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False, NotImplemented, Ellipsis):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        if count.value < _HEADROOM:
            count.value += _HEADROOM
