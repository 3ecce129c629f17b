"""Benchmark: bytes of cached speech, as stored (Ogg Vorbis) against the engine's WAV.

Sentences of a bundled lesson are rendered by espeak-ng (the WAV the cache used to keep)
and compressed as the speech worker does (``audio_cache.compress``). Goal (issue 17):
the bundled pack pre-rendered in ≤ 1/8 of the WAV bytes; the same sample count, so
word timings and the gap between sentences do not change (checked here too).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.benchmarks.bench_table import Row

GOAL = 1 / 8
SENTENCES = 30


def rows() -> list[Row]:
    import soundfile

    from app.core.sentences import split_sentences
    from app.services.paths import resources_dir
    from app.services.speech.audio_cache import compress
    from app.services.speech.espeak import EspeakEngine

    lessons = sorted((resources_dir() / "packs" / "silver-basics").rglob("*.zh_CN.md"))
    text = "\n".join(p.read_text("utf-8") for p in lessons[:3])
    sentences = [s.text for s in split_sentences(text) if len(s.text.strip()) > 3][:SENTENCES]
    engine = EspeakEngine()
    wav_bytes = ogg_bytes = 0
    same_length = True
    with tempfile.TemporaryDirectory() as tmp:
        for n, sentence in enumerate(sentences):
            wav, ogg = Path(tmp) / f"{n}.wav", Path(tmp) / f"{n}.ogg"
            engine.render(sentence, "zh_CN", 130, str(wav))
            compress(wav, ogg)
            wav_bytes += wav.stat().st_size
            ogg_bytes += ogg.stat().st_size
            same_length &= soundfile.info(str(wav)).frames == soundfile.info(str(ogg)).frames
    return [
        Row(
            f"speech cache bytes, {len(sentences)} pack sentences",
            ogg_bytes / 1024,
            "KB",
            wav_bytes / 1024,
            "the same as WAV",
            "≤ 1/8 (0.125×), same length",
            ogg_bytes <= wav_bytes * GOAL and same_length,
        )
    ]


if __name__ == "__main__":
    for row in rows():
        print(row)
