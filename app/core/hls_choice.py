"""Which HLS rendition "Save for offline" keeps: one, small enough for an old computer's
disk and sharp enough to read a phone screen in a lesson video.

The rule: the lowest rendition at or above 480 lines, or, when none reaches it, the
highest below. A caregiver may ask for another height (``target``: one of
``VIDEO_HEIGHTS`` on the settings page, kept by ``app/services/video_height.py``). A rendition whose
height the playlist does not say counts as below every known height; among equal heights
the smaller bandwidth wins. Pure Python (no I/O), tested in ``tests/unit``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_HEIGHT = 480
VIDEO_HEIGHTS: tuple[int, ...] = (360, 480, 720, 1080)  # the caregiver's choices


@dataclass(frozen=True, slots=True)
class Rendition:
    """One rendition of an HLS video, as the choice compares them."""

    height: int  # picture lines; 0 when the playlist does not say
    bandwidth: int = 0  # bits per second; 0 when unknown


def choose_rendition(renditions: Sequence[Rendition], target: int = DEFAULT_HEIGHT) -> int:
    """The index of the rendition to keep (see the module text); ``ValueError`` if none."""
    if not renditions:
        raise ValueError("no renditions")
    order = sorted(
        range(len(renditions)), key=lambda i: (renditions[i].height, renditions[i].bandwidth)
    )
    reaching = [i for i in order if renditions[i].height >= target]
    if reaching:
        return reaching[0]
    best = order[-1]
    same = [i for i in order if renditions[i].height == renditions[best].height]
    return max(same, key=lambda i: renditions[i].bandwidth)


def estimated_bytes(bandwidth: int, seconds: float) -> int:
    """About how many bytes a stream of ``bandwidth`` bits per second takes for ``seconds``."""
    return max(0, round(bandwidth * seconds / 8))
