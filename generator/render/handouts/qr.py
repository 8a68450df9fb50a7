"""QR codes as vector SVG, always a full QR code (make_qr): phones cannot read Micro QR."""

from __future__ import annotations

import io
from functools import lru_cache

import segno

# Print: pure black ink (K 100 %); screen: plain black.
DARK = {"print": "device-cmyk(0 0 0 1)", "screen": "#000"}


@lru_cache(maxsize=65536)  # an offer's code appears in several handouts
def qr_svg(url: str, variant: str) -> bytes:
    code = segno.make_qr(url, error="m", boost_error=False)
    out = io.BytesIO()
    code.save(out, kind="svg", scale=1, border=4, dark="#000", xmldecl=False,
              svgns=True, nl=False, title=None, desc=None)
    svg = out.getvalue()
    size = code.symbol_size(scale=1, border=4)[0]
    svg = svg.replace(f'width="{size}" height="{size}"'.encode(),
                      f'viewBox="0 0 {size} {size}"'.encode(), 1)
    if variant == "print":  # segno only knows RGB colours; the print PDF needs CMYK black
        svg = svg.replace(b'stroke="#000"', f'fill="none" stroke="{DARK["print"]}"'.encode())
    return svg

