"""Python's cyclic garbage collector, paused while the app starts.

Start-up makes a few hundred thousand objects that live as long as the run: PySide's
enum classes, our modules and dataclasses, the first page's widgets. The collector,
counting allocations, scanned them again and again while they were being made, and found
nothing to free: about 50 ms of a 650 ms start (docs/performance.md, "Fifth pass").

``pause`` runs before PySide6 and the app's modules load (the program's entry points).
``resume`` runs once the first page is painted (an admin command resumes before its work):
it moves everything start-up made into the collector's permanent generation
(``gc.freeze``), so later collections skip it and the first one after start-up is short,
then turns collection back on. Reference counting frees objects all along; only a cycle
among objects made during start-up is never collected, which bounds what can be kept.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop cyclic collection, if it runs (a host that turned it off keeps it off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Undo ``pause``: freeze what start-up made, collect again. Safe to call twice."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def paused() -> bool:
    """Whether ``pause`` stopped the collector and nothing resumed it yet."""
    return _paused
