"""Both languages are complete, and the shipped .qm files match their .ts sources."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402


def test_no_untranslated_or_obsolete_strings() -> None:
    problems = i18n.check()
    assert problems == [], "\n".join(problems[:20])


def test_compiled_catalogues_match_sources(tmp_path: Path) -> None:
    i18n.compile_all(out=tmp_path)
    for lang in i18n.LANGS:
        name = f"{i18n.CATALOGUE}_{lang}.qm"
        assert (tmp_path / name).read_bytes() == (i18n.TS_DIR / name).read_bytes(), (
            f"{name} is stale: run python tools/i18n.py compile"
        )


def test_check_notices_an_untranslated_string(tmp_path: Path) -> None:
    ts = i18n.ts_path("zh_CN").read_text(encoding="utf-8")
    broken = ts.replace(
        "<translation>首页</translation>", '<translation type="unfinished"></translation>', 1
    )
    assert broken != ts
    sample = tmp_path / "x.ts"
    sample.write_text(broken, encoding="utf-8")
    assert i18n.unfinished(sample)


def test_check_notices_an_empty_plural_form(tmp_path: Path) -> None:
    ts = i18n.ts_path("en").read_text(encoding="utf-8")
    assert i18n.plural_problems(i18n.ts_path("en"), "en") == []
    broken = ts.replace("<numerusform>%n lesson</numerusform>", "<numerusform></numerusform>", 1)
    assert broken != ts
    sample = tmp_path / "x.ts"
    sample.write_text(broken, encoding="utf-8")
    assert i18n.plural_problems(sample, "en") == [
        "en: plural forms missing or empty [CatalogPage] '%n lesson(s)'"
    ]
