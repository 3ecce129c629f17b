"""Indexing works out pinyin in a child process: the app never holds pypinyin's phrase
dictionary (~190,000 lists that every garbage-collector pass, window included, would walk)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import gc, sys
from app.__main__ import build_services
from app.cli.admin import REGISTRARS
from app.cli.options import parse
from app.services.clock import SystemClock
from app.services.secrets.keyring_store import KeyringSecretStore
services = build_services(
    parse(["--data-dir", sys.argv[1]], REGISTRARS),
    lang_fallback="zh_CN",
    clock=SystemClock(),
    secrets=KeyringSecretStore(None),
)
written = services.platform.search.refresh(services.catalog.sources)
found = services.platform.search.course_ids("sanbu")
lists = sum(1 for o in gc.get_objects() if type(o) is list)
print(written > 0, "mini.walk" in found, "pypinyin" in sys.modules, lists < 20000)
services.close()
"""


def test_pinyin_is_found_without_loading_pypinyin_into_the_app(
    data_dir_with_mini: Path, tmp_path: Path
) -> None:
    script = tmp_path / "probe.py"  # a script without a main guard: never run again in the child
    script.write_text(PROBE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(data_dir_with_mini)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        cwd=data_dir_with_mini.parent,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "False", "True"]
