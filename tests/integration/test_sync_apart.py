"""The window's sync (``PlatformSync.run_apart``): catalog and search index in a child
process, against the real reference server; the errors and the stop come back whole."""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.errors import ApiDataError, PlatformUnavailable, SaveError, SilverError
from app.services.platform_sync import SyncReport
from tests.platform_helpers import Client
from tests.reference_server import Catalog, ReferenceServer, running_server


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    with running_server(Catalog(n_courses=30, lessons_per_course=2, parts=2)) as srv:
        yield srv


@pytest.fixture
def client(server: ReferenceServer, tmp_path: Path) -> Iterator[Client]:
    c = Client(server.base, tmp_path)
    yield c
    c.close()


def test_the_child_fills_the_cache_and_index_and_this_process_reloads_its_catalog(
    client: Client,
) -> None:
    steps: list[str] = []
    report = client.sync.run_apart(lambda step, _done, _total: steps.append(step))
    assert isinstance(report, SyncReport)
    assert (report.courses, report.lessons) == (30, 60)
    assert len(client.sync.catalog.catalog.courses) == 30  # reloaded from the database
    assert client.kit.search.course_ids("书法")  # the child re-indexed
    assert steps[0] == "topics" and "details" in steps and steps[-1] == "index"
    assert multiprocessing.active_children() == []


def test_a_cut_network_comes_back_as_the_plain_unavailable_error(
    client: Client, server: ReferenceServer
) -> None:
    client.sync.run_apart()
    server.faults.down = True
    with pytest.raises(PlatformUnavailable) as caught:
        client.sync.run_apart()
    assert caught.value.template == PlatformUnavailable.default_template
    assert len(client.sync.catalog.catalog.courses) == 30  # the cache is kept


def test_malformed_api_data_comes_back_as_the_plain_data_error(
    client: Client, server: ReferenceServer
) -> None:
    server.faults.invalid_json.add("data_version")
    with pytest.raises(ApiDataError):
        client.sync.run_apart()
    assert client.sync.catalog.catalog.courses == {}


class Stop(Exception):
    """What the window's progress callback raises once it is closing."""


def test_a_stop_during_the_sync_ends_the_child_and_writes_nothing(
    client: Client, server: ReferenceServer
) -> None:
    server.faults.latency_s = 0.02  # the details take a while

    def progress(step: str, _done: int, _total: int) -> None:
        if step == "details":
            raise Stop()

    with pytest.raises(Stop):
        client.sync.run_apart(progress)
    assert multiprocessing.active_children() == []
    assert list(client.cache.courses()) == []


def test_errors_cross_a_process_boundary_with_their_template_and_params() -> None:
    error = pickle.loads(pickle.dumps(SaveError(file="plan.pdf")))
    assert type(error) is SaveError
    assert (error.template, error.params) == (SaveError.default_template, {"file": "plan.pdf"})
    assert str(error) == str(SaveError(file="plan.pdf"))
    plain = pickle.loads(pickle.dumps(SilverError("A {thing} broke.", thing="cup")))
    assert str(plain) == "A cup broke." and plain.params == {"thing": "cup"}
