"""Ending the main process ends its workers, and a stop signal cleans up like Ctrl+C.

- `signals_stop_the_command()` turns SIGTERM and SIGHUP into KeyboardInterrupt while a
  command writes output, so a build that is stopped runs its clean-up (the half-written
  output folder is removed, workers end); then the caller's handlers are back.
- `worker_pool()` is a process pool whose workers the kernel ends when the main process
  ends, even by SIGKILL (Linux PR_SET_PDEATHSIG), and which on any error cancels what is
  queued and stops its workers instead of finishing every queued job first.
- `end_when_orphaned()` ends a process forked from a thread (the background work of
  `mkdocs serve`) once its parent is gone.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


@contextlib.contextmanager
def signals_stop_the_command() -> Iterator[None]:
    """While a command writes output, SIGTERM and SIGHUP end it like Ctrl+C (it cleans up);
    afterwards the caller's own handlers are back."""
    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    before = {name: signal.getsignal(getattr(signal, name)) for name in names}
    for name in names:
        signal.signal(getattr(signal, name), _interrupt)
    try:
        yield
    finally:
        for name, handler in before.items():
            signal.signal(getattr(signal, name), handler)


def die_with_parent(parent: int) -> None:
    """Pool initializer: end this worker when the process `parent` ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the main process' business
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    libc_name = ctypes.util.find_library("c")
    if libc_name:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # the parent ended before the signal was armed
        os._exit(1)


def end_when_orphaned(parent: int) -> None:
    """Initializer for a process forked from a thread (`mkdocs serve` does): the kernel's
    parent-death signal follows the forking thread, not the process, so a watcher thread ends
    this process once `parent` is gone, however it ended (SIGTERM, SIGKILL, a closed terminal)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="end-when-orphaned").start()


@contextlib.contextmanager
def worker_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    pool = ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent,
                               initargs=(os.getpid(),))
    try:
        yield pool
    except BaseException:
        processes = list(getattr(pool, "_processes", {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)
        raise
    pool.shutdown(wait=True)
