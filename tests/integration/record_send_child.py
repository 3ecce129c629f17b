"""Sender process for the SIGKILL test: sends the learner's waiting records once.

Run as ``python record_send_child.py DB BASE TOKEN``; the test kills it with SIGKILL
while the platform holds its answer to the first batch.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.services.record_sender import RecordSender
from app.services.store.database import connect
from app.services.store.schema import LEARNER_MIGRATIONS
from tests.platform_helpers import Client


def main() -> None:
    db, base, token = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    client = Client(base, db.parent / "machine")
    sys.stdout.write("sending\n")
    sys.stdout.flush()
    RecordSender(client.kit, lambda: connect(db, LEARNER_MIGRATIONS)).send(token)


if __name__ == "__main__":
    main()
