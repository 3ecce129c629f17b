"""Writer process for the crash test: adds bookmarks forever, printing each one once stored.

Run as ``python -S crash_writer.py DB RUN``; a line ``<quote>`` on stdout means the
commit of that bookmark had returned. The test kills this process with SIGKILL.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from app.core.anchors import Anchor
from app.services.store.bookmarks_repo import BookmarkRepo
from app.services.store.durable import open_learner_db
from app.services.store.schema import LEARNER_MIGRATIONS


def main() -> None:
    db, run = Path(sys.argv[1]), sys.argv[2]
    conn, _ = open_learner_db(db, LEARNER_MIGRATIONS, None, datetime.now(UTC))
    repo = BookmarkRepo(conn)
    i = 0
    while True:
        quote = f"{run}-{i}"
        repo.add("lesson", "course", Anchor(i, "f" * 16), quote, datetime.now(UTC), "note " * 8)
        sys.stdout.write(quote + "\n")
        sys.stdout.flush()
        i += 1


if __name__ == "__main__":
    main()
