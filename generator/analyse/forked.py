"""One list of independent items worked on by two processes at once, on a machine with two
cores or more: the parent forks one worker for part of the items and works on the rest
itself. Results come back in the order of the items, so the output is exactly the one a
single process gives (the duplicate check judges 40,000 pairs at 10k offers this way).

While the worker runs, the parent can do other work as well (`meanwhile`): then it takes
fewer items itself. A single call can run in a worker, too, started at once (ForkedCall):
the report's analyses that need no pairs run beside the text profiles and candidate pairs.

Only a plain, single-threaded process forks: inside `mkdocs serve` (threads), on a machine
with one core, for a short list, or when the worker would take the process beyond
MEMORY_BUDGET, the items are worked on in turn.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

Item, Result = TypeVar("Item"), TypeVar("Result")

MIN_ITEMS = 5_000  # below this, a fork costs more than it saves
# The parent's share of the items when it does other work meanwhile (a caller's choice; the
# report runs its other analyses in a ForkedCall instead).
MEANWHILE_SHARE = 0.4
# The worker shares the parent's memory until it touches it, and judging pairs it touches
# about half of it (at 100k offers 664 of the parent's 1,433 MiB were copied; at 10k 76 of
# 175 MiB for half the pairs, with or without gc.freeze(): reading an object writes its
# reference count). Above the budget the items are worked on in turn: the report at 100k
# offers stays within 1.5 GiB, at the price of time (issue 13).
COPY_SHARE = 0.5
MEMORY_BUDGET = 1536 * 2**20
# A ForkedCall starts before this process has built what it builds next (the report's text
# profiles and pairs: at 100k offers from 0.8 to 1.3 GiB), so it counts this process twice.
# Forked anyway at 100k offers, the tree took 1,996 MiB instead of 1,491, and no less time:
# both processes paid for the copied pages in page faults (docs/performance.md).
GROWTH = 2.0


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _resident_bytes() -> int:
    """This process's resident memory (Linux; 0 where it cannot be read)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def can_fork(workers: int = 1, growth: float = 1.0) -> bool:
    """Whether this process may fork: grown `growth` times, with `workers` of them alive at
    once (each copying COPY_SHARE of it), it stays within MEMORY_BUDGET."""
    return hasattr(os, "fork") and _cores() >= 2 and threading.active_count() == 1 \
        and _resident_bytes() * (growth + workers * COPY_SHARE) <= MEMORY_BUDGET


def _worker(produce: Callable[[], object], pipe: int) -> None:
    """In the forked process: what `produce()` gives, or None when something failed (the
    parent then does the work itself and meets the same error)."""
    try:
        try:
            data = pickle.dumps(produce(), pickle.HIGHEST_PROTOCOL)
        except BaseException:  # noqa: BLE001 - reported by the parent's own run
            data = pickle.dumps(None)
        with os.fdopen(pipe, "wb") as stream:
            stream.write(data)
    finally:
        os._exit(0)


def _split(items: Sequence, share: float) -> tuple[list[int], list[int]]:
    """Positions for the parent (`share` of the items, spread evenly) and for the worker
    (the others)."""
    mine = [i for i in range(len(items)) if int((i + 1) * share) != int(i * share)]
    chosen = set(mine)
    return mine, [i for i in range(len(items)) if i not in chosen]


def forked_map(function: Callable[[Item], Result], items: Sequence[Item],
               meanwhile: Callable[[], None] | None = None) -> list[Result]:
    """[function(item) for item in items], part of them done in a forked worker;
    `meanwhile()` runs once in this process, whether it forks or not."""
    if len(items) < MIN_ITEMS or not can_fork():
        results = [function(item) for item in items]
        if meanwhile is not None:
            meanwhile()
        return results
    mine, theirs = _split(items, 0.5 if meanwhile is None else MEANWHILE_SHARE)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        _worker(lambda: [function(items[i]) for i in theirs], write)
    os.close(write)
    try:
        own = [function(items[i]) for i in mine]
        if meanwhile is not None:
            meanwhile()
    except BaseException:
        os.close(read)  # the worker's write fails, and it ends
        os.waitpid(pid, 0)
        raise
    with os.fdopen(read, "rb") as stream:
        data = stream.read()
    os.waitpid(pid, 0)
    done = pickle.loads(data) if data else None
    if done is None:
        done = [function(items[i]) for i in theirs]
    results: list = [None] * len(items)
    for positions, values in ((mine, own), (theirs, done)):
        for position, value in zip(positions, values, strict=True):
            results[position] = value
    return results


