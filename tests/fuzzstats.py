"""What the fuzz suite generated and the worst it cost: inputs per target, and for each
target the worst time and the most memory a single input added to the process (its peak
resident size while reading that input, less the resident size before it).

Every generated input goes through `guard(target, started, peak_before)`, which also holds
the hang and memory guards (60 s, 1 GiB: not speed targets). The counts are printed at the
end of a test session (tests/conftest.py) and, when PEELCHECK_FUZZ_STATS names a file,
written there as JSON.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import time
from dataclasses import asdict, dataclass
from pathlib import Path

GUARD_SECONDS = 60  # a hang guard, not a speed target
GUARD_BYTES = 1 << 30  # a memory guard: peak resident size of a process


@dataclass
class Target:
    """The inputs of one target and the worst one."""

    inputs: int = 0
    worst_seconds: float = 0.0
    worst_growth_bytes: int = 0  # most memory one input added (peak while read, less before)
    peak_bytes: int = 0  # highest peak resident size of the process while reading one input


TARGETS: dict[str, Target] = {}
_WRITTEN = [time.monotonic()]


def peak() -> int:
    """Peak resident size of this process in bytes, since the last `start()` where Linux
    lets it be reset (else since the process began)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def start() -> tuple[float, int]:
    """The clock and the resident size before one input. On Linux the peak is reset here
    (/proc/self/clear_refs), so the memory guard holds each input, not the whole run: over
    100,000 inputs hypothesis's own bookkeeping raises the process's lifetime peak."""
    with contextlib.suppress(OSError):  # elsewhere the peak is the lifetime one
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    return time.monotonic(), peak()


def guard(target: str, before: tuple[float, int]) -> None:
    """Count one input of `target`, record its cost, and hold the guards."""
    seconds = time.monotonic() - before[0]
    now = peak()
    growth = now - before[1]
    found = TARGETS.setdefault(target, Target())
    found.inputs += 1
    found.worst_seconds = max(found.worst_seconds, seconds)
    found.worst_growth_bytes = max(found.worst_growth_bytes, growth)
    found.peak_bytes = max(found.peak_bytes, now)
    if time.monotonic() - _WRITTEN[0] > 30:  # a long run that is stopped keeps its counts
        _write()
    assert seconds < GUARD_SECONDS, f"{target}: one input took {seconds:.1f} s"
    assert growth < GUARD_BYTES, f"{target}: one input took {growth >> 20} MiB more memory"


def summary() -> list[str]:
    """Lines for the end of the session; writes PEELCHECK_FUZZ_STATS when it is set."""
    if not TARGETS:
        return []
    total = sum(t.inputs for t in TARGETS.values())
    out = [f"fuzz: {total} generated inputs"]
    for name, t in sorted(TARGETS.items()):
        out.append(
            f"  {name}: {t.inputs} inputs, worst {t.worst_seconds:.2f} s, "
            f"worst growth {t.worst_growth_bytes >> 20} MiB, peak {t.peak_bytes >> 20} MiB"
        )
    _write()
    return out


def _write() -> None:
    _WRITTEN[0] = time.monotonic()
    where = os.environ.get("PEELCHECK_FUZZ_STATS")
    if where:
        total = sum(t.inputs for t in TARGETS.values())
        data = {"total": total, "targets": {n: asdict(t) for n, t in sorted(TARGETS.items())}}
        Path(where).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
