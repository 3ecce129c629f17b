"""Run one function in a short-lived child process and return its result.

For CPU work whose data would otherwise stay in the app for good (e.g. pypinyin's
phrase dictionary, ~190,000 Python lists: every full garbage-collector pass, which
stops every thread and so the window too, would have to walk them).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
import threading
import types
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

A = TypeVar("A")
R = TypeVar("R")
_starting = threading.Lock()


@contextlib.contextmanager
def bare_main() -> Iterator[None]:
    """Start a child process (speech worker, pinyin) without re-running ``__main__``.

    "Spawn" imports the parent's main module in the child: the whole app, or a script
    without a main guard would start itself again. The child needs only the module of the
    function, which unpickling imports.
    Starting a process reads ``__main__`` synchronously, so the swap is short."""
    with _starting:  # two starts at once must not swap ``__main__`` over each other
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            if main is not None:
                sys.modules["__main__"] = main


def run_apart(fn: Callable[[A], R], arg: A) -> R:
    """``fn(arg)`` in a fresh child process (``fn`` must be a module-level function)."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:
        with bare_main():
            future = child.submit(fn, arg)  # starts the child process now
        return future.result()
