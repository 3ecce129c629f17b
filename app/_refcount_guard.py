"""Keep ``None``, ``True``, ``False`` alive under PySide6 6.12 on Python 3.11.

What goes wrong (measured on this project's machines, Python 3.11.7, 2026-12): with
shiboken6/PySide6 6.12.0 every call of a Qt method that returns nothing (``QTimer.start``,
``stop``, ``setObjectName``, ``killTimer``, ``deleteLater``…) takes one reference off
``None``, and every ``bool`` signal delivered to a Python slot takes references off
``True``. Python 3.11 starts with about 5,000 references to ``None`` once QtCore is
imported, so some thousands of such calls abort the process with "Fatal Python error:
none_dealloc" (or "bool_dealloc"); qasync makes such calls for every timer and socket
event, so a lesson read aloud or a catalog sync is enough.

Which combinations are affected (``sys.getrefcount`` around loops of ``QTimer`` start/stop
pairs and ``bool`` emits, and the 20,000-call loops of
``tests/integration/test_refcount_guard.py`` run without the guard):

======================  ========  ==================================================
Python                  PySide6   result
======================  ========  ==================================================
CPython 3.11.7          6.11.3    no reference lost; the loops exit 0
CPython 3.11.7          6.12.0    2 per start/stop pair, 2 per ``True`` emit; abort
CPython 3.12.1, 3.13.0  6.12.0    counts never change (immortal); the loops exit 0
======================  ========  ==================================================

6.12.0 is the newest release on PyPI today, so no fixed release is known: every release
from :data:`AFFECTED_FROM` on counts as affected until :data:`FIXED_IN` is set from a
measurement (``test_refcount_guard`` then fails on the fixed release, because the loop
no longer aborts without the guard, which is the reminder to set it).

The fix: on an affected combination, give these singletons the same effectively unbounded
reference count Python 3.12 gives them (they are never freed in any Python, so nothing
else changes). Anywhere else nothing is written. The PySide6 version is read from the
installed packages' metadata, without importing Qt; ``apply()`` runs once, from
``app/__init__``, before any Qt call.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Sequence

AFFECTED_FROM = (6, 12, 0)
"""The first shiboken6/PySide6 release that loses references (6.11.3 does not)."""

FIXED_IN: tuple[int, ...] | None = None
"""The first release measured not to lose them again; None while no such release exists."""

# pip installs shiboken6 at exactly PySide6's version (its libshiboken is loaded by its
# soname, 6.11 or 6.12), and the bindings live in PySide6-Essentials; any of these three
# distributions at an affected version counts.
DISTRIBUTIONS = ("shiboken6", "PySide6-Essentials", "PySide6")

_HEADROOM = 1 << 40  # at a million lost references a second, that lasts twelve days
_SINGLETONS = (None, True, False, NotImplemented, Ellipsis)


def _parse(version: str) -> tuple[int, ...]:
    """``"6.12.0"`` → ``(6, 12, 0)``; pre-release or local tails are ignored."""
    match = re.match(r"\d+(?:\.\d+)*", version)
    return tuple(int(part) for part in match.group(0).split(".")) if match else ()


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _dist_info_versions() -> dict[str, tuple[int, ...]]:
    """Versions from the ``NAME-VERSION.dist-info`` folders pip writes on ``sys.path``.

    The same records ``importlib.metadata`` reads, found the cheap way: importing
    ``importlib.metadata`` (zipfile, email, csv…) costs 20 ms on an idle machine and over
    100 ms on a busy one, on every start of the app and of every helper process.
    """
    wanted = {_normalize(name) for name in DISTRIBUTIONS}
    found: dict[str, tuple[int, ...]] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip file or a folder that does not exist
            continue
        for name in names:
            if name.endswith(".dist-info"):
                dist, _, version = name.removesuffix(".dist-info").partition("-")
                key = _normalize(dist)
                if key in wanted and key not in found:  # the first on sys.path wins
                    found[key] = _parse(version)
    return found


def installed_bindings() -> list[tuple[int, ...]]:
    """The versions of the installed Qt bindings' distributions (none if Qt is absent).

    Read from the packages' metadata (never by importing Qt): their ``.dist-info`` folders,
    or ``importlib.metadata`` for any other kind of install of an importable shiboken6.
    """
    found = _dist_info_versions()
    if found:
        return list(found.values())
    if importlib.util.find_spec("shiboken6") is None:  # finds, does not import
        return []
    from importlib import metadata

    versions = []
    for name in DISTRIBUTIONS:
        try:
            versions.append(_parse(metadata.version(name)))
        except metadata.PackageNotFoundError:
            continue
    return versions


def is_affected_bindings(version: tuple[int, ...]) -> bool:
    return version >= AFFECTED_FROM and (FIXED_IN is None or version < FIXED_IN)


def needed(
    python: tuple[int, ...] = tuple(sys.version_info[:2]),
    implementation: str = sys.implementation.name,
    bindings: Sequence[tuple[int, ...]] | None = None,
) -> bool:
    """Whether this interpreter with these bindings loses references to the singletons."""
    if implementation != "cpython" or python >= (3, 12):
        return False  # immortal singletons (PEP 683), or not CPython's reference counts
    versions = installed_bindings() if bindings is None else bindings
    return any(is_affected_bindings(version) for version in versions)


def apply() -> bool:
    """Make the singletons effectively immortal where :func:`needed`; True if it did."""
    if not needed():
        return False
    for obj in _SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        if count.value < _HEADROOM:
            count.value += _HEADROOM
    return True
