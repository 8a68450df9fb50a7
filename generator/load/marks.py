"""Line and column of every key and list item of a file, kept compactly after validation.

Findings name a line and column long after a file was read (report, site), so a document keeps
its marks while the district is in memory: 100k offers. A plain dict of path tuples to
(line, column) tuples costs about 8 KiB per offer. `PackedMarks` shares the paths between
files with the same layout (most offers list the same fields in the same order) and keeps
only one array of packed positions per file: about 0.5 KiB per offer.
"""

from __future__ import annotations

import weakref
from array import array

Path = tuple  # a path into the document: keys and list indexes
_COLUMN_BITS = 24  # a line is at most MAX_SCALAR_CHARS long; files are at most 4 MiB


class _Layout:
    """The paths of one file, in order, and each path's place: shared by equal files."""

    __slots__ = ("places", "__weakref__")

    def __init__(self, paths: tuple[Path, ...]):
        self.places = {path: place for place, path in enumerate(paths)}


_LAYOUTS: weakref.WeakValueDictionary[tuple, _Layout] = weakref.WeakValueDictionary()


class PackedMarks:
    """A read-only mapping path → (line, column), built from a dict of the same."""

    __slots__ = ("layout", "positions")

    def __init__(self, marks: dict[Path, tuple[int, int]]):
        paths = tuple(marks)
        layout = _LAYOUTS.get(paths)
        if layout is None:
            layout = _LAYOUTS[paths] = _Layout(paths)
        self.layout = layout
        self.positions = array("Q", (line << _COLUMN_BITS | column
                                     for line, column in marks.values()))

    def get(self, path: Path, default=None):
        place = self.layout.places.get(path)
        if place is None:
            return default
        packed = self.positions[place]
        return packed >> _COLUMN_BITS, packed & ((1 << _COLUMN_BITS) - 1)

    def __contains__(self, path: object) -> bool:
        return path in self.layout.places

    def __getitem__(self, path: Path) -> tuple[int, int]:
        found = self.get(path)
        if found is None:
            raise KeyError(path)
        return found

    def __len__(self) -> int:
        return len(self.positions)

    def items(self):
        return ((path, self[path]) for path in self.layout.places)
