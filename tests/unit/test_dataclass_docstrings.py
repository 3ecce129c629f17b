"""Every dataclass says what it holds, in a docstring of its own.

Besides being read by people: on Python 3.11 ``dataclasses`` writes a docstring for a
class that has none, by formatting ``inspect.signature`` of its new ``__init__`` when the
class is made, at import. The start-up path made 23 such classes, a few milliseconds of
every start (docs/performance.md, "Fifth pass").
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def undocumented_dataclasses(root: Path) -> list[str]:
    """``file:line Name`` of each ``@dataclass`` class under ``root`` with no docstring."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef) or ast.get_docstring(node) is not None:
                continue
            decorators = [ast.unparse(d) for d in node.decorator_list]
            if any(d.split("(")[0].endswith("dataclass") for d in decorators):
                found.append(f"{path.relative_to(root.parent)}:{node.lineno} {node.name}")
    return found


def test_every_dataclass_has_a_docstring() -> None:
    assert undocumented_dataclasses(APP) == []


def test_the_scan_finds_a_dataclass_without_one(tmp_path: Path) -> None:
    root = tmp_path / "app"
    root.mkdir()
    (root / "models.py").write_text(
        "import dataclasses\nfrom dataclasses import dataclass\n\n"
        "@dataclass(frozen=True)\nclass Bare:\n    x: int\n\n"
        "@dataclasses.dataclass\nclass AlsoBare:\n    y: int\n\n"
        '@dataclass\nclass Told:\n    """Says what it holds."""\n\n    z: int\n\n'
        "class Plain:\n    w = 1\n",
        encoding="utf-8",
    )
    assert undocumented_dataclasses(root) == [
        "app/models.py:5 Bare",
        "app/models.py:9 AlsoBare",
    ]
