"""Subtitles (WebVTT and SubRip) as cues with times, and the cue being spoken at a moment.

The player draws the current cue under the picture at the learner's text size instead of
letting the decoder burn it into the picture, and the transcript highlights the same cue;
both ask ``cue_at``. Parsing is forgiving the way players are: a cue it cannot read is
left out, styling tags are dropped, and a file with no readable cue gives no cues.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_TIME = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})")
_ARROW = re.compile(rf"^\s*({_TIME.pattern})\s*-->\s*({_TIME.pattern})")
_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")


@dataclass(frozen=True, slots=True)
class Cue:
    """One subtitle and when it is on screen, in milliseconds from the start."""

    start_ms: int
    end_ms: int
    text: str


def _ms(stamp: str) -> int:
    m = _TIME.fullmatch(stamp.strip())
    if m is None:
        raise ValueError(stamp)
    hours, minutes, seconds, frac = m.groups()
    return (int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)) * 1000 + int(
        frac.ljust(3, "0")
    )


def parse_subtitles(text: str) -> tuple[Cue, ...]:
    """Cues of a VTT or SRT file, in time order (both formats: a timing line, then text)."""
    cues: list[Cue] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = block.strip("\n").split("\n")
        for i, line in enumerate(lines):
            m = _ARROW.match(line)
            if m is None:
                continue
            start, end = line.split("-->", 1)
            try:
                start_ms, end_ms = _ms(start), _ms(end.split()[0])
            except (ValueError, IndexError):
                break
            words = " ".join(_TAG.sub("", x).strip() for x in lines[i + 1 :]).strip()
            if words and end_ms > start_ms:
                cues.append(Cue(start_ms, end_ms, words))
            break
    return tuple(sorted(cues, key=lambda c: c.start_ms))


def cue_at(cues: tuple[Cue, ...], position_ms: int) -> int | None:
    """The index of the cue shown at ``position_ms``, or None between cues."""
    i = bisect.bisect_right([c.start_ms for c in cues], position_ms) - 1
    if i >= 0 and position_ms < cues[i].end_ms:
        return i
    return None
