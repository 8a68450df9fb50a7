"""The review preview, browsable from the downloaded artifact without a server: a copy of the
built site whose relative links to folders ("angebote/x/") point at their index.html, which a
browser opening files from disk does not add by itself."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

_LINK = re.compile(r'(\s(?:href|src|action)=")([^"]*)(")')
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _file_link(link: str, page: Path) -> str:
    if not link or link.startswith(("#", "/", "?")) or _SCHEME.match(link):
        return link
    path, hash_mark, fragment = link.partition("#")
    path, query_mark, query = path.partition("?")
    if path.endswith("/") or path.split("/")[-1] in (".", ".."):
        target = (page.parent / path).resolve() / "index.html"
        if target.is_file():
            path = path.rstrip("/") + "/index.html" if path not in ("", ".") else "index.html"
    return path + query_mark + query + hash_mark + fragment


def rewrite_page(text: str, page: Path) -> str:
    return _LINK.sub(lambda m: m.group(1) + _file_link(m.group(2), page) + m.group(3), text)


def offline_preview(site: Path, out: Path) -> int:
    """Copy `site` to `out` with file links; returns the number of pages rewritten."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(site, out)
    pages = 0
    for page in sorted(out.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        new = rewrite_page(text, page)
        if new != text:
            page.write_text(new, encoding="utf-8")
            pages += 1
    return pages
