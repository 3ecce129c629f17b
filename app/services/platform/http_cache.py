"""HTTP limits and the conditional-request cache, without importing httpx.

Kept apart from ``http.py`` so that the catalog can read the cache (and the app can
start) without loading the HTTP stack; ``http.py`` uses these when it talks.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass(frozen=True, slots=True)
class HttpLimits:
    """Timeouts, size caps and retry rules for every request to the platform."""

    connect_s: float = 5.0
    read_s: float = 15.0
    deadline_s: float = 45.0  # one call, retries included
    media_deadline_s: float = 1800.0  # one file saved for offline (a long video), retries too
    max_json_bytes: int = 5 * 1024 * 1024
    max_media_bytes: int = 200 * 1024 * 1024
    retries: int = 3
    backoff_s: float = 0.5
    max_wait_s: float = 20.0  # longest Retry-After we are willing to honour


@dataclass(frozen=True, slots=True)
class CachedAnswer:
    """A remembered answer: what to ask "changed since?" with, and the body to reuse on a 304."""

    etag: str
    last_modified: str
    body: bytes


@dataclass
class HttpCache:
    """ETag/Last-Modified answers in SQLite (``http_cache``).

    New answers wait in memory until ``flush`` (done with the catalog write, off the
    GUI thread), so thousands of responses are one transaction, not thousands.
    """

    conn: sqlite3.Connection | None = None
    pending: dict[str, CachedAnswer] = field(default_factory=dict)

    def get(self, url: str) -> CachedAnswer | None:
        if url in self.pending:
            return self.pending[url]
        if self.conn is None:
            return None
        row = self.conn.execute(
            "SELECT etag, last_modified, body FROM http_cache WHERE url = ?", (url,)
        ).fetchone()
        return CachedAnswer(row[0], row[1], bytes(row[2])) if row else None

    def put(self, url: str, answer: CachedAnswer) -> None:
        self.pending[url] = answer

    def take_pending(self) -> dict[str, CachedAnswer]:
        pending, self.pending = self.pending, {}
        return pending


def write_answers(conn: sqlite3.Connection, answers: dict[str, CachedAnswer]) -> None:
    """Store answers inside the caller's transaction."""
    now = datetime.now(UTC).isoformat()
    conn.executemany(
        "INSERT INTO http_cache(url, etag, last_modified, body, stored_at) VALUES (?,?,?,?,?)"
        " ON CONFLICT(url) DO UPDATE SET etag=excluded.etag,"
        " last_modified=excluded.last_modified, body=excluded.body, stored_at=excluded.stored_at",
        [(u, a.etag, a.last_modified, a.body, now) for u, a in answers.items()],
    )
