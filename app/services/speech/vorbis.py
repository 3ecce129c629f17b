"""Encode a 16-bit WAV as Ogg Vorbis through libsndfile, called with ``ctypes``.

Why not the ``soundfile`` package: it imports numpy (41 MB of the bundle, which went over
its 250 MB goal with it) for arrays this app never needs; the speech worker hands
libsndfile the WAV's samples as they are. The library itself is the one the ``soundfile`` wheel
ships (``_soundfile_data``), the bundle's, or the system's ``libsndfile.so.1``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import importlib.util
import sys
import wave
from functools import cache
from pathlib import Path

from app.core.errors import SpeechUnavailable

# A constant, not a literal in the call: PyInstaller would otherwise bundle the build
# machine's library a second time (it is in the bundle already, see ``_candidates``).
SYSTEM_LIBRARY = "sndfile"

# from sndfile.h
SFM_READ = 0x10
SFM_WRITE = 0x20
SF_FORMAT_OGG = 0x200000
SF_FORMAT_VORBIS = 0x0060
SFC_SET_COMPRESSION_LEVEL = 0x1301


class _Info(ctypes.Structure):
    _fields_ = [
        ("frames", ctypes.c_int64),
        ("samplerate", ctypes.c_int),
        ("channels", ctypes.c_int),
        ("format", ctypes.c_int),
        ("sections", ctypes.c_int),
        ("seekable", ctypes.c_int),
    ]


def _candidates() -> list[str]:
    """The bundle's copy (on Linux, Qt's PulseAudio support brings the system's
    libsndfile, with Vorbis, into the bundle anyway; on Windows and macOS the spec copies
    the wheel's), the ``soundfile`` wheel's in a source install, then the system's."""
    found: list[str] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        found += sorted(str(p) for p in Path(bundle).glob("libsndfile*"))
    spec = importlib.util.find_spec("_soundfile_data")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            found += sorted(str(p) for p in Path(folder).glob("libsndfile*"))
    system = ctypes.util.find_library(SYSTEM_LIBRARY)
    if system:
        found.append(system)
    return found


@cache
def library() -> ctypes.CDLL:
    """libsndfile, with the few functions used here typed; ``SpeechUnavailable`` if the
    computer has none (the worker then says so instead of failing per sentence)."""
    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        lib.sf_open.restype = ctypes.c_void_p
        lib.sf_open.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(_Info)]
        lib.sf_writef_short.restype = ctypes.c_int64
        lib.sf_writef_short.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int64]
        lib.sf_command.restype = ctypes.c_int
        lib.sf_command.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
        lib.sf_close.restype = ctypes.c_int
        lib.sf_close.argtypes = [ctypes.c_void_p]
        lib.sf_strerror.restype = ctypes.c_char_p
        lib.sf_strerror.argtypes = [ctypes.c_void_p]
        return lib
    raise SpeechUnavailable()


def encode(wav: Path, out: Path, compression: float) -> None:
    """Write the 16-bit PCM WAV ``wav`` as Ogg Vorbis at ``out``: same rate, channels and
    sample count; ``compression`` 0 (best quality) … 1 (smallest). ``OSError`` on failure."""
    with wave.open(str(wav), "rb") as source:
        if source.getsampwidth() != 2:
            raise OSError(f"{wav.name}: not 16-bit audio")
        channels, rate = source.getnchannels(), source.getframerate()
        frames = source.getnframes()
        samples = source.readframes(frames)
    lib = library()
    info = _Info(0, rate, channels, SF_FORMAT_OGG | SF_FORMAT_VORBIS, 0, 0)
    handle = lib.sf_open(str(out).encode(), SFM_WRITE, ctypes.byref(info))
    if not handle:
        raise OSError(f"{out.name}: {lib.sf_strerror(None).decode(errors='replace')}")
    level = ctypes.c_double(compression)
    lib.sf_command(handle, SFC_SET_COMPRESSION_LEVEL, ctypes.byref(level), 8)
    written = lib.sf_writef_short(handle, samples, frames) if frames else 0
    problem = lib.sf_strerror(handle).decode(errors="replace")
    closed = lib.sf_close(handle) == 0  # always: it finishes the file or frees it
    if written != frames or not closed:
        raise OSError(f"{out.name}: {problem}")
    # libsndfile does not report a failed write of an Ogg page (a full disk): the file
    # would end early without a word. Read back how long it is before anyone plays it.
    if frames and _frames_in(lib, out) != frames:
        raise OSError(errno.ENOSPC, "not all of it could be written (is the disk full?)", str(out))


def _frames_in(lib: ctypes.CDLL, path: Path) -> int:
    """How many frames libsndfile finds in ``path`` (0 if it cannot read it)."""
    info = _Info()
    handle = lib.sf_open(str(path).encode(), SFM_READ, ctypes.byref(info))
    if not handle:
        return 0
    lib.sf_close(handle)
    return int(info.frames)
