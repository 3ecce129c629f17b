"""``admin render-audio``: a classroom pre-renders lessons; a checker renders one text."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not shutil.which("espeak-ng"), reason="needs espeak-ng")
ROOT = Path(__file__).resolve().parents[2]


def admin(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_pack_is_pre_rendered_once_into_the_shared_cache(data_dir_with_mini: Path) -> None:
    first = admin(
        "--data-dir", str(data_dir_with_mini), "admin", "render-audio", "--pack", "mini", "--json"
    )
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["sentences"] > 10 and summary["rendered"] == summary["sentences"]
    clips = list((data_dir_with_mini / "audio-cache").rglob("*.ogg"))  # compressed
    assert len(clips) == summary["sentences"]
    assert not list((data_dir_with_mini / "audio-cache").rglob("*.wav"))
    again = json.loads(
        admin(
            "--data-dir",
            str(data_dir_with_mini),
            "admin",
            "render-audio",
            "--pack",
            "mini",
            "--json",
        ).stdout
    )
    assert again["already_there"] == summary["sentences"] and again["rendered"] == 0


def test_one_text_becomes_a_16_bit_mono_wav(tmp_path: Path) -> None:
    out = tmp_path / "check.wav"
    done = admin(
        "--data-dir",
        str(tmp_path / "d"),
        "admin",
        "render-audio",
        "--text",
        "你好，欢迎。",
        "--lang",
        "zh_CN",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    with wave.open(str(out)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        assert wav.getnframes() / wav.getframerate() > 0.8
    missing_out = admin("--data-dir", str(tmp_path / "d"), "admin", "render-audio", "--text", "x")
    assert missing_out.returncode == 2


def test_unknown_pack_is_a_plain_failure(tmp_path: Path) -> None:
    done = admin(
        "--data-dir", str(tmp_path / "d"), "--lang", "en", "admin", "render-audio", "--pack", "nope"
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr and done.stderr.strip()


def test_a_helper_sees_each_run_its_voice_and_what_espeak_ng_says(tmp_path: Path) -> None:
    done = admin(
        "--data-dir",
        str(tmp_path / "d"),
        "admin",
        "render-audio",
        "--text",
        "去银行还钱，拨打110，打开App。",
        "--lang",
        "zh_CN",
        "--out",
        str(tmp_path / "t.wav"),
        "--show-phonemes",
    )
    assert done.returncode == 0, done.stderr
    lines = [line.split("\t") for line in done.stdout.splitlines() if "\t" in line]
    assert [(voice, text) for voice, text, _ in lines] == [
        ("cmn-latn-pinyin", "qu4 yin2 hang2 huan2 qian2, bo1 da3 yao1 yao1 ling2, da3 kai1"),
        ("en", "app"),
    ]
    mandarin = lines[0][2]
    assert "X'a35N" in mandarin  # 行 as háng, not xíng
    assert mandarin.count("j'Au55") == 2  # 幺幺零
    assert "(en)" not in mandarin
