"""Finder benchmark: index size and browser timings for a synthetic district.

    nice .venv/bin/python bench/finder_bench.py --offers 10000 [--work /tmp/finder-bench]

For each size: synthetic data (bench/synthetic.py), the index as the build writes it, and a
page with the finder's real form and scripts (no theme, so the figures are the finder's own).
In headless Chromium it measures
- index size: raw and gzip, per offer (budget ≤ 1.5 KB gzip per offer);
- first paint of the page: the index must not be requested before the first interaction;
- loading: from the first focus to a ready finder (index, stemmer, engine);
- first results after a keystroke once loaded (budget ≤ 100 ms), median and worst of 20;
- the same on emulated "Slow 3G" (DevTools preset: 2 s latency, 50 kB/s): time from the
  first keystroke to the first results, index transfer included.
Run with `nice` and read the load (uptime) printed beside the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import http.server
import os
import shutil
import statistics
import sys
import threading
from pathlib import Path

from site_bench import log, prepare  # bench/ is the script folder

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TODAY = dt.date(2026, 11, 24)
SLOW_3G = {"offline": False, "latency": 2000, "downloadThroughput": 50_000,
           "uploadThroughput": 50_000}
QUERIES = ["Praktikum", "Bewerbung", "Flüchtling", "Lehrstelle", "Klasse 9 Praktikum", "Geld",
           "Bewerbng", "nach der Schule", "Ausbildung abgebrochen", "Schulabschluss",
           "Coaching", "Studium", "Behinderung", "Sprachkurs", "Berufsberatung", "Elternabend",
           "Jugendwerkstatt", "Potenzialanalyse", "Messe", "was soll ich werden"]


def write_site(root: Path, folder: Path) -> tuple[int, int, int]:
    """The finder page with its assets; returns (offers, raw bytes, gzip bytes)."""
    from generator.render.site.context import SiteContext
    from generator.render.site.finder_page import finder_block
    from generator.render.site.search_index import INDEX_PATH, search_files
    from generator.render.site.site_files import ASSET_DIR, OWN_ASSETS
    from generator.validate.check import check_data_root

    checked = check_data_root(root, TODAY)
    assert checked.ok, "synthetic data has errors"
    ctx = SiteContext(checked.dataset, TODAY)
    files = search_files(ctx)
    files.update({path: (ASSET_DIR / name).read_bytes() for path, name in OWN_ASSETS.items()})
    shutil.rmtree(folder, ignore_errors=True)
    for path, content in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content if isinstance(content, bytes) else content.encode())
    block = finder_block(ctx, "suche/", on_finder_page=True)
    page = ("<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Suche</title>"
            "<link rel='stylesheet' href='../assets/aw/finder.css'></head><body><h1>Suche</h1>"
            f"{block}<script src='../assets/aw/search.js' data-aw-root='../'></script>"
            "</body></html>")
    (folder / "suche").mkdir(exist_ok=True)
    (folder / "suche" / "index.html").write_text(page, encoding="utf-8")
    raw = (folder / INDEX_PATH).read_bytes()
    return len(ctx.current_offers()), len(raw), len(gzip.compress(raw, 9))


class _Gzip(http.server.SimpleHTTPRequestHandler):
    """Serves .json and .js gzip-compressed, as any web server would."""

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.suffix not in (".json", ".js") or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        import io
        return io.BytesIO(body)


def serve(folder: Path):
    handler = functools.partial(_Gzip, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


KEYSTROKE = """async ([text, needResults]) => {
  const field = document.getElementById('aw-q');
  const list = document.querySelector('[data-aw-results]');
  const status = document.querySelector('[data-aw-status]');
  return await new Promise(resolve => {
    const start = performance.now();
    const seen = new MutationObserver(() => {
      if (needResults && !list.children.length) { return; }
      seen.disconnect();
      resolve(performance.now() - start);
    });
    seen.observe(list, {childList: true});
    seen.observe(status, {childList: true, characterData: true, subtree: true});
    field.value = text;
    field.dispatchEvent(new InputEvent('input', {bubbles: true}));
  });
}"""


def measure(base: str, slow: bool) -> dict:
    from tests.site_support import chromium

    with chromium() as browser:
        page = browser.new_page()
        requested = []
        page.on("request", lambda r: requested.append(r.url))
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        if slow:
            cdp.send("Network.emulateNetworkConditions", SLOW_3G)
        page.goto(base + "suche/")
        paint = page.evaluate("performance.getEntriesByType('paint').map(p => p.startTime)")
        before = any("suchindex" in u for u in requested)
        started = page.evaluate("performance.now()")
        if slow:  # typed before anything was loaded: the index comes over the slow line
            first = page.evaluate(KEYSTROKE, ["Praktikum", True])
            return {"paint_ms": paint[0] if paint else None, "index_before_use": before,
                    "first_result_ms": first}
        page.focus("#aw-q")
        page.wait_for_function("!!(window.AwFinder && window.lunr && lunr.de)")
        page.evaluate(KEYSTROKE, ["x", False])  # the finder is built on the first search
        ready = page.evaluate("performance.now()") - started
        times = [page.evaluate(KEYSTROKE, [q, False]) for q in QUERIES]
        return {"paint_ms": paint[0] if paint else None, "index_before_use": before,
                "load_ms": ready, "keystroke_median_ms": statistics.median(times),
                "keystroke_max_ms": max(times)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, nargs="+", default=[10000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/finder-bench"))
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"load: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f}")
    print("| offers | index raw MB | index gzip MB | gzip B/offer | first paint ms | index "
          "before use | load ms | keystroke median/max ms | slow 3G first result s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for offers in args.offers:
        log(f"{offers} offers: data and index …")
        root = prepare(offers, args.work)
        count, raw, packed = write_site(root, args.work / f"site-{offers}")
        server, base = serve(args.work / f"site-{offers}")
        try:
            log("Chromium …")
            fast, slow = measure(base, slow=False), measure(base, slow=True)
        finally:
            server.shutdown()
        print(f"| {count} | {raw / 1e6:.2f} | {packed / 1e6:.2f} | {packed / count:.0f} | "
              f"{fast['paint_ms']:.0f} | {'yes' if fast['index_before_use'] else 'no'} | "
              f"{fast['load_ms']:.0f} | {fast['keystroke_median_ms']:.0f}/"
              f"{fast['keystroke_max_ms']:.0f} | {slow['first_result_ms'] / 1000:.1f} |",
              flush=True)
    print(f"load after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
