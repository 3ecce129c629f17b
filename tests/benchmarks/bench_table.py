"""Every benchmark in one table (issue 17 item 6): ``make bench``.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_table [--quick] [--only NAME]

Each benchmark measures its figure beside a baseline taken in the same run on the same
machine (a bare Qt window, espeak-ng alone, the idle event loop …), so a slow or busy
machine shows as a slow baseline rather than as a missed goal. The table says, per row:
the figure, the baseline, their ratio, the goal and whether it is met; the same rows go
to ``bench-results.json`` with the machine they ran on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Row:
    """One measured figure. ``met`` is decided by the benchmark against its goal."""

    figure: str
    value: float
    unit: str
    baseline: float | None
    baseline_name: str
    goal: str
    met: bool

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline


def machine() -> dict[str, str | int]:
    """What the table ran on: the same figures mean little on another machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count() or 0,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()),
    }


class BenchTable:
    """Rows from every benchmark, rendered as one Markdown table and written as JSON."""

    def __init__(self) -> None:
        self.rows: list[Row] = []

    def add(self, rows: list[Row]) -> None:
        self.rows.extend(rows)

    def render(self) -> str:
        def num(value: float | None, unit: str = "") -> str:
            if value is None:
                return "–"
            text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}".rstrip("0").rstrip(".")
            return f"{text} {unit}".strip()

        lines = [
            "| figure | value | same-run baseline | ratio | goal | met |",
            "|---|---|---|---|---|---|",
        ]
        for row in self.rows:
            base = (
                f"{num(row.baseline, row.unit)} ({row.baseline_name})" if row.baseline_name else "–"
            )
            ratio = "–" if row.ratio is None else f"{row.ratio:.2f}"
            met = "yes" if row.met else "**no**"
            value = num(row.value, row.unit)
            lines.append(f"| {row.figure} | {value} | {base} | {ratio} | {row.goal} | {met} |")
        return "\n".join(lines)

    def write_json(self, path: Path) -> None:
        data = {
            "machine": machine(),
            "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "rows": [{**asdict(row), "ratio": row.ratio} for row in self.rows],
        }
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def benchmarks(quick: bool) -> dict[str, Callable[[], list[Row]]]:
    """Name → the benchmark's ``rows()``; imported here so ``--only`` loads only one."""
    from tests.benchmarks import (
        bench_audio,
        bench_media,
        bench_memory,
        bench_platform,
        bench_read_aloud,
        bench_startup,
    )

    return {
        "startup": lambda: bench_startup.rows(runs=3 if quick else 15),
        "read-aloud": bench_read_aloud.rows,
        "audio": bench_audio.rows,
        "memory": lambda: bench_memory.rows(cycles=100 if quick else 1000),
        "sync": lambda: bench_platform.sync_rows(courses=1000 if quick else 10000),
        "search": lambda: bench_platform.search_rows(10000 if quick else 100000),
        "media": bench_media.rows,
    }


def run_apart(name: str, quick: bool) -> list[Row]:
    """One benchmark in a fresh interpreter of its own, so it meets the heap, the Qt state
    and the peak RSS a learner's app would, not those the benchmarks before it left
    behind (a larger heap makes every collector pass longer; a larger parent's peak RSS
    carries into a child's ``ru_maxrss``)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        command = [sys.executable, "-m", "tests.benchmarks.bench_table", "--one", name]
        command += ["--rows-to", str(out)] + (["--quick"] if quick else [])
        subprocess.run(command, cwd=ROOT, check=True)
        return [Row(**row) for row in json.loads(out.read_text())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    parser.add_argument("--only", action="append", default=[], help="run only this benchmark")
    parser.add_argument("--json", type=Path, default=ROOT / "bench-results.json")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a child of ``run_apart``
    parser.add_argument("--rows-to", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.one:
        rows = benchmarks(args.quick)[args.one]()
        args.rows_to.write_text(json.dumps([asdict(row) for row in rows]))
        return 0
    table = BenchTable()
    for name in benchmarks(args.quick):
        if args.only and name not in args.only:
            continue
        print(f"… {name}", file=sys.stderr, flush=True)
        table.add(run_apart(name, args.quick))
    print(table.render())
    print("machine:", ", ".join(f"{k} {v}" for k, v in machine().items()))
    table.write_json(args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
