"""The computer's time zone, as the schedule and the clock read it."""

from __future__ import annotations

import os
from pathlib import Path

from app.services.clock import FALLBACK_ZONE, local_zone_name


def test_tz_variable_comes_first(tmp_path: Path) -> None:
    link = tmp_path / "localtime"
    os.symlink("/usr/share/zoneinfo/Europe/Berlin", link)
    assert local_zone_name({"TZ": ":America/New_York"}, str(link)) == "America/New_York"


def test_the_zone_localtime_links_to(tmp_path: Path) -> None:
    link = tmp_path / "localtime"
    os.symlink("/var/db/timezone/zoneinfo/Asia/Shanghai", link)  # macOS keeps them here
    assert local_zone_name({}, str(link)) == "Asia/Shanghai"


def test_unknown_names_are_passed_over(tmp_path: Path) -> None:
    link = tmp_path / "localtime"
    os.symlink("/usr/share/zoneinfo/Mars/Olympus_Mons", link)
    # neither TZ nor the link names a real zone: Qt's answer, or China's zone if Qt has none
    found = local_zone_name({"TZ": "Nowhere/Atlantis"}, str(link))
    assert found not in ("Nowhere/Atlantis", "Mars/Olympus_Mons")
    assert found == FALLBACK_ZONE or "/" in found or found == "UTC"
