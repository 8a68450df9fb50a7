"""`mkdocs serve` notices a save at once: on Linux the data and docs folders are watched with
inotify instead of mkdocs' polling observer.

mkdocs polls every watched file twice a second: at 10k offers that is 20,000 stat calls a
second, most of a core taken from the build, and a save shows up to half a second (plus one
scan) late. inotify reports a change when it happens. Only changes count (created, written,
moved, deleted): the build itself reads the files, and reading must not start a rebuild.
Where inotify is not available (another system, a folder that runs out of inotify watches),
mkdocs' polling stays.
"""

from __future__ import annotations

import logging
import sys

from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEventHandler,
)

LOG = logging.getLogger("mkdocs.plugins.angebotswegweiser")
CHANGES = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent, FileClosedEvent]


def _observer_class():
    if not sys.platform.startswith("linux"):
        return None
    try:
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:
        return None

    class ChangesOnly(InotifyObserver):
        def schedule(self, event_handler, path, *, recursive=False, event_filter=None,
                     follow_symlink=False):
            return super().schedule(event_handler, path, recursive=recursive,
                                    event_filter=event_filter or CHANGES,
                                    follow_symlink=follow_symlink)

    return ChangesOnly


def watch_with_inotify(server) -> bool:
    """Move the server's watched paths to an inotify observer (call from on_serve, before
    the server starts); False: mkdocs' polling observer stays."""
    observer_class = _observer_class()
    watched = getattr(server, "_watched_paths", None)
    if observer_class is None or not isinstance(watched, dict) or server.observer.is_alive():
        return False
    paths = dict(watched)
    if not _works(observer_class, paths):
        LOG.info("Änderungen werden alle halbe Sekunde gesucht (inotify geht hier nicht).")
        return False
    for path, count in paths.items():
        for _ in range(count):
            server.unwatch(path)
    server.observer = observer_class()
    for path, count in paths.items():
        for _ in range(count):
            server.watch(path)
    return True


def _works(observer_class, paths) -> bool:
    """Whether inotify can watch every path (watches can run out on a big tree)."""
    probe = observer_class()
    try:
        for path in paths:
            probe.schedule(FileSystemEventHandler(), path, recursive=True)
        probe.start()
        return True
    except OSError:
        return False
    finally:
        if probe.is_alive():
            probe.stop()
            probe.join()
