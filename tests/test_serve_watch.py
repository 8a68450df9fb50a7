"""`mkdocs serve` on Linux watches with inotify: a save starts a rebuild at once, reading a
file (as every build does) starts none."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer

from generator.render.site.serve_watch import watch_with_inotify

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify: Linux")


def wants_rebuild(server: LiveReloadServer, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        with server._rebuild_cond:
            if server._want_rebuild:
                server._want_rebuild = False
                return True
        time.sleep(0.01)
    return False


def test_a_save_is_noticed_at_once_and_a_read_is_not(tmp_path: Path):
    offers = tmp_path / "offers" / "traeger-a"
    offers.mkdir(parents=True)
    offer = offers / "bewerbung.yaml"
    offer.write_text("title: Bewerbungstraining\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(tmp_path / "offers"))
    assert watch_with_inotify(server)
    assert "Polling" not in type(server.observer).__name__
    server.observer.start()
    try:
        offer.read_bytes()
        assert not wants_rebuild(server, 0.5)
        started = time.monotonic()
        offer.write_text("title: Bewerbungstraining am Samstag\n", encoding="utf-8")
        assert wants_rebuild(server, 5)
        assert time.monotonic() - started < 0.4  # mkdocs' polling: up to 0.5 s plus a scan
        (offers / "neu.yaml.tmp").write_text("title: Neu\n", encoding="utf-8")
        wants_rebuild(server, 0.5)
        (offers / "neu.yaml.tmp").rename(offers / "neu.yaml")  # editors save by renaming
        assert wants_rebuild(server, 5)
        new_partner = tmp_path / "offers" / "traeger-b"
        new_partner.mkdir()
        wants_rebuild(server, 0.5)
        (new_partner / "messe.yaml").write_text("title: Messe\n", encoding="utf-8")
        assert wants_rebuild(server, 5)  # a new folder is watched too
        offer.unlink()
        assert wants_rebuild(server, 5)
    finally:
        server.observer.stop()
        server.observer.join()


def test_the_served_page_allows_the_reload_script_mkdocs_adds():
    """The site's policy allows scripts by hash only; mkdocs adds an inline reload script to
    each served page, so the policy of the HTTP answer names that script's hash too."""
    import base64
    import hashlib
    import re

    from generator.render.site.csp import policy
    from generator.render.site.serve_reload import allow_reload_script

    csp = policy().replace("'", "&#39;")
    page = (f'<html><head><meta http-equiv="Content-Security-Policy" content="{csp}">'
            '</head><body><script>var theme = 1;</script><p>Angebot</p></body></html>').encode()
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root="/tmp")
    plain = server._inject_js_into_html(page, 1234)
    assert allow_reload_script(server)
    served = server._inject_js_into_html(page, 1234)
    added = re.findall(rb"<script>(.*?)</script>", served, re.S)[-1]
    assert b"livereload(1234" in added
    digest = base64.b64encode(hashlib.sha256(added).digest())
    assert b"&#39;sha256-" + digest + b"&#39;" in served
    assert plain.count(b"sha256-") + 1 == served.count(b"sha256-")  # the theme's stay
