"""The speech cache's Ogg Vorbis encoder: a real espeak-ng-sized WAV in, an Ogg out that
an independent reader (the ``soundfile`` package) finds the same length and rate, much
smaller; a plain error when the file cannot be written; and no numpy in the process."""

from __future__ import annotations

import errno
import math
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest
import soundfile

from app.services.speech.audio_cache import compress


def tone_wav(path: Path, seconds: float = 2.0, rate: int = 22050) -> int:
    """A 16-bit mono WAV like espeak-ng's (a tone that rises, so it is not silence)."""
    frames = int(seconds * rate)
    samples = (
        int(9000 * math.sin(2 * math.pi * (220 + 200 * i / frames) * i / rate))
        for i in range(frames)
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))
    return frames


def test_encoded_speech_keeps_its_length_and_rate_and_is_far_smaller(tmp_path: Path) -> None:
    wav, ogg = tmp_path / "s.wav", tmp_path / "s.ogg"
    frames = tone_wav(wav)
    compress(wav, ogg)
    info = soundfile.info(str(ogg))
    assert (info.format, info.subtype) == ("OGG", "VORBIS")
    assert info.samplerate == 22050 and info.channels == 1
    assert info.frames == frames  # word timings and the gap after a sentence stay right
    assert ogg.stat().st_size * 5 < wav.stat().st_size
    heard, _ = soundfile.read(str(ogg), dtype="int16")
    assert max(abs(int(v)) for v in heard[1000:3000]) > 4000  # the tone, not silence


def test_a_folder_that_is_not_there_is_an_os_error(tmp_path: Path) -> None:
    wav = tmp_path / "s.wav"
    tone_wav(wav, seconds=0.2)
    with pytest.raises(OSError):
        compress(wav, tmp_path / "missing" / "s.ogg")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_a_full_disk_is_an_error_not_a_sentence_cut_short(tmp_path: Path) -> None:
    """libsndfile itself says nothing when an Ogg page cannot be written; /dev/full
    refuses every write with "no space left", as a full disk does."""
    wav = tmp_path / "s.wav"
    tone_wav(wav)
    with pytest.raises(OSError, match="disk full") as caught:
        compress(wav, Path("/dev/full"))
    assert caught.value.errno == errno.ENOSPC  # the reader tells a full disk apart by it


def test_the_speech_worker_encodes_without_numpy(tmp_path: Path) -> None:
    """numpy is 41 MB of the bundle; only the ``soundfile`` package wanted it."""
    wav = tmp_path / "s.wav"
    tone_wav(wav, seconds=0.5)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import app.services.speech.worker\n"
        "from app.services.speech.audio_cache import compress, warm_encoder\n"
        "warm_encoder()\n"
        f"compress(Path({str(wav)!r}), Path({str(tmp_path / 'o.ogg')!r}))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('numpy', 'soundfile')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
    assert soundfile.info(str(tmp_path / "o.ogg")).frames == 11025
