"""The browser reloads itself in `mkdocs serve`: the site's Content Security Policy allows
only scripts it knows by hash, so the reload script mkdocs adds to every served page (an
inline script, new for each request) was blocked and a partner had to press F5 after a save.
While serving, each page's policy also names the hash of its own reload script. Only the
HTTP answer changes: the files in the site folder stay exactly those of a full build.
"""

from __future__ import annotations

import base64
import hashlib

SCRIPT_SRC = b"script-src &#39;self&#39;"


def allow_reload_script(server) -> bool:
    """Wrap the server's script injection (call from on_serve); False: mkdocs changed."""
    inject = getattr(server, "_inject_js_into_html", None)
    if inject is None:
        return False

    def inject_allowed(content: bytes, epoch) -> bytes:
        html = inject(content, epoch)
        start = html.rfind(b"<script>")  # the one mkdocs just added
        end = html.find(b"</script>", start)
        if start < 0 or end < 0 or SCRIPT_SRC not in html:
            return html
        digest = base64.b64encode(hashlib.sha256(html[start + 8:end]).digest())
        return html.replace(SCRIPT_SRC, SCRIPT_SRC + b" &#39;sha256-" + digest + b"&#39;", 1)

    server._inject_js_into_html = inject_allowed
    return True
