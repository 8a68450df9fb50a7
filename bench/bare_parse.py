"""The anchor for `check`: every YAML file of a data root parsed by libyaml, nothing else.

    .venv/bin/python bench/bare_parse.py ROOT
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def main(root: Path) -> int:
    documents = [yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
                 for path in sorted(root.rglob("*.yaml"))]
    return len(documents)


if __name__ == "__main__":
    print(main(Path(sys.argv[1])))
