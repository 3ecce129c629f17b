"""Learning records reach the reference platform once each: batches, retries, SIGKILL, 401."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import SignInNeeded
from app.core.study_time import StudyKey, StudyKind
from app.services.record_sender import RecordSender
from app.services.store.database import connect
from app.services.store.schema import LEARNER_MIGRATIONS
from app.services.store.study_repo import StudyRepo
from tests.platform_helpers import Client
from tests.reference_server import TOKEN, Faults, running_server

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("record_send_child.py")
NOW = datetime(2026, 3, 5, 10, tzinfo=UTC)


def queue_records(db: Path, n: int) -> int:
    """``n`` waiting records (one per lesson and day); their seconds in all."""
    conn = connect(db, LEARNER_MIGRATIONS)
    repo = StudyRepo(conn)
    total = 0
    for i in range(n):
        day = date(2026, 3, 1) + timedelta(days=i % 5)
        key = StudyKey(day, "c1", f"l{i}", StudyKind.READ)
        repo.add({key: 60 + i}, datetime.combine(day, NOW.timetz()), queue=True)
        total += 60 + i
    conn.close()
    return total


def waiting(db: Path) -> int:
    conn = connect(db, LEARNER_MIGRATIONS)
    try:
        return StudyRepo(conn).waiting()
    finally:
        conn.close()


def sender(base: str, tmp_path: Path, db: Path) -> RecordSender:
    client = Client(base, tmp_path / "machine")
    return RecordSender(client.kit, lambda: connect(db, LEARNER_MIGRATIONS))


def server_seconds(server: Any) -> int:
    return sum(int(r["Seconds"]) for r in server.records.values())


def test_records_go_in_batches_of_at_most_500(tmp_path: Path) -> None:
    db = tmp_path / "learner.sqlite3"
    total = queue_records(db, 1234)
    with running_server() as server:
        report = sender(server.base, tmp_path, db).send(TOKEN)
        assert server.record_batches == [500, 500, 234]
        assert len(server.records) == 1234 and server_seconds(server) == total
    assert (report.sent, report.waiting) == (1234, 0)


def test_429_and_500_then_success_sends_each_record_once(tmp_path: Path) -> None:
    db = tmp_path / "learner.sqlite3"
    total = queue_records(db, 40)
    faults = Faults(rate_limit={"/api/my/records": 1}, fail_500={"/api/my/records": 1})
    with running_server(faults=faults) as server:
        report = sender(server.base, tmp_path, db).send(TOKEN)
        assert server.hits["/api/my/records"] == 3  # 429, 500, then accepted
        assert len(server.records) == 40 and server_seconds(server) == total
        again = sender(server.base, tmp_path, db).send(TOKEN)  # nothing left to send
        assert again.sent == 0 and server.record_batches == [40]
    assert report.waiting == 0


def test_a_sign_in_that_ran_out_keeps_the_queue(tmp_path: Path) -> None:
    db = tmp_path / "learner.sqlite3"
    queue_records(db, 12)
    with running_server(faults=Faults(token_expired=True)) as server:
        with pytest.raises(SignInNeeded):
            sender(server.base, tmp_path, db).send(TOKEN)
        assert server.records == {}
    assert waiting(db) == 12
    with running_server() as server:  # signed in again: all twelve go, once
        assert sender(server.base, tmp_path, db).send(TOKEN).sent == 12
        assert len(server.records) == 12


def test_time_added_while_sending_is_a_new_record_not_a_changed_one(tmp_path: Path) -> None:
    """A sealed record is never added to: its Id always stands for the same seconds."""
    db = tmp_path / "learner.sqlite3"
    conn = connect(db, LEARNER_MIGRATIONS)
    repo = StudyRepo(conn)
    key = StudyKey(NOW.date(), "c1", "l1", StudyKind.READ)
    repo.add({key: 30}, NOW, queue=True)
    repo.seal()  # a send began
    repo.add({key: 30}, NOW, queue=True)  # the learner read on meanwhile
    sealed = repo.sealed(500)
    assert [r.seconds for r in sealed] == [30]
    assert repo.waiting() == 2
    conn.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_a_send_then_restart_sends_each_record_once(tmp_path: Path) -> None:
    db = tmp_path / "learner.sqlite3"
    total = queue_records(db, 700)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with running_server(faults=Faults(records_stall_s=60)) as server:
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(db), server.base, TOKEN],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while not server.records and time.monotonic() < deadline:
            time.sleep(0.05)  # the platform has the first batch; its answer waits
        assert len(server.records) == 500
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert waiting(db) == 700  # nothing left the queue without an answer
        server.faults.records_stall_s = 0
        report = sender(server.base, tmp_path, db).send(TOKEN)  # the app starts again
        assert len(server.records) == 700 and server_seconds(server) == total
        assert report.sent == 700 and report.waiting == 0


def test_admin_send_without_sign_in_exits_1_plainly(
    tmp_path: Path, data_dir: Path, capsys: Any
) -> None:
    from app.cli.admin_records import send
    from app.services.secrets.keyring_store import KeyringSecretStore
    from tests.conftest import make_services
    from tests.platform_helpers import MemoryKeyring

    with running_server() as server:
        svc = make_services(
            data_dir, "--lang", "en", "--api-base", server.base,
            secrets=KeyringSecretStore(MemoryKeyring()),
        )  # fmt: skip
        profile = svc.profiles.default()
        svc.learner(profile).settings.save({"share_record": True})
        out, err = io.StringIO(), io.StringIO()
        assert send(svc, profile, out, err) == 1
        assert "is not signed in to the platform, so nothing was sent" in err.getvalue()
        svc.secrets.set(profile.id, TOKEN)
        store = svc.learner(profile)
        store.study.add({StudyKey(NOW.date(), "c1", "l1", StudyKind.READ): 90}, NOW, queue=True)
        assert send(svc, profile, out, err) == 0
        assert "Records sent: 1" in out.getvalue()
        assert len(server.records) == 1
        svc.close()


def test_admin_send_with_sharing_off_sends_nothing(data_dir: Path) -> None:
    from app.cli.admin_records import send
    from app.services.secrets.keyring_store import KeyringSecretStore
    from tests.conftest import make_services
    from tests.platform_helpers import MemoryKeyring

    with running_server() as server:
        svc = make_services(
            data_dir, "--lang", "en", "--api-base", server.base,
            secrets=KeyringSecretStore(MemoryKeyring()),
        )  # fmt: skip
        profile = svc.profiles.default()
        svc.secrets.set(profile.id, TOKEN)
        store = svc.learner(profile)
        store.study.add({StudyKey(NOW.date(), "c1", "l1", StudyKind.READ): 90}, NOW, queue=True)
        out = io.StringIO()
        assert send(svc, profile, out, io.StringIO()) == 0
        assert "does not share the learning record" in out.getvalue()
        assert server.records == {} and server.hits["/api/my/records"] == 0
        svc.close()
