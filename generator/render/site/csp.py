"""The Content-Security-Policy: only this site's own files, plus the theme's inline scripts
(theme/partials/javascripts/base.html, theme/404.html) allowed by their hashes."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

THEME_DIR = Path(__file__).parent / "theme"
_INLINE = re.compile(r"<script>(.*?)</script>", re.DOTALL)


INLINE_SCRIPT_TEMPLATES = (Path("partials") / "javascripts" / "base.html", Path("404.html"))


def inline_scripts() -> list[str]:
    """The inline scripts the theme overrides write into pages, byte for byte: the storage
    replacement on every page, the sub-path repair on the 404 page."""
    return [script for name in INLINE_SCRIPT_TEMPLATES
            for script in _INLINE.findall((THEME_DIR / name).read_text(encoding="utf-8"))]


def script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def policy() -> str:
    hashes = " ".join(script_hash(s) for s in inline_scripts())
    return "; ".join([
        "default-src 'none'",
        f"script-src 'self' {hashes}",
        "style-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",  # the district's video in sign language
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
    ])
