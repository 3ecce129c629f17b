"""Text → index terms and query → FTS5 expression, so short Chinese words are found.

SQLite's trigram tokenizer cannot match fewer than three characters, and Chinese
words are mostly two (书法, 太极, 手机). So Chinese runs are indexed as overlapping
bigrams (书法入门 → "书法 法入 入门 门") with ``unicode61``: a 2-character query is
one exact term, a longer one is a phrase of its bigrams, a single character is a
prefix. Latin words stay words and are matched as prefixes while the user types.
Pinyin terms are made by the service (pypinyin); matching them is a prefix query.
"""

from __future__ import annotations

import re

_RUNS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\W_]+", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"^[a-z]+$")
MAX_QUERY_TERMS = 12


def is_cjk(text: str) -> bool:
    return bool(_CJK.match(text))


def cjk_terms(run: str) -> list[str]:
    """Bigrams of a Chinese run plus its last character (so every character starts a term)."""
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def index_terms(text: str) -> str:
    """What goes into an FTS5 column for ``text`` (terms separated by spaces)."""
    out: list[str] = []
    for run in _RUNS.findall(text.lower()):
        out.extend(cjk_terms(run) if is_cjk(run) else [run])
    return " ".join(out)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', "") + '"'


def text_query(query: str) -> str:
    """An FTS5 expression matching every word of ``query`` (AND), "" if nothing to match."""
    parts: list[str] = []
    for run in _RUNS.findall(query.lower())[:MAX_QUERY_TERMS]:
        if is_cjk(run):
            if len(run) == 1:
                parts.append(_quoted(run) + "*")
            else:
                bigrams = [run[i : i + 2] for i in range(len(run) - 1)]
                parts.append(_quoted(" ".join(bigrams)))
        else:
            parts.append(_quoted(run) + "*")
    return " AND ".join(parts)


def pinyin_query(query: str) -> str:
    """A prefix query on pinyin terms when ``query`` looks like pinyin ("shufa", "sf")."""
    compact = query.strip().lower().replace(" ", "").replace("'", "")
    if len(compact) < 2 or not _LATIN.match(compact):
        return ""
    return _quoted(compact) + "*"
