"""Edit-loop latency: how long a changed offer title takes to show in `mkdocs serve`.

    nice .venv/bin/python bench/edit_loop.py --offers 1000 10000 [--edits 7] [--work /tmp/edit-bench]

For each size: synthetic data (bench/synthetic.py), then a real `mkdocs serve` in a child
process. Each edit rewrites one offer's title (a different offer each time) and polls the
offer's page over HTTP until the new title is served; the figure is the median of the edits
(save → visible), next to the first, cold build. Bars: 1.5 s at 1k, 3 s at 10k.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import site_bench  # noqa: E402

TODAY = "2026-11-24"


def prepare(offers: int, work: Path) -> Path:
    """The site benchmark's data root, with the day fixed for `mkdocs serve`."""
    root = site_bench.prepare(offers, work)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("      root: .\n",
                                                    f"      root: .\n      today: '{TODAY}'\n"),
                                     encoding="utf-8")
    return root


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if text in fetch(url):
            return time.perf_counter() - started
        time.sleep(0.02)
    raise TimeoutError(f"{url} did not show {text!r} within {timeout} s")


def offer_files(root: Path, count: int) -> list[Path]:
    """Offers spread over the district whose pages exist (current, not school-internal)."""
    files = sorted((root / "offers").rglob("*.yaml"))
    step = max(1, len(files) // (count * 3))
    return files[::step]


def with_title_prefix(text: str, prefix: str) -> str:
    """The file with `prefix` before its title; the title line (and any wrapped
    continuation lines) becomes one double-quoted line."""
    title = yaml.safe_load(text)["title"]
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("title:"))
    end = start + 1
    while end < len(lines) and lines[end].startswith("  "):
        end += 1
    lines[start:end] = [f"title: {json.dumps(f'{prefix} {title}', ensure_ascii=False)}"]
    return "\n".join(lines) + "\n"


def measure(root: Path, edits: int) -> dict:
    """Serve `root`, edit `edits` titles one after another; every edited file gets its text
    back at the end (repeated runs on the same data do not grow the titles)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = root / "serve.log"  # a file, not a pipe: a long error must not block the server
    originals: dict[Path, str] = {}
    with open(log, "w", encoding="utf-8") as errors:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a",
                                   f"127.0.0.1:{port}"],
                                  cwd=root, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        started = time.perf_counter()
        wait_for(base, "</html>", 1800)
        cold = time.perf_counter() - started
        latencies = []
        for path in offer_files(root, edits):
            if len(latencies) == edits:
                break
            offer_id = path.stem
            url = f"{base}angebote/{offer_id}/"
            if "</html>" not in fetch(url):
                continue  # not current, or a school's own offer
            marker = f"Bench{len(latencies)}x{os.getpid()}"
            originals[path] = path.read_text(encoding="utf-8")
            changed = with_title_prefix(originals[path], marker)
            time.sleep(1.0)  # let the previous rebuild and its background work settle
            path.write_text(changed, encoding="utf-8")
            latencies.append(wait_for(url, marker, 600))
            site_bench.log(f"  edit {len(latencies)}: {latencies[-1]:.2f} s")
        return {"cold_s": cold, "median_s": statistics.median(latencies),
                "min_s": min(latencies), "max_s": max(latencies), "edits": len(latencies)}
    except TimeoutError:
        site_bench.log(log.read_text(encoding="utf-8")[-3000:])
        raise
    finally:
        server.terminate()
        server.wait(timeout=30)
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--offers", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--edits", type=int, default=7)
    parser.add_argument("--work", type=Path, default=Path("/tmp/edit-bench"))
    args = parser.parse_args()
    print(f"load: {os.getloadavg()[0]:.1f} (1 min average at start)")
    print("| offers | first build s | edit → visible, median s | min s | max s | edits |")
    print("|---:|---:|---:|---:|---:|---:|")
    for offers in args.offers:
        root = prepare(offers, args.work)
        result = measure(root, args.edits)
        print(f"| {offers} | {result['cold_s']:.1f} | {result['median_s']:.2f} | "
              f"{result['min_s']:.2f} | {result['max_s']:.2f} | {result['edits']} |",
              flush=True)


if __name__ == "__main__":
    main()
