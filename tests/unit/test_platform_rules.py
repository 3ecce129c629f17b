"""Small rules of the platform client: Retry-After, settings for paths, reading minutes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.core.platform_contract import LessonDetail, TiItem
from app.services.platform.config import PlatformConfig, load_config, remember_base
from app.services.platform.http import retry_after
from app.services.platform.platform_cache import reading_minutes
from app.services.store.database import connect
from app.services.store.schema import MACHINE_MIGRATIONS


def test_retry_after_in_seconds_or_as_a_date() -> None:
    now = datetime(2026, 3, 1, 8, 0, 0, tzinfo=UTC)
    assert retry_after("7") == 7.0
    assert retry_after("Sun, 01 Mar 2026 08:00:30 GMT", now) == 30.0
    assert retry_after("Sun, 01 Mar 2026 07:00:00 GMT", now) == 0.0
    assert retry_after("soon") is None and retry_after(None) is None


def test_paths_are_settings_and_the_address_is_remembered(tmp_path: Path) -> None:
    conn = connect(tmp_path / "machine.sqlite3", MACHINE_MIGRATIONS)
    try:
        assert not load_config(conn).configured
        remember_base(conn, "https://edu.example/silver/")
        conn.execute(
            "INSERT INTO machine_settings(key, value) VALUES"
            " ('platform.details_path', 'ndrv2/details/{id}.json')"
        )
        config = load_config(conn)
        assert config.details_url("c 1") == "https://edu.example/silver/ndrv2/details/c%201.json"
        assert load_config(conn, "http://127.0.0.1:9").tags_url == (
            "http://127.0.0.1:9/tags/silver_age.json"
        )
    finally:
        conn.close()


def test_reading_minutes_follow_the_text_size() -> None:
    text = TiItem("html", ("https://x/l.html",), size=6000)
    assert reading_minutes(LessonDetail("l", "t", 1, (text,))) == 10
    assert reading_minutes(LessonDetail("l", "t", 1, ())) == 5
    assert isinstance(PlatformConfig().url("/a"), str)
