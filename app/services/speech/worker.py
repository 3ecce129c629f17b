"""The synthesis worker: a separate process that renders sentences to WAV files.

A separate process, not a thread, so that an engine that hangs can be killed and
replaced without freezing the app. The parent keeps the queue and hands the child
one job at a time, so the most urgent sentence (the one the learner is waiting
for) is always rendered next, and a hung job is known exactly.

No Qt here: the window's voice (``WindowVoice``) polls ``poll()`` from a timer on the GUI
thread and hands each result to whoever asked for it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from app.core.speech import SpeechEngine
from app.services.child_process import bare_main
from app.services.speech.audio_cache import compress, warm_encoder
from app.services.speech.cache_budget import CacheBudget

HANG_TIMEOUT_S = 15.0
STARTUP_S = 30.0  # a child loading its dictionaries is slow, not hung (then HANG_TIMEOUT_S)
TRIM_EVERY = 200  # sentences rendered between two trims of the shared cache


@dataclass(frozen=True, slots=True)
class Job:
    """Say ``text`` (one sentence as shown on screen, in ``lang``) at ``wpm`` into ``out_path``."""

    text: str
    lang: str
    wpm: int
    out_path: str


@dataclass(frozen=True, slots=True)
class Result:
    """``disk_full``: the sentence failed because the disk has no room (the reader says
    so plainly and stops, instead of skipping sentence after sentence)."""

    job: Job
    ok: bool
    error: str = ""
    disk_full: bool = False


READY = "ready"


def _serve(conn: Connection, engine: SpeechEngine, budget: CacheBudget | None = None) -> None:
    """Child process: render jobs until told to stop (``None``) or the pipe closes.

    First it loads what every sentence needs (the pinyin dictionaries take about a
    second) and says it is ready, so that second is neither counted as a hang nor
    paid by the first sentence the learner waits for.
    """
    warm_up = getattr(engine, "warm_up", None)
    if warm_up is not None:
        with contextlib.suppress(Exception):
            warm_up()
    with contextlib.suppress(Exception):
        warm_encoder()  # the encoder too, before the first sentence
    with contextlib.suppress(OSError):
        conn.send(READY)
    rendered = 0
    while True:
        if budget is not None and rendered % TRIM_EVERY == 0:
            with contextlib.suppress(OSError):
                budget.trim()  # here, in the worker: it walks the whole cache folder
        rendered += 1
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        out = Path(job.out_path)
        tmp = out.with_name(f".{out.stem}.{os.getpid()}.tmp.wav")
        packed = out.with_name(f".{out.stem}.{os.getpid()}.tmp{out.suffix}")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            timings = engine.render(job.text, job.lang, job.wpm, str(tmp))
            if timings:
                side = out.with_suffix(".json")
                side.write_text(json.dumps([[t.start, t.end, t.ms] for t in timings]))
            if out.suffix == ".wav":
                os.replace(tmp, out)  # readers never see half a file
            else:
                compress(tmp, packed)  # the cache keeps Ogg Vorbis (``audio_cache``)
                os.replace(packed, out)
                tmp.unlink()
            conn.send(Result(job, True))
        except Exception as exc:  # report any engine failure; keep serving
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
                packed.unlink(missing_ok=True)
            full = isinstance(exc, OSError) and exc.errno == errno.ENOSPC
            conn.send(Result(job, False, f"{type(exc).__name__}: {exc}", disk_full=full))


class SynthesisWorker:
    """Parent side. ``submit`` jobs, ``poll`` for results; a hung child is killed and restarted.

    ``engine`` is pickled into the child (tests inject hanging or failing engines here).
    ``clock`` times a job against ``hang_timeout_s`` (seconds; tests pass one they move on,
    so how long a real render takes on a busy machine never looks like a hang).
    """

    def __init__(
        self,
        engine: SpeechEngine,
        *,
        hang_timeout_s: float = HANG_TIMEOUT_S,
        start_method: str = "spawn",
        clock: Callable[[], float] = time.monotonic,
        budget: CacheBudget | None = None,
    ) -> None:
        """``budget``: the shared cache the child keeps under its limit (None: unbounded)."""
        self._engine = engine
        self._budget = budget
        self._timeout = hang_timeout_s
        self._clock = clock
        self._ctx: Any = multiprocessing.get_context(start_method)
        self._queue: deque[Job] = deque()
        self._inflight: tuple[Job, float] | None = None
        self._crashed: set[Job] = set()  # jobs whose worker died once already
        self._process: Any = None
        self._conn: Connection | None = None
        self.restarts = 0
        self._closed = False
        self._ready = False  # the child said READY: it loaded what it needs

    # ------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Start the child now (it takes ~0.1 s to import), so the first Play is quick."""
        if self._closed:
            return
        if self._process is not None and self._process.is_alive():
            return
        self._ready = False
        parent, child = self._ctx.Pipe()
        self._process = self._ctx.Process(
            target=_serve,
            args=(child, self._engine, self._budget),
            name="silver-speech",
            daemon=True,
        )
        with bare_main():
            self._process.start()
        child.close()
        self._conn = parent

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _kill(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(2)
            self._process.close()
            self._process = None

    def close(self) -> None:
        """Stop the child (politely, then by force) and forget all jobs."""
        if self._closed:
            return
        self._closed = True
        self._queue.clear()
        if self._conn is not None and self._process is not None:
            with contextlib.suppress(OSError, BrokenPipeError):
                self._conn.send(None)
            self._process.join(1 if self._inflight is None else 0.2)
        self._inflight = None
        self._kill()

    # ------------------------------------------------------------ jobs
    def submit(self, job: Job, *, urgent: bool = False) -> None:
        """Queue ``job`` (once); ``urgent`` puts it first."""
        if self._closed or (self._inflight and self._inflight[0] == job):
            return
        if job in self._queue:
            self._queue.remove(job)
        if urgent:
            self._queue.appendleft(job)
        else:
            self._queue.append(job)
        self._dispatch()

    def discard(self, jobs: Iterable[Job]) -> None:
        """Drop these jobs if they are still queued (one being rendered finishes: its file
        is still useful). The window's voice drops only what no requester wants any more."""
        for job in jobs:
            self._crashed.discard(job)
            if job in self._queue:
                self._queue.remove(job)

    @property
    def busy(self) -> bool:
        return self._inflight is not None or bool(self._queue)

    def poll(self) -> list[Result]:
        """Results that have arrived; kills and restarts a child that hangs or died."""
        results: list[Result] = []
        if self._closed:
            return results
        while self._inflight is not None and self._conn is not None:
            try:
                if not self._conn.poll():
                    break
                result = self._conn.recv()
            except (EOFError, OSError):
                # The child died. Once is the worker's bad luck (killed, or already dead
                # when the job was sent): the job is tried again on a fresh one. Twice is
                # the job's doing, and it is given up so the next sentence can be read.
                job = self._inflight[0]
                if job in self._crashed:
                    self._crashed.discard(job)
                    results.append(Result(job, False, "the speech worker stopped"))
                else:
                    self._crashed.add(job)
                    self._queue.appendleft(job)
                self._restart()
                break
            if result == READY:  # the hang clock starts once the child can work
                self._ready = True
                self._inflight = (self._inflight[0], self._clock())
                continue
            results.append(result)
            self._crashed.discard(result.job)
            self._inflight = None
            self._dispatch()
        if self._inflight is not None:
            job, started = self._inflight
            # Before READY the child is still loading (pinyin, the encoder): a slow
            # machine must not take that for a hang and restart it forever.
            limit = self._timeout if self._ready else self._timeout + STARTUP_S
            if self._clock() - started > limit:
                results.append(Result(job, False, "the speech engine hung and was restarted"))
                self._restart()
        return results

    def wait(self, timeout_s: float) -> list[Result]:
        """Block until at least one result (or ``timeout_s``); for the command line and tests."""
        deadline = time.monotonic() + timeout_s
        while True:
            results = self.poll()
            if results or not self.busy or time.monotonic() > deadline:
                return results
            if self._conn is not None:
                with contextlib.suppress(OSError, EOFError):
                    self._conn.poll(min(0.05, max(0.0, deadline - time.monotonic())))

    def _restart(self) -> None:
        self._inflight = None
        self._kill()
        self.restarts += 1
        self._dispatch()

    def _dispatch(self) -> None:
        if self._closed or self._inflight is not None or not self._queue:
            return
        self.start()
        job = self._queue.popleft()
        assert self._conn is not None
        try:
            self._conn.send(job)
        except (OSError, BrokenPipeError):
            self._queue.appendleft(job)
            self._kill()
            self.start()
            assert self._conn is not None
            self._conn.send(job)
        self._inflight = (job, self._clock())
