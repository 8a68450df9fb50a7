"""The temporary folders of `mkdocs serve`, named with the serving process's id.

A serve stopped with Ctrl+C removes its folders at shutdown. One stopped with SIGTERM (a
process supervisor, a benchmark) or SIGKILL cannot: its folders stayed in /tmp, 27 MB on the
demo district and more for a large one, one set per serve. So every new serve first removes the
folders whose process is gone. It only touches folders of its own name pattern that belong to
the same user and are real folders, not links.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

_NAME = re.compile(r"angebotswegweiser-(?:serve|refresh)-(?P<pid>\d+)-\w+")


def serve_folder(kind: str) -> Path:
    """A new temporary folder for this serve ("serve" or "refresh"), after removing the ones
    that killed serves left behind."""
    remove_orphaned_folders(Path(tempfile.gettempdir()))
    return Path(tempfile.mkdtemp(prefix=f"angebotswegweiser-{kind}-{os.getpid()}-"))


def remove_orphaned_folders(base: Path) -> None:
    try:
        entries = list(os.scandir(base))
    except OSError:
        return
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        if match is None or _alive(int(match["pid"])):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid():
            shutil.rmtree(entry.path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or a number no process has: leave it
    return True
