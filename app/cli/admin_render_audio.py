"""``admin render-audio``: pre-render lesson audio, or render one text to a WAV file.

    python -m app admin render-audio --pack PACK_ID | --all [--rate slow|normal|brisk|all]
    python -m app admin render-audio --text "…" --lang zh_CN|en --out FILE.wav [--show-phonemes]

Lessons go into the machine's shared audio cache (``DataPaths.audio_cache``) with
the same keys the reader uses, so a classroom reads aloud instantly afterwards.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from app.core.errors import NotFoundError, SilverError
from app.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from app.core.lesson_text import build_lesson_view
from app.core.sentences import split_sentences
from app.core.speech import RATE_WPM, RATES, NoVoiceForLanguage, SpeechEngine
from app.services.app_services import AppServices
from app.services.atomic_file import atomic_path
from app.services.path_checks import writable_file
from app.services.speech.audio_cache import AudioCache
from app.services.speech.cache_budget import CacheBudget
from app.services.speech.discovery import find_engine
from app.services.speech.espeak import TracedRun
from app.services.speech.speech_kit import SpeechKit
from app.services.speech.worker import Job
from app.services.translations import Texts, load_translator

WAIT_S = 600


class RenderError(SilverError):
    default_template = QT_TRANSLATE_NOOP("Errors", "The audio could not be made: {reason}")


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("render-audio", help="pre-render lesson audio or one text to WAV")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--pack", metavar="PACK_ID", help="render every lesson of this pack")
    what.add_argument("--all", action="store_true", help="render every installed lesson")
    what.add_argument("--text", help="render this text to --out")
    parser.add_argument("--out", type=Path, help="WAV file to write (with --text)")
    parser.add_argument("--rate", default="slow", choices=(*RATES, "all"), help="speed preset")
    parser.add_argument(
        "--show-phonemes",
        action="store_true",
        help="with --text: print each run sent to the engine (voice, text, phonemes)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.text is not None:
        if args.out is None:
            err.write("render-audio: --text needs --out FILE.wav\n")
            return 2
        writable_file(args.out)
        return _render_text(services, args, out)
    return _render_lessons(services, args, out, err)


def _render_text(services: AppServices, args: argparse.Namespace, out: TextIO) -> int:
    lang = services.lang  # the global --lang option
    engine = find_engine()
    voice = engine.voice_for(lang)
    if voice is None:
        raise NoVoiceForLanguage()
    rate = "slow" if args.rate == "all" else args.rate
    try:
        with atomic_path(args.out) as tmp:  # never half a WAV
            engine.render(args.text, lang, RATE_WPM[rate], str(tmp))
        runs = _trace(engine, args.text, lang) if args.show_phonemes else []
    except Exception as exc:
        raise RenderError(reason=str(exc)) from exc
    result = {"out": str(args.out), "lang": lang, "voice": voice, "rate": rate}
    if args.json:
        if args.show_phonemes:
            result["runs"] = [asdict(run) for run in runs]
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        return 0
    for run in runs:  # one line per run sent to the engine: voice, text sent, phonemes
        out.write(f"{run.voice}\t{run.text}\t{run.phonemes}\n")
    out.write(f"{args.out}\n")
    return 0


def _trace(engine: SpeechEngine, text: str, lang: str) -> list[TracedRun]:
    trace = getattr(engine, "trace", None)
    if trace is None:
        raise RenderError(reason=f"{engine.name} does not show phonemes")
    return list(trace(text, lang))


def _lesson_jobs(
    services: AppServices, kit: SpeechKit, pack: str | None, rates: list[str]
) -> list[Job]:
    catalog = services.catalog.catalog
    courses = [c for c in catalog.courses.values() if pack is None or c.source == f"pack:{pack}"]
    if not courses:
        raise NotFoundError()
    jobs: list[Job] = []
    for course in courses:
        for lang in course.languages:
            if lang not in LANGUAGES or kit.voice_for(lang) is None:
                continue
            # the reader's heading before the summary box, in the lesson's language
            remember = Texts(load_translator(lang)).translate("LessonPage", "Remember this")
            for lesson in course.lessons:
                content = services.catalog.lesson_content(lesson.id, lang)
                if content.lang != lang or content.narration:
                    continue  # recorded narration needs no synthesis
                view = build_lesson_view(content, lesson.title_in(lang), remember)
                for sentence in split_sentences(view.text):
                    jobs += [kit.job(sentence.text, lang, rate) for rate in rates]
    return jobs


def _render_lessons(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    kit = SpeechKit(services.paths.audio_cache, services.paths.root / "unused-personal-audio")
    if kit.problem is not None:
        raise kit.problem
    rates = list(RATES) if args.rate == "all" else [args.rate]
    started = time.monotonic()
    try:
        jobs = list(dict.fromkeys(_lesson_jobs(services, kit, args.pack, rates)))
        todo = [j for j in jobs if not AudioCache.ready(Path(j.out_path))]
        assert kit.worker is not None
        for job in todo:
            kit.worker.submit(job)
        failed: list[str] = []
        deadline = time.monotonic() + WAIT_S
        while kit.worker.busy and time.monotonic() < deadline:
            failed += [r.job.text for r in kit.worker.wait(1.0) if not r.ok]
    finally:
        kit.close()
        shutil.rmtree(services.paths.root / "unused-personal-audio", ignore_errors=True)
    clips = list(
        dict.fromkeys(Path(j.out_path) for j in jobs if AudioCache.ready(Path(j.out_path)))
    )
    # Out of time (a slow machine): what is not on disk was not rendered; run it again.
    unfinished = sum(1 for j in todo if not AudioCache.ready(Path(j.out_path))) - len(failed)
    if args.pack:  # a pack's audio is put there on purpose: the cache limit never evicts it
        CacheBudget(services.paths.audio_cache).pin(args.pack, clips)
    summary = {
        "sentences": len(jobs),
        "bytes": sum(p.stat().st_size for p in clips),
        "rendered": len(todo) - len(failed) - unfinished,
        "unfinished": unfinished,
        "already_there": len(jobs) - len(todo),
        "failed": len(failed),
        "seconds": round(time.monotonic() - started, 2),
        "cache": str(services.paths.audio_cache),
    }
    if args.json:
        out.write(json.dumps(summary) + "\n")
    else:
        out.write(" ".join(f"{k}={v}" for k, v in summary.items()) + "\n")
    for text in failed[:10]:
        err.write(f"failed: {text}\n")
    return 1 if failed or unfinished else 0