class ForkedCall:
    """function() started in a forked worker at once, while this process goes on; result()
    waits for its value. The worker leaves its value in a file and ends, so that its memory
    is free again as soon as it is done. Without a fork (see can_fork; it leaves room for
    this process to grow, GROWTH, and a forked_map worker besides), result() calls function
    itself. Use it as a context manager, so that the worker is waited for even when this
    process fails meanwhile.

    A second step, then(value), runs in the same worker once this process has taken the
    value (result()), and later() gives what it made: work for the end, when this process
    works alone (the report's JSON of the coverage, while the findings are sorted), by a
    worker that was forked while this process was small. Until the value is taken, the
    worker waits, blocked, and takes no time from the cores. Without a fork, later() calls
    then(result()) itself."""

    def __init__(self, function: Callable[[], Result],
                 then: Callable[[Result], object] | None = None):
        self.function, self.then, self.pid, self.file = function, then, 0, None
        self._value: tuple | None = None  # (result,) once taken
        # with a second step: the pipe that hands the value over, and the one that says
        # "taken" (a byte) or "not wanted" (closed)
        self._handed, self._go = None, -1
        if not can_fork(workers=2, growth=GROWTH):
            return
        self.file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by result() or __exit__
        read, write = os.pipe() if then is not None else (-1, -1)
        wait, go = os.pipe() if then is not None else (-1, -1)
        pid = os.fork()
        if pid == 0:
            if then is None:
                _worker(lambda: (function(),), os.dup(self.file.fileno()))
            os.close(read)
            os.close(go)
            _worker(lambda: (then(_handed_over(function(), write, wait)),),
                    os.dup(self.file.fileno()))
        self.pid = pid
        if then is not None:
            os.close(write)
            os.close(wait)
            self._handed, self._go = os.fdopen(read, "rb"), go

    @property
    def forked(self) -> bool:
        """Whether a worker makes the value."""
        return bool(self.pid)

    def result(self) -> Result:
        if self._value is None:
            self._value = (self._take(),)
        return self._value[0]

    def _take(self) -> Result:
        if not self.pid:
            return self.function()
        if self._handed is not None:
            with self._handed as stream:
                data = stream.read()
            self._handed = None
            if not data:  # the worker failed and ended
                return self.function()
            os.write(self._go, b"!")  # taken: the worker goes on with the second step
            return pickle.loads(data)[0]
        return self._finished(self.function)

    def later(self):
        """then(result()), made by the worker while this process went on."""
        value = self.result()
        if not self.pid:
            return self.then(value)
        return self._finished(lambda: self.then(value))

    def _finished(self, instead: Callable[[], object]):
        """The value the worker left in its file when it ended, or instead()."""
        self._wait()
        self.file.seek(0)
        data = self.file.read()
        self.file.close()
        done = pickle.loads(data) if data else None
        return instead() if done is None else done[0]

    def _wait(self) -> None:
        if self._handed is not None:
            self._handed.close()  # not taken: the worker's hand-over fails, and it ends
            self._handed = None
        if self._go >= 0:
            os.close(self._go)
            self._go = -1
        if self.pid:
            os.waitpid(self.pid, 0)
            self.pid = 0

    def __enter__(self) -> ForkedCall:
        return self

    def __exit__(self, *exc) -> None:
        self._wait()
        if self.file is not None:
            self.file.close()


def _handed_over(value, pipe: int, wait: int):
    """In a forked worker: hand `value` to the parent through `pipe`, and go on with it
    once the parent has taken it (a byte on `wait`; closed unread, it ends the worker)."""
    with os.fdopen(pipe, "wb") as stream:
        stream.write(pickle.dumps((value,), pickle.HIGHEST_PROTOCOL))
    if os.read(wait, 1) != b"!":
        raise EOFError("the value was not taken")
    return value
