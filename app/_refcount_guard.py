"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12.0 on Python 3.11.

Measured here: with shiboken6/PySide6 6.12.0 (abi3 wheels) on Python 3.11, every
call of a Qt method that returns nothing takes one reference off ``None``, and
every ``Signal.emit()`` takes one off ``True``. Python 3.12+ makes these objects
immortal, so the bindings get away with it there; on 3.11 the app aborts with
"none_dealloc: deallocating None" after some thousands of calls (a lesson read
aloud makes that many in minutes). We give the three singletons the same
effectively-unbounded reference count that 3.12 gives them. They are never freed
in any Python, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def apply() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        if count.value < _HEADROOM:
            count.value += _HEADROOM
