"""Sends the learner's waiting learning records to the platform (contract v1.1).

Qt-free and blocking, like ``PlatformSync``: ``admin records send`` calls it directly and
the window runs it off the GUI thread after each sync. It opens its own connection to
the learner's database, so the window's own writes (study time every 30 s) never share
a transaction with it.

Nothing is lost or sent twice as a new record: what is waiting is first *sealed* (one
transaction), then sent in batches of at most 500, each record with the ``Id`` it got
when it was queued; only the ids the platform names in ``Accepted`` leave the queue. If
the app is killed mid-send, the next send repeats the same ids and the platform counts
them once. A 401 (``SignInNeeded``) or a network failure leaves the queue as it is.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from app.services.platform.platform_kit import PlatformKit
from app.services.platform_sync import open_session
from app.services.store.study_repo import StudyRepo

BATCH = 500  # the contract's most records per request


@dataclass(frozen=True, slots=True)
class SendReport:
    """How one send of learning records went, and how many are still waiting."""

    sent: int  # records the platform accepted in this send
    waiting: int  # records still in the queue afterwards


class RecordSender:
    def __init__(self, kit: PlatformKit, open_db: Callable[[], sqlite3.Connection]) -> None:
        """``open_db`` opens a new connection to the learner's database (closed after)."""
        self.kit = kit
        self._open_db = open_db

    def send(self, token: str) -> SendReport:
        """Send everything waiting; raises ``SignInNeeded`` / ``PlatformUnavailable``
        after keeping whatever was accepted before the failure."""
        conn = self._open_db()
        try:
            repo = StudyRepo(conn)
            repo.seal()
            sent = asyncio.run(self._send_all(repo, token))
            return SendReport(sent, repo.waiting())
        finally:
            conn.close()

    async def _send_all(self, repo: StudyRepo, token: str) -> int:
        session = open_session(self.kit)
        sent = 0
        try:
            while True:
                batch = repo.sealed(BATCH)
                if not batch:
                    return sent
                ids = {record.id for record in batch}
                accepted = await session.source.send_records(
                    token, [record.payload() for record in batch]
                )
                taken = [i for i in accepted if i in ids]
                repo.accepted(taken)
                sent += len(taken)
                if not taken:
                    return sent  # the platform took none of them: try again next time
        finally:
            await session.aclose()
