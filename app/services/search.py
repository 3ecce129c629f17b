"""Catalog search: SQLite FTS5 over course and lesson titles and texts, with pinyin.

The index lives in the machine database (``search_docs`` + ``search_fts``) and is
kept per source (bundled pack, each installed pack, the platform cache): a source
whose fingerprint has not changed is not re-indexed. Refreshing writes on its own
connection, so the app runs it in a worker thread; searching is one or two quick
queries on the caller's connection (≤ 20 ms for 110,000 documents, see
``tests/benchmarks/bench_platform.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.lesson_text import block_display_text
from app.core.models import BlockKind, Course, LessonContent
from app.core.ports import CourseSource
from app.core.search_text import index_terms, is_cjk, pinyin_query, text_query
from app.services.packs.folder import PackFolder
from app.services.platform.platform_cache import PlatformCache
from app.services.store.database import connect, transaction
from app.services.store.schema import MACHINE_MIGRATIONS

MAX_PINYIN_RUN = 16


@dataclass(frozen=True, slots=True)
class SearchDoc:
    """One course or lesson as the search index stores it, to match titles and texts."""

    course_id: str
    lesson_id: str  # "" for the course itself
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class Hit:
    """A search match: a course, or one lesson of it."""

    course_id: str
    lesson_id: str


def pinyin_terms(title: str) -> str:
    """Full pinyin and initials of every suffix of each Chinese run ("taijiquan", "tjq")."""
    from pypinyin import Style, lazy_pinyin  # large dictionaries: load only to index

    out: list[str] = []
    run = ""
    for ch in title + " ":
        if is_cjk(ch) and len(run) < MAX_PINYIN_RUN:
            run += ch
            continue
        if run:
            syllables = lazy_pinyin(run, style=Style.NORMAL, errors="ignore")
            for k in range(len(syllables)):
                out.append("".join(syllables[k:]))
                if len(syllables) - k >= 2:
                    out.append("".join(s[0] for s in syllables[k:] if s))
        run = ch if is_cjk(ch) else ""
    return " ".join(t for t in out if t.isascii() and t.isalpha())


def pinyin_terms_apart(titles: list[str]) -> list[str]:
    """``pinyin_terms`` of each title, worked out in a child process.

    pypinyin's phrase dictionary is ~190,000 Python lists; loaded into the app, every
    full garbage-collector pass would walk them while the window waits (0.1-0.3 s
    stalls during a sync). See ``app/services/child_process.py``.
    """
    if not any(is_cjk(ch) for title in titles for ch in title):
        return [""] * len(titles)
    from app.services.child_process import run_apart  # multiprocessing: not at start-up

    return run_apart(_pinyin_of_all, titles)


def _pinyin_of_all(titles: list[str]) -> list[str]:
    return [pinyin_terms(title) for title in titles]


def content_text(content: LessonContent | None) -> str:
    if content is None:
        return ""
    return " ".join(block_display_text(b) for b in content.blocks if b.kind is not BlockKind.IMAGE)


def pack_docs(source: PackFolder) -> Iterator[SearchDoc]:
    for course in source.courses():
        yield _course_doc(course)
        for lesson in course.lessons:
            texts = [content_text(source.lesson_content(lesson.id, lang)) for lang in
                     source.manifest.languages]  # fmt: skip
            yield SearchDoc(course.id, lesson.id, " ".join(lesson.title.values()), " ".join(texts))


def platform_docs(conn: sqlite3.Connection) -> Iterator[SearchDoc]:
    from app.core.html_blocks import html_to_blocks, text_to_blocks

    for cid, title, desc in conn.execute(
        "SELECT id, title, description FROM platform_courses ORDER BY position"
    ):
        yield SearchDoc(cid, "", title, desc)
    for lid, cid, title, fmt, body, base in conn.execute(
        "SELECT l.id, l.course_id, l.title, t.format, t.body, t.base_url FROM platform_lessons l"
        " LEFT JOIN platform_lesson_text t ON t.lesson_id = l.id"
    ):
        blocks = [] if body is None else (
            html_to_blocks(body, base) if fmt == "html" else text_to_blocks(body)
        )  # fmt: skip
        text = " ".join(block_display_text(b) for b in blocks if b.kind is not BlockKind.IMAGE)
        yield SearchDoc(cid, lid, title, text)


def _course_doc(course: Course) -> SearchDoc:
    return SearchDoc(
        course.id, "", " ".join(course.title.values()), " ".join(course.description.values())
    )


def platform_fingerprint(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT count(*), max(synced_at) FROM platform_courses").fetchone()
    texts = conn.execute("SELECT count(*), max(fetched_at) FROM platform_lesson_text").fetchone()
    lessons = conn.execute("SELECT count(*) FROM platform_lessons").fetchone()
    return f"{row[0]}/{row[1]}/{texts[0]}/{texts[1]}/{lessons[0]}"


class SearchIndex:
    def __init__(self, db_path: Path, conn: sqlite3.Connection) -> None:
        self.db_path = db_path
        self.conn = conn

    # ------------------------------------------------------------- writing
    def refresh(self, sources: Sequence[CourseSource]) -> int:
        """Re-index the sources that changed; returns how many documents were written.

        Safe to call from a worker thread (uses its own connection)."""
        conn = connect(self.db_path, MACHINE_MIGRATIONS)
        written = 0
        try:
            wanted: dict[str, tuple[str, Iterable[SearchDoc]]] = {}
            for wrapped in sources:
                source = getattr(wrapped, "inner", wrapped)  # a classroom policy's filter
                if isinstance(source, PackFolder):
                    name = f"pack:{source.manifest.id}@{source.folder}"
                    stamp = f"{source.manifest.version}/{source.folder.stat().st_mtime_ns}"
                    wanted[name] = (stamp, pack_docs(source))
                elif isinstance(source, PlatformCache):
                    wanted["platform"] = (platform_fingerprint(conn), platform_docs(conn))
            stored = dict(conn.execute("SELECT source, fingerprint FROM search_sources"))
            for name in set(stored) - set(wanted):
                self._replace(conn, name, "", [])
            for name, (stamp, docs) in wanted.items():
                if stored.get(name) != stamp:
                    written += self._replace(conn, name, stamp, docs)
        finally:
            conn.close()
        return written

    @staticmethod
    def _replace(
        conn: sqlite3.Connection, source: str, stamp: str, docs: Iterable[SearchDoc]
    ) -> int:
        found = list(docs)
        pinyin = pinyin_terms_apart([d.title for d in found])
        rows = [
            (d.course_id, d.lesson_id, index_terms(d.title), index_terms(d.body), pinyin[i])
            for i, d in enumerate(found)
        ]
        with transaction(conn):
            conn.execute(
                "DELETE FROM search_fts WHERE rowid IN"
                " (SELECT id FROM search_docs WHERE source = ?)",
                (source,),
            )
            conn.execute("DELETE FROM search_docs WHERE source = ?", (source,))
            conn.execute("DELETE FROM search_sources WHERE source = ?", (source,))
            if not stamp:
                return 0
            start = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM search_docs").fetchone()[0]
            conn.executemany(
                "INSERT INTO search_docs(id, source, course_id, lesson_id) VALUES (?,?,?,?)",
                [(start + i, source, r[0], r[1]) for i, r in enumerate(rows)],
            )
            conn.executemany(
                "INSERT INTO search_fts(rowid, title, body, pinyin) VALUES (?,?,?,?)",
                [(start + i, r[2], r[3], r[4]) for i, r in enumerate(rows)],
            )
            conn.execute(
                "INSERT INTO search_sources(source, fingerprint) VALUES (?,?)", (source, stamp)
            )
        return len(rows)

    # ------------------------------------------------------------- searching
    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Up to ``limit`` hits: title and pinyin matches first, then lesson texts."""
        words = text_query(query)
        pinyin = pinyin_query(query)
        hits: dict[tuple[str, str], None] = {}
        expressions = []
        if words and pinyin:
            expressions.append(f"({{title}} : ({words})) OR ({{pinyin}} : {pinyin})")
        elif words:
            expressions.append(f"{{title}} : ({words})")
        if words:
            expressions.append(f"{{body}} : ({words})")
        for expr in expressions:
            try:
                rows = self.conn.execute(
                    "SELECT d.course_id, d.lesson_id FROM search_fts JOIN search_docs d"
                    " ON d.id = search_fts.rowid WHERE search_fts MATCH ? LIMIT ?",
                    (expr, limit),
                ).fetchall()
            except sqlite3.OperationalError:
                continue  # an expression FTS5 cannot parse finds nothing, never crashes
            for row in rows:
                hits.setdefault((row[0], row[1]), None)
                if len(hits) >= limit:
                    return [Hit(c, lid) for c, lid in hits]
        return [Hit(c, lid) for c, lid in hits]

    def course_ids(self, query: str, limit: int = 50) -> list[str]:
        """Courses that match (directly or through one of their lessons), best first."""
        return list(dict.fromkeys(h.course_id for h in self.search(query, limit)))
