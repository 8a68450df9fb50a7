"""Settings that several outputs read from the site's mkdocs.yml."""

from __future__ import annotations

from pathlib import Path

from generator.load.strict_yaml import read_yaml


def site_url_of(root: Path) -> str | None:
    """`site_url` from mkdocs.yml in the data root or the working folder, if set."""
    for folder in (root, Path.cwd()):
        path = folder / "mkdocs.yml"
        if path.is_file():
            document, _ = read_yaml(path.read_bytes(), "mkdocs.yml")
            value = document.data.get("site_url") if document else None
            return value if isinstance(value, str) and value else None
    return None
