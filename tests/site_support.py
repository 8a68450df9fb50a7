"""Shared helpers for the website tests: copy a data root, build a site, serve it, a browser."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import http.server
import shutil
import threading
import time
from pathlib import Path

from generator.render.site.build import build

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
# The day the demo data was last reviewed for: tests must not depend on the calendar.
DEMO_DAY = dt.date(2026, 11, 24)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def copy_site_config(root: Path) -> None:
    """mkdocs.yml and docs/ of this repository, so a tmp data root builds like the demo."""
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs", root / "docs", dirs_exist_ok=True)


def copy_demo(root: Path) -> Path:
    for name in ("network.yaml", "partners", "offers"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        else:
            shutil.copy(source, root / name)
    copy_site_config(root)
    return root


def build_site(root: Path, out: Path, today: dt.date | None = None) -> Path:
    result = build(root, out, out.parent / "print", today or DEMO_DAY,
                   progress=lambda _: None)
    assert result.ok, [f.message for f in result.findings.errors]
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    not_found: Path | None = None  # the page a missing path shows, as Git pages hosts do

    def log_message(self, *args) -> None:
        pass

    def send_error(self, code, message=None, explain=None) -> None:
        if code != 404 or self.not_found is None:
            super().send_error(code, message, explain)
            return
        body = self.not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve(folder: Path, not_found: Path | None = None):
    """Serve `folder` on 127.0.0.1, answering a missing path with `not_found`; yields the
    base URL."""
    handler_class = type("_Handler", (_QuietHandler,), {"not_found": not_found})
    handler = functools.partial(handler_class, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium():
    """Debian's chromium through Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def wait_until(page, expression: str, arg=None, timeout: float = 10.0) -> None:
    """Wait until `expression` (or a function of `arg`) holds in the page, asked from here:
    Playwright's wait_for_function polls with eval inside the page, which the site's
    Content-Security-Policy forbids whenever the first check fails."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"did not hold within {timeout} s: {expression}")
        page.wait_for_timeout(50)
