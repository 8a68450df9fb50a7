"""Python's cyclic garbage collector paused while an analysis builds many objects that all
stay alive until it ends (blocks, profiles, pairs, findings).

Each collection walks every tracked object, the whole dataset included: at 10,000 offers the
collector took a third of the duplicate check, finding nothing to free. Reference counting
still frees everything at once; cycles wait until the collector runs again afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
