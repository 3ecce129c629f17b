"""Real espeak-ng audio: rendered through the worker process into the on-disk cache."""

from __future__ import annotations

import multiprocessing
import shutil
import struct
import time
import wave
from pathlib import Path

import pytest

from app.core.speech import NoSpeechEngine
from app.services.speech.discovery import find_engine
from app.services.speech.espeak import EspeakEngine
from app.services.speech.libespeak import LibEspeakEngine, library_path
from app.services.speech.speech_kit import SpeechKit
from app.services.speech.worker import Result
from tests.speech_fakes import HangingEngine

pytestmark = pytest.mark.skipif(not shutil.which("espeak-ng"), reason="needs espeak-ng")

SHORT = "先把水壶洗干净。"
LONG = (
    "先把水壶洗干净。水要装到一半。插上电源，按下开关。"
    "等水烧开，大约五分钟。小心热气，不要用手去摸。"
)


def measure(path: Path) -> tuple[float, int, int]:
    """(seconds, sample width in bytes, loudest sample) of a mono WAV."""
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1
        frames = wav.readframes(wav.getnframes())
        samples = struct.unpack(f"<{len(frames) // 2}h", frames)
        return wav.getnframes() / wav.getframerate(), wav.getsampwidth(), max(map(abs, samples))


def render(engine: EspeakEngine, text: str, lang: str, out: Path, rate: int = 130) -> Path:
    assert engine.voice_for(lang) is not None
    engine.render(text, lang, rate, str(out))
    return out


def test_a_chinese_lesson_is_heard_longer_when_it_has_more_text(tmp_path: Path) -> None:
    engine = EspeakEngine()
    assert engine.voice_for("zh_CN") == "cmn-latn-pinyin"
    short_s, width, short_peak = measure(render(engine, SHORT, "zh_CN", tmp_path / "s.wav"))
    long_s, _, long_peak = measure(render(engine, LONG, "zh_CN", tmp_path / "l.wav"))
    assert width == 2  # 16-bit PCM
    assert short_s > 1.0 and long_s > 3 * short_s
    assert short_peak > 3000 and long_peak > 3000  # not silence


def test_slow_is_slower_than_brisk(tmp_path: Path) -> None:
    engine = EspeakEngine()
    slow, _, _ = measure(render(engine, LONG, "zh_CN", tmp_path / "a.wav", 130))
    brisk, _, _ = measure(render(engine, LONG, "zh_CN", tmp_path / "b.wav", 190))
    assert slow > brisk * 1.2


def test_english_has_an_english_voice(tmp_path: Path) -> None:
    engine = EspeakEngine()
    seconds, _, peak = measure(render(engine, "Boil the water first.", "en", tmp_path / "e.wav"))
    assert seconds > 0.5 and peak > 3000


def test_no_engine_says_to_install_espeak_ng() -> None:
    with pytest.raises(NoSpeechEngine) as caught:
        find_engine(platform="linux", which=lambda name: None, find_library=lambda: None)
    assert "espeak-ng" in str(caught.value)
    assert isinstance(find_engine(), LibEspeakEngine)
    assert isinstance(find_engine(find_library=lambda: None), EspeakEngine)


def test_the_library_gives_audio_and_a_timing_for_each_spoken_word(tmp_path: Path) -> None:
    path = library_path()
    assert path is not None
    engine = LibEspeakEngine(path)
    assert engine.voice_for("zh_CN") == "cmn-latn-pinyin" and engine.voice_for("xx") is None
    words = engine.render(SHORT, "zh_CN", 130, str(tmp_path / "w.wav"))
    seconds, width, peak = measure(tmp_path / "w.wav")
    assert width == 2 and seconds > 1.0 and peak > 3000
    assert [SHORT[w.start : w.end] for w in words] == list("先把水壶洗干净")
    times = [w.ms for w in words]
    assert times == sorted(times) and times[-1] < seconds * 1000
    english = engine.render("Boil the water first.", "en", 130, str(tmp_path / "e.wav"))
    assert [("Boil the water first."[w.start : w.end]) for w in english] == [
        "Boil",
        "the",
        "water",
        "first",
    ]


def test_two_engines_in_one_process_each_get_their_own_audio_and_words(tmp_path: Path) -> None:
    """The computer check makes an engine beside one already used: both keep working (a
    second engine used to take the library's one callback, and the first then rendered
    nothing: "libespeak-ng gave no audio")."""
    path = library_path()
    assert path is not None
    first, second = LibEspeakEngine(path), LibEspeakEngine(path)
    for n, engine in enumerate((first, second, first)):
        words = engine.render(SHORT, "zh_CN", 130, str(tmp_path / f"{n}.wav"))
        assert [SHORT[w.start : w.end] for w in words] == list("先把水壶洗干净")
        assert measure(tmp_path / f"{n}.wav")[0] > 1.0


def test_worker_renders_first_sentence_first_into_the_shared_cache(tmp_path: Path) -> None:
    kit = SpeechKit(tmp_path / "audio-cache", tmp_path / "profile" / "audio")
    try:
        jobs = [kit.job(t, "zh_CN", "slow") for t in ("一。", "二。", "三。")]
        for job in jobs[1:]:
            kit.worker.submit(job)  # type: ignore[union-attr]
        kit.worker.submit(jobs[0], urgent=True)  # type: ignore[union-attr]
        done: list[str] = []
        deadline = time.monotonic() + 40
        while len(done) < 3 and time.monotonic() < deadline:
            done += [r.job.out_path for r in kit.worker.wait(1) if r.ok]  # type: ignore[union-attr]
        # the one sent first was already in flight; the urgent one comes right after it
        assert set(done) == {j.out_path for j in jobs}
        assert done.index(jobs[0].out_path) <= 1
        assert all(Path(p).parent.parent == tmp_path / "audio-cache" for p in done)
        personal = kit.job("记得吃药。", "zh_CN", "slow", personal=True)
        assert Path(personal.out_path).is_relative_to(tmp_path / "profile" / "audio")
    finally:
        kit.close()
    assert not multiprocessing.active_children()


def test_a_hung_engine_is_killed_and_reading_goes_on(tmp_path: Path) -> None:
    """The hang clock is the test's: it moves on only until the stuck sentence is given
    up, so the good sentence may take as long as a busy machine needs."""
    hang_clock = [0.0]
    kit = SpeechKit(
        tmp_path / "c",
        tmp_path / "p",
        HangingEngine(),
        hang_timeout_s=1.0,
        hang_clock=lambda: hang_clock[0],
    )
    worker = kit.worker
    assert worker is not None
    try:
        hung = kit.job("这句会卡住。", "zh_CN", "slow")
        fine = kit.job("这句正常。", "zh_CN", "slow")
        worker.submit(hung)
        worker.submit(fine)
        first_pid = None
        results: list[Result] = []
        deadline = time.monotonic() + 40
        while len(results) < 2 and time.monotonic() < deadline:
            first_pid = first_pid or worker.pid
            results += worker.wait(0.2)
            if not results:
                hang_clock[0] += 0.6  # time passes only for the stuck sentence
        assert [(r.job, r.ok) for r in results] == [(hung, False), (fine, True)]
        assert "hung" in results[0].error
        assert worker.restarts == 1 and worker.pid != first_pid
        assert Path(fine.out_path).is_file()
    finally:
        kit.close()
    assert not multiprocessing.active_children()
