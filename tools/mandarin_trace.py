"""Count what espeak-ng makes of the bundled Chinese lessons: voice switches and English numbers.

    python tools/mandarin_trace.py

Prints, for the old way (Hanzi sent to the voice ``cmn``) and the way the app reads
today (runs from ``app.services.speech.mandarin``), how many times the trace switches
to the English voice, how many syllables are spoken inside those switches, and how
many English number words are heard. See docs/speech.md.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.lesson_text import build_lesson_view
from app.core.sentences import split_sentences
from app.services.packs.folder import PackFolder
from app.services.paths import resources_dir
from app.services.speech.libespeak import LibEspeakEngine, library_path

NUMBER_WORDS = re.compile(r"w'0n|t'u:|Tr'i:|f'o@|f'aIv|s'Iks|s'Ev|'eIt|n'aIn|z'i@roU")


def count(traces: list[str]) -> tuple[int, int, int]:
    switches = syllables = numbers = 0
    for trace in traces:
        for inside in re.findall(r"\(en\)(.*?)(?:\(cmn\)|$)", trace):
            switches += 1
            syllables += len(re.findall(r"'|,", inside)) or 1
            numbers += len(NUMBER_WORDS.findall(inside))
    return switches, syllables, numbers


def main() -> int:
    path = library_path()
    if path is None:
        print("libespeak-ng is not installed")
        return 1
    engine = LibEspeakEngine(path)
    pack = PackFolder.open(resources_dir() / "packs" / "silver-basics")
    sentences: list[str] = []
    for lesson_id in sorted(pack.manifest.lessons):
        content = pack.lesson_content(lesson_id, "zh_CN")
        if content is not None:
            view = build_lesson_view(content, "", "记住这几点")
            sentences += [s.text for s in split_sentences(view.text)]
    hanzi = sum(len(re.findall(r"[\u4e00-\u9fff]", s)) for s in sentences)
    before = count([engine.phonemes("cmn", s) for s in sentences])
    after = count([r.phonemes for s in sentences for r in engine.trace(s, "zh_CN")])
    print(f"{len(sentences)} sentences, {hanzi} Hanzi")
    for name, (switches, syllables, numbers) in (("before (cmn)", before), ("now", after)):
        print(
            f"{name}: {switches} switches to English, ~{syllables} syllables in English, "
            f"{numbers} English number words"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
