"""Imports point down the layers: core ← services ← ui, and the command line beside ui.

core imports nothing of ours above it; services never import the window; the command
line never imports the window or the composition root. Imports inside functions and
under ``TYPE_CHECKING`` count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"

# layer (a folder of app/) → the packages of ours it must not import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": ("app.services", "app.ui", "app.cli", "app.__main__"),
    "services": ("app.ui", "app.cli", "app.__main__"),
    "cli": ("app.ui", "app.__main__"),
    "ui": ("app.cli", "app.__main__"),  # shared checks and use cases live in services
}


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path) -> set[str]:
    """Every module ``path`` imports (relative imports resolved, ``from a import b`` as
    both ``a`` and ``a.b``, so ``from app import __main__`` is seen)."""
    here = module_name(path, root)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def wrong_way_imports(root: Path) -> list[str]:
    """``file: module`` for each import that points up (or sideways into ui) from ``root``
    (an ``app`` folder)."""
    found = []
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((root / layer).rglob("*.py")):
            for name in sorted(imports_of(path, root)):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    found.append(f"{path.relative_to(root.parent)}: {name}")
    return found


def test_imports_point_down_the_layers() -> None:
    assert all((APP / layer).is_dir() for layer in FORBIDDEN)
    offenders = wrong_way_imports(APP)
    assert offenders == [], "imports against the layers:\n" + "\n".join(offenders)


def test_the_scanner_catches_planted_imports(tmp_path: Path) -> None:
    root = tmp_path / "app"
    for layer in FORBIDDEN:
        (root / layer).mkdir(parents=True)
        (root / layer / "__init__.py").write_text("")
    (root / "core" / "fine.py").write_text("from app.core import models\nimport sqlite3\n")
    (root / "core" / "up.py").write_text("from ..services import catalog\n")
    (root / "services" / "lazy.py").write_text(
        "def later():\n    from app.ui.widgets import BigButton\n    return BigButton\n"
    )
    (root / "cli" / "root.py").write_text("from app import __main__\nimport app.ui.texts\n")
    (root / "ui" / "page.py").write_text("from app.cli.admin_check import run\n")
    assert wrong_way_imports(root) == [
        "app/core/up.py: app.services",
        "app/core/up.py: app.services.catalog",
        "app/services/lazy.py: app.ui.widgets",
        "app/services/lazy.py: app.ui.widgets.BigButton",
        "app/cli/root.py: app.__main__",
        "app/cli/root.py: app.ui.texts",
        "app/ui/page.py: app.cli.admin_check",
        "app/ui/page.py: app.cli.admin_check.run",
    ]
