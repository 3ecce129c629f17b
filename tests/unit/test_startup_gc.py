"""The collector pause around start-up (app/startup_gc.py) undoes only itself."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app import startup_gc


@pytest.fixture
def collector() -> Iterator[None]:
    """Each test starts with the collector on and leaves it as it found it."""
    was_on = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        startup_gc.resume()
        gc.unfreeze()
        if not was_on:
            gc.disable()


@pytest.mark.usefixtures("collector")
def test_start_up_objects_are_frozen_and_collection_resumes() -> None:
    startup_gc.pause()
    assert not gc.isenabled() and startup_gc.paused()
    made_during_start: list[list[int]] = [[] for _ in range(1000)]  # tracked objects
    frozen_before = gc.get_freeze_count()
    startup_gc.resume()
    assert gc.isenabled() and not startup_gc.paused()
    assert gc.get_freeze_count() >= frozen_before + len(made_during_start)
    startup_gc.resume()  # a second call (e.g. main's and the window's) changes nothing
    assert gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_a_collector_turned_off_by_the_host_stays_off() -> None:
    gc.disable()
    startup_gc.pause()
    assert not startup_gc.paused()
    startup_gc.resume()
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_pausing_twice_needs_one_resume() -> None:
    startup_gc.pause()
    startup_gc.pause()  # python -m app pauses at the top of the file, run() again
    startup_gc.resume()
    assert gc.isenabled()
