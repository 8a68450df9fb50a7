"""Work in forked processes: the search index, the open data and (while serving) the quality
page are made beside the pages.

- `in_forked_process(task)`: run `task` in a forked process; it inherits the data, so
  nothing is pickled but the result.
- `Jobs`: the background work of `mkdocs serve`, one job per name for one input key. A job
  whose inputs changed is ended rather than left to compete for the cores with the next save
  (at 10k offers a save slowed down fourfold); a killed job is started again by the next
  round that asks for it.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor

from generator.render.process_guard import end_when_orphaned

_CHILD_TASK: Callable[[], object] | None = None
_FORKING = threading.Lock()
_PROCESSES: dict[Future, list] = {}  # each future's process, while it may still run


def _run_child_task():
    assert _CHILD_TASK is not None
    return _CHILD_TASK()


def in_forked_process(task: Callable[[], object]) -> Future:
    """Run `task` in a forked process (serve starts them from a thread after each build)."""
    global _CHILD_TASK
    with _FORKING:
        _CHILD_TASK = task
        executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"),
                                       initializer=end_when_orphaned, initargs=(os.getpid(),))
        future = executor.submit(_run_child_task)
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False)  # this forgets the processes: note them first
        _CHILD_TASK = None
        for done in [f for f, ps in _PROCESSES.items() if not any(p.is_alive() for p in ps)]:
            del _PROCESSES[done]
        _PROCESSES[future] = processes
    return future


def running_pids() -> list[int]:
    with _FORKING:
        return [p.pid for ps in _PROCESSES.values() for p in ps if p.is_alive()]


def stop(future: Future) -> None:
    """End the process working on `future` (its result becomes a BrokenProcessPool error).
    A forked worker holds both ends of its task pipe, so it would otherwise wait for a next
    task forever."""
    with _FORKING:
        processes = _PROCESSES.pop(future, [])
    for process in processes:
        if process.is_alive():
            process.terminate()


def stop_all() -> None:
    with _FORKING:
        futures = list(_PROCESSES)
    for future in futures:
        stop(future)


class Jobs:
    """Background work by name, each for one input key: asking again with the same key gets
    the running (or finished) job; a new key ends the old job first."""

    def __init__(self) -> None:
        self.jobs: dict[str, tuple[str, Future]] = {}
        self.lock = threading.Lock()

    def start(self, name: str, key: str, task: Callable[[], object]) -> Future:
        with self.lock:
            known = self.jobs.get(name)
            if known is not None and known[0] == key and not _failed(known[1]):
                return known[1]
            if known is not None:
                stop(known[1])
            future = in_forked_process(task)
            self.jobs[name] = (key, future)
            return future

    def current(self, name: str) -> Future | None:
        known = self.jobs.get(name)
        return known[1] if known is not None else None

    def stop(self) -> None:
        """End every job (a save came: their inputs are out of date)."""
        with self.lock:
            for _, future in self.jobs.values():
                stop(future)
            self.jobs.clear()


def _failed(future: Future) -> bool:
    return future.done() and (future.cancelled() or future.exception() is not None)
