"""The core stays pure: no Qt, no HTTP, no SQLite, no other I/O libraries."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "app" / "core"
FORBIDDEN = (
    "PySide6",
    "shiboken6",
    "httpx",
    "sqlite3",
    "keyring",
    "pyttsx3",
    "qasync",
    "app.ui",
    "app.services",
    "requests",
    "socket",
    "subprocess",
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            names.add("__import__")
    return names


def test_core_imports_no_qt_http_or_sqlite() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert files, "app/core has no modules"
    offenders = {
        f"{path.relative_to(CORE)}: {name}"
        for path in files
        for name in imported_modules(path)
        if name == "__import__" or any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert not offenders, f"app/core must stay pure, found: {sorted(offenders)}"


def test_the_scanner_catches_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlite3\n")
    assert {"PySide6.QtCore", "sqlite3"} <= imported_modules(sample)
