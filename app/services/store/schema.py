"""Forward-only migrations. Append a new script; never edit a released one."""

from __future__ import annotations

from app.services.store.database import Migration

MACHINE_MIGRATIONS: list[Migration] = [
    # 1: profiles on this machine
    """
    CREATE TABLE profiles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        avatar TEXT NOT NULL DEFAULT 'sun',
        language TEXT NOT NULL DEFAULT 'zh_CN',
        pin_hash TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
        is_default INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE machine_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: platform catalog cache, HTTP cache, search index (issue 6)
    """
    CREATE TABLE http_cache (
        url TEXT PRIMARY KEY,
        etag TEXT NOT NULL DEFAULT '',
        last_modified TEXT NOT NULL DEFAULT '',
        body BLOB NOT NULL,
        stored_at TEXT NOT NULL
    );
    CREATE TABLE platform_topics (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        order_num INTEGER NOT NULL
    );
    CREATE TABLE platform_courses (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        language TEXT NOT NULL,
        topics TEXT NOT NULL,
        lesson_count INTEGER NOT NULL,
        thumbnail TEXT NOT NULL DEFAULT '',
        saved INTEGER NOT NULL DEFAULT 0,
        synced_at TEXT NOT NULL
    );
    CREATE TABLE platform_lessons (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL,
        title TEXT NOT NULL,
        order_num INTEGER NOT NULL,
        minutes INTEGER NOT NULL DEFAULT 5,
        items TEXT NOT NULL
    );
    CREATE INDEX platform_lessons_by_course ON platform_lessons(course_id, order_num);
    CREATE TABLE platform_lesson_text (
        lesson_id TEXT PRIMARY KEY,
        format TEXT NOT NULL,
        body TEXT NOT NULL,
        base_url TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    );
    CREATE TABLE platform_media (
        url TEXT PRIMARY KEY,
        file TEXT NOT NULL
    );
    CREATE TABLE search_docs (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        course_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL
    );
    CREATE INDEX search_docs_by_source ON search_docs(source);
    CREATE TABLE search_sources (
        source TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, pinyin, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
    );
    """,
    # 3: classroom: PIN back-off survives a restart (issue 9)
    """
    ALTER TABLE profiles ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE profiles ADD COLUMN pin_retry_at TEXT;
    """,
]

LEARNER_MIGRATIONS: list[Migration] = [
    # 1: settings, reading progress and bookmarks of one learner
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE progress (
        lesson_id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL,
        sentence_index INTEGER NOT NULL DEFAULT 0,
        char_offset INTEGER NOT NULL DEFAULT 0,
        fingerprint TEXT NOT NULL DEFAULT '',
        percent INTEGER NOT NULL DEFAULT 0,
        done INTEGER NOT NULL DEFAULT 0,
        read_aloud INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE bookmarks (
        id INTEGER PRIMARY KEY,
        lesson_id TEXT NOT NULL,
        course_id TEXT NOT NULL,
        char_offset INTEGER NOT NULL,
        fingerprint TEXT NOT NULL,
        quote TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE INDEX bookmarks_by_lesson ON bookmarks(lesson_id);
    """,
    # 2: anchors that survive lesson edits (neighbour fingerprints), when a lesson was finished
    """
    ALTER TABLE bookmarks ADD COLUMN before_fp TEXT NOT NULL DEFAULT '';
    ALTER TABLE bookmarks ADD COLUMN after_fp TEXT NOT NULL DEFAULT '';
    ALTER TABLE progress ADD COLUMN before_fp TEXT NOT NULL DEFAULT '';
    ALTER TABLE progress ADD COLUMN after_fp TEXT NOT NULL DEFAULT '';
    ALTER TABLE progress ADD COLUMN done_at TEXT NOT NULL DEFAULT '';
    CREATE INDEX progress_by_course ON progress(course_id);
    """,
    # 3: class schedule and reminders (issue 8)
    """
    CREATE TABLE classes (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        teacher TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        start_local TEXT NOT NULL,
        zone TEXT NOT NULL,
        rrule TEXT NOT NULL DEFAULT '',
        exdates TEXT NOT NULL DEFAULT '[]',
        duration_min INTEGER NOT NULL DEFAULT 90,
        reminders TEXT NOT NULL DEFAULT '[30, 5]',
        source TEXT NOT NULL DEFAULT 'local',
        platform_id TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
    );
    CREATE UNIQUE INDEX classes_by_platform_id ON classes(platform_id) WHERE platform_id != '';
    CREATE TABLE reminders_fired (
        class_id INTEGER NOT NULL,
        occurrence TEXT NOT NULL,
        offset_min INTEGER NOT NULL,
        fired_at TEXT NOT NULL,
        PRIMARY KEY (class_id, occurrence, offset_min)
    );
    CREATE TABLE reminder_snoozes (
        class_id INTEGER NOT NULL,
        occurrence TEXT NOT NULL,
        offset_min INTEGER NOT NULL,
        until_utc TEXT NOT NULL,
        PRIMARY KEY (class_id, occurrence, offset_min)
    );
    """,
    # 4: per-profile extras (issue 9 fills this slot)
    "SELECT 1;",
    # 5: the learning record: study time per local day, lesson and kind; records waiting
    # for the platform (issue 19). ``sealed`` rows are being sent: never added to again.
    """
    CREATE TABLE study_time (
        day TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        course_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        seconds INTEGER NOT NULL,
        PRIMARY KEY (day, lesson_id, kind)
    );
    CREATE TABLE record_queue (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        seconds INTEGER NOT NULL,
        at TEXT NOT NULL,
        sealed INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 6: lesson media (issue 15): where the learner stopped in a video or recording
    """
    CREATE TABLE media_positions (
        lesson_id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL,
        position_ms INTEGER NOT NULL DEFAULT 0,
        duration_ms INTEGER NOT NULL DEFAULT 0,
        watched INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    """,
]
