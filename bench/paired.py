"""Paired runs for the benchmarks: A B A B …, each in a fresh process; medians and the
median of the per-round ratios A/B, so a load change on the shared machine hits both sides."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class Side:
    seconds: list[float] = field(default_factory=list)
    peak_mib: float = 0.0

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def run(command: Sequence[str], cwd=None, env=None) -> tuple[float, float]:
    """Wall seconds and peak resident MiB of one child process (which must succeed)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env={**os.environ, **(env or {})},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed ({process.returncode})")
    return seconds, usage.ru_maxrss / 1024


def paired(a: Sequence[str], b: Sequence[str], rounds: int, cwd=None, env=None,
           before_a=None, before_b=None) -> tuple[Side, Side, float]:
    """Run A and B alternately `rounds` times; return both sides and the median ratio A/B."""
    side_a, side_b, ratios = Side(), Side(), []
    for _ in range(rounds):
        if before_a:
            before_a()
        seconds_a, peak_a = run(a, cwd, env)
        if before_b:
            before_b()
        seconds_b, peak_b = run(b, cwd, env)
        side_a.seconds.append(seconds_a)
        side_b.seconds.append(seconds_b)
        side_a.peak_mib = max(side_a.peak_mib, peak_a)
        side_b.peak_mib = max(side_b.peak_mib, peak_b)
        ratios.append(seconds_a / seconds_b)
    return side_a, side_b, statistics.median(ratios)


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())

