"""The platform catalog kept on this computer (machine database), and a ``CourseSource`` on it.

Everything fetched is written here, so the catalog and every saved or opened lesson
work with the network down. Writes happen in one transaction on their own
connection (run in a worker thread by the caller); a sync that fails writes
nothing, so it can never delete what was cached.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from app.core.models import Block, BlockKind, Course, LessonContent, LessonRef
from app.core.sections import SILVER_AGE
from app.services.store.database import connect
from app.services.store.schema import MACHINE_MIGRATIONS

# The platform's data types load with the first lesson or sync that needs them, not
# before the home page is painted (issue 17): ten dataclasses, ~20 ms.
if TYPE_CHECKING:
    from app.core.platform_contract import (
        CatalogFetch,
        CourseDetails,
        LessonDetail,
        LessonRow,
        LessonText,
        TiItem,
    )
    from app.services.platform.http_cache import CachedAnswer

SOURCE = "platform"


def media_name(url: str) -> str:
    """A stable file name for a media URL (hash + the URL's extension)."""
    import hashlib  # here: OpenSSL's library is not needed to show the first page

    suffix = Path(urlsplit(url).path).suffix.lower()
    if not suffix[1:].isalnum() or len(suffix) > 6:
        suffix = ""
    return hashlib.sha256(url.encode()).hexdigest()[:32] + suffix


def reading_minutes(lesson: LessonDetail) -> int:
    """The video's or audio's length when the platform gave it; else a calm estimate from
    the text's size: ~3 bytes a Chinese character, ~200 a minute."""
    from app.core.platform_contract import AUDIO_FORMATS, VIDEO_FORMATS

    timed = [i.duration for i in lesson.items_of((*VIDEO_FORMATS, *AUDIO_FORMATS)) if i.duration]
    if timed:
        return max(1, min(600, -(-timed[0] // 60)))
    item = lesson.text_item()
    if item is None or item.size <= 0:
        return 5
    return max(1, min(120, round(item.size / 3 / 200)))


def lesson_rows(details: CourseDetails) -> tuple[LessonRow, ...]:
    """A course's lessons as stored (see ``LessonRow``)."""
    return tuple(
        (x.id, details.id, x.title, x.order, reading_minutes(x), _items_json(x.items))
        for x in details.lessons
    )


def _items_json(items: Iterable[TiItem]) -> str:
    return json.dumps(
        [
            {"f": i.format, "s": list(i.storages), "z": i.size, "m": i.md5}
            | ({"d": i.duration} if i.duration else {})
            | ({"l": i.language} if i.language else {})
            for i in items
        ]
    )


def _items(raw: str) -> tuple[TiItem, ...]:
    """Rows written before contract v1.1 have no duration or language: 0 and ""."""
    from app.core.platform_contract import TiItem

    return tuple(
        TiItem(d["f"], tuple(d["s"]), d["z"], d["m"], d.get("d", 0), d.get("l", ""))
        for d in json.loads(raw)
    )


class PlatformCache:
    """Implements ``CourseSource`` for the cached platform catalog."""

    def __init__(
        self,
        db_path: Path,
        conn: sqlite3.Connection,
        media_dir: Path,
        placeholder: Callable[[], str] = lambda: "",
    ) -> None:
        self.db_path = db_path
        self.conn = conn
        self.media_dir = media_dir
        self._placeholder = placeholder

    # ------------------------------------------------------------ CourseSource
    def courses(self) -> Iterator[Course]:
        """The cached courses in the platform's order, made one at a time.

        Courses and their lessons are read side by side, both in course order, so no
        course is kept here once it is handed on: when a rebuilt catalog already holds an
        equal course (``CatalogService``), the copy made here dies young, and a sync that
        changed nothing leaves nothing for the collector's full passes (issue 17).
        """
        saved = self._saved_media()
        lessons = self.conn.execute(
            "SELECT l.id, l.course_id, l.title, l.minutes FROM platform_lessons AS l"
            " JOIN platform_courses AS c ON c.id = l.course_id"
            " ORDER BY c.position, c.id, l.order_num"
        )
        lesson = next(lessons, None)
        for cid, title, desc, lang, topics, thumb in self.conn.execute(
            "SELECT id, title, description, language, topics, thumbnail FROM platform_courses"
            " ORDER BY position, id"
        ):
            refs: list[LessonRef] = []
            while lesson is not None and lesson[1] == cid:
                refs.append(LessonRef(lesson[0], cid, {lang: lesson[2]}, lesson[3], len(refs) + 1))
                lesson = next(lessons, None)
            yield Course(
                id=cid,
                section=SILVER_AGE,
                title={lang: title},
                description={lang: desc},
                lessons=tuple(refs),
                topics=tuple(json.loads(topics)),
                source=SOURCE,
                languages=(lang,),
                cover=self._cover(thumb, saved),
            )

    def lesson_content(self, lesson_id: str, lang: str) -> LessonContent | None:
        row = self.conn.execute(
            "SELECT c.language FROM platform_lessons l JOIN platform_courses c"
            " ON c.id = l.course_id WHERE l.id = ?",
            (lesson_id,),
        ).fetchone()
        if row is None:
            return None
        from app.core.html_blocks import html_to_blocks, text_to_blocks  # nh3: only when reading

        text = self.lesson_text(lesson_id)
        if text is None:
            blocks: list[Block] = [Block(BlockKind.PARAGRAPH, self._placeholder())]
        elif text.format == "html":
            blocks = html_to_blocks(text.body, text.base_url, self.media_file)
        else:
            blocks = text_to_blocks(text.body)
        return LessonContent(lesson_id, row[0], tuple(blocks))

    # ------------------------------------------------------------ reads
    def has_text(self, lesson_id: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM platform_lesson_text WHERE lesson_id = ?", (lesson_id,)
            ).fetchone()
            is not None
        )

    def is_platform_course(self, course_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM platform_courses WHERE id = ?", (course_id,))
        return row.fetchone() is not None

    def is_platform_lesson(self, lesson_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM platform_lessons WHERE id = ?", (lesson_id,))
        return row.fetchone() is not None

    def lesson_text(self, lesson_id: str) -> LessonText | None:
        from app.core.platform_contract import LessonText

        row = self.conn.execute(
            "SELECT format, body, base_url FROM platform_lesson_text WHERE lesson_id = ?",
            (lesson_id,),
        ).fetchone()
        return LessonText(row[0], row[1], row[2]) if row else None

    def lesson(self, lesson_id: str) -> LessonDetail | None:
        from app.core.platform_contract import LessonDetail

        row = self.conn.execute(
            "SELECT id, title, order_num, items FROM platform_lessons WHERE id = ?", (lesson_id,)
        ).fetchone()
        return LessonDetail(row[0], row[1], row[2], _items(row[3])) if row else None

    def thumbnail_url(self, course_id: str) -> str:
        row = self.conn.execute(
            "SELECT thumbnail FROM platform_courses WHERE id = ?", (course_id,)
        ).fetchone()
        return str(row[0]) if row else ""

    def is_saved(self, course_id: str) -> bool:
        row = self.conn.execute("SELECT saved FROM platform_courses WHERE id = ?", (course_id,))
        found = row.fetchone()
        return bool(found and found[0])

    def media_file(self, url: str) -> str:
        """The saved file of a media URL, or "" (pictures never load from the network)."""
        if not url:
            return ""
        path = self.media_dir / media_name(url)
        return str(path) if path.is_file() else ""

    def _saved_media(self) -> set[str]:
        """The names in the media folder, read once. A ``stat`` per course (10,000 of them
        in a worker thread) hands Python's lock back and forth so fast that the GUI
        thread never gets it: the window froze for up to 230 ms during a sync (issue 17)."""
        try:
            return set(os.listdir(self.media_dir))
        except OSError:  # not made yet: nothing saved
            return set()

    def _cover(self, url: str, saved: set[str]) -> str:
        name = media_name(url) if url else ""
        return str(self.media_dir / name) if name in saved else ""

    def counts(self) -> tuple[int, int, int]:
        """(topics, courses, lessons) in the cache."""
        topics, courses, lessons = (
            int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("platform_topics", "platform_courses", "platform_lessons")
        )
        return topics, courses, lessons

    # ------------------------------------------------------------ writes (any thread)
    def _writer(self) -> sqlite3.Connection:
        return connect(self.db_path, MACHINE_MIGRATIONS)

    def store_catalog(self, fetch: CatalogFetch, answers: dict[str, CachedAnswer]) -> None:
        """Replace the cached catalog with ``fetch`` in one transaction.

        Courses no longer listed are dropped unless saved for offline; lessons of a
        course whose details could not be read this time are left as they were.
        """
        now = datetime.now(UTC).isoformat()
        topic_ids = {t.id for t in fetch.topics}
        conn = self._writer()
        try:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("DELETE FROM platform_topics")
                conn.executemany(
                    "INSERT INTO platform_topics(id, name, order_num) VALUES (?,?,?)",
                    [(t.id, t.name, t.order) for t in fetch.topics],
                )
                listed = [c.id for c in fetch.courses]
                conn.execute("CREATE TEMP TABLE IF NOT EXISTS listed(id TEXT PRIMARY KEY)")
                conn.execute("DELETE FROM listed")
                conn.executemany(
                    "INSERT OR IGNORE INTO listed(id) VALUES (?)", [(i,) for i in listed]
                )
                conn.execute(
                    "DELETE FROM platform_lessons WHERE course_id IN (SELECT id FROM"
                    " platform_courses WHERE saved = 0 AND id NOT IN (SELECT id FROM listed))"
                )
                conn.execute(
                    "DELETE FROM platform_courses WHERE saved = 0 AND id NOT IN"
                    " (SELECT id FROM listed)"
                )
                conn.executemany(
                    "INSERT INTO platform_courses(id, position, title, description, language,"
                    " topics, lesson_count, thumbnail, synced_at) VALUES (?,?,?,?,?,?,?,?,?)"
                    " ON CONFLICT(id) DO UPDATE SET position=excluded.position,"
                    " title=excluded.title, description=excluded.description,"
                    " language=excluded.language, topics=excluded.topics,"
                    " lesson_count=excluded.lesson_count, thumbnail=excluded.thumbnail,"
                    " synced_at=excluded.synced_at",
                    [
                        (
                            c.id, pos, c.title, c.description, c.language,
                            json.dumps([t.tag_id for t in c.tags if t.tag_id in topic_ids]),
                            c.lesson_count, c.thumbnails[0] if c.thumbnails else "", now,
                        )
                        for pos, c in enumerate(fetch.courses)
                    ],
                )  # fmt: skip
                for course_id, rows in fetch.lessons.items():
                    self._put_lessons(conn, course_id, rows)
                _write_answers(conn, answers)
        finally:
            conn.close()

    @staticmethod
    def _put_lessons(conn: sqlite3.Connection, course_id: str, rows: Iterable[LessonRow]) -> None:
        rows = list(rows)
        ids = [row[0] for row in rows]
        conn.execute(
            f"DELETE FROM platform_lessons WHERE course_id = ? AND id NOT IN"
            f" ({','.join('?' * len(ids))})",
            (course_id, *ids),
        )
        conn.executemany(
            "INSERT INTO platform_lessons(id, course_id, title, order_num, minutes, items)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET course_id=excluded.course_id,"
            " title=excluded.title, order_num=excluded.order_num, minutes=excluded.minutes,"
            " items=excluded.items",
            rows,
        )

    def store_lessons(
        self,
        course_id: str,
        texts: dict[str, LessonText],
        media: dict[str, str],
        answers: dict[str, CachedAnswer],
        *,
        saved: bool,
        details: CourseDetails | None = None,
    ) -> None:
        """Keep fetched lesson texts (and which media files were saved) in one transaction."""
        now = datetime.now(UTC).isoformat()
        conn = self._writer()
        try:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                if details is not None:
                    self._put_lessons(conn, details.id, lesson_rows(details))
                conn.executemany(
                    "INSERT INTO platform_lesson_text(lesson_id, format, body, base_url,"
                    " fetched_at) VALUES (?,?,?,?,?) ON CONFLICT(lesson_id) DO UPDATE SET"
                    " format=excluded.format, body=excluded.body, base_url=excluded.base_url,"
                    " fetched_at=excluded.fetched_at",
                    [(lid, t.format, t.body, t.base_url, now) for lid, t in texts.items()],
                )
                conn.executemany(
                    "INSERT OR REPLACE INTO platform_media(url, file) VALUES (?,?)",
                    list(media.items()),
                )
                if saved:
                    conn.execute("UPDATE platform_courses SET saved = 1 WHERE id = ?", (course_id,))
                _write_answers(conn, answers)
        finally:
            conn.close()


def _write_answers(conn: sqlite3.Connection, answers: dict[str, CachedAnswer]) -> None:
    """The HTTP answers that came with this data, in the same transaction (their module
    loads with the first sync, not at start-up)."""
    from app.services.platform.http_cache import write_answers

    write_answers(conn, answers)
