"""The Content-Security-Policy: only this site's own files, plus the theme's one inline script
(the storage replacement in theme/partials/javascripts/base.html) allowed by its hash."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

THEME_DIR = Path(__file__).parent / "theme"
_INLINE = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def inline_scripts() -> list[str]:
    """The inline scripts the theme overrides write into every page, byte for byte."""
    template = (THEME_DIR / "partials" / "javascripts" / "base.html").read_text(encoding="utf-8")
    return _INLINE.findall(template)


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
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
    ])
