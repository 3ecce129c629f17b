"""When each sentence's audio really started and ended: the reader's measurements,
used by the tests and ``tests/benchmarks/bench_read_aloud.py`` (gaps under 100 ms)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Timeline:
    """Monotonic seconds per sentence index, measured from the player's positions, so it
    works without a sound card."""

    started: dict[int, float] = field(default_factory=dict)
    ended: dict[int, float] = field(default_factory=dict)
    first_ready: float | None = None  # Play → first audio handed to the player

    def gaps_ms(self) -> list[float]:
        return [
            (self.started[i + 1] - self.ended[i]) * 1000
            for i in sorted(self.ended)
            if i + 1 in self.started and self.started[i + 1] >= self.ended[i] - 0.05
        ]
