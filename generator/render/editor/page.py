"""/redaktion/: the browser editor for partners, served from the site's own files.

The Decap CMS files come from the npm package `decap-cms`, installed by scripts/setup-editor
into .editor/ (git-ignored); no CDN. The public pages never link here. This is the one page
that talks to another host: the district's Git host, and only after sign-in. Its own
Content-Security-Policy names exactly that host.
"""

from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

from generator.model.dataset import Dataset
from generator.render.editor.config import origins, render_config

EDITOR_PATH = "redaktion"
PACKAGE_ROOT = Path(__file__).resolve().parents[3]
ASSET_PREFIX = "decap-cms"


def assets_dir(root: Path) -> Path | None:
    """Where scripts/setup-editor put the Decap CMS files, or None when not installed."""
    candidates = [os.environ.get("ANGEBOTSWEGWEISER_EDITOR", ""),
                  root / ".editor" / "decap-cms", PACKAGE_ROOT / ".editor" / "decap-cms"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "decap-cms.js").is_file():
            return Path(candidate)
    return None


def policy(data: Dataset, local_port: int | None) -> str:
    hosts = origins(data.network.editor)
    if local_port is not None:
        hosts.append(f"http://127.0.0.1:{local_port}")
    extra = "".join(f" {h}" for h in hosts)
    return "; ".join([
        "default-src 'none'",
        # Decap compiles its YAML/markdown helpers at run time and loads its own chunks
        "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        f"img-src 'self' data: blob:{extra}",
        "font-src 'self' data:",
        f"connect-src 'self'{extra}",
        "worker-src 'self' blob:",
        "base-uri 'self'",
        "form-action 'none'",
    ])


def page_html(data: Dataset, local_port: int | None) -> str:
    name = html.escape(data.network.district.site_name)
    return f"""<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="{html.escape(policy(data, local_port), quote=False)}">
<title>Redaktion – {name}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript>Der Editor für Partner braucht JavaScript. Ohne JavaScript änderst du die Dateien
im Git-Dienst des Kreises (siehe Anleitung für Partner).</noscript>
<script src="{ASSET_PREFIX}.js"></script>
</body>
</html>
"""


def write_editor(data: Dataset, out: Path, local_port: int | None = None) -> Path | None:
    """Write the editor into `out` (e.g. site/redaktion); None when Decap is not installed."""
    source = assets_dir(data.root)
    if source is None:
        return None
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.iterdir()):
        if path.name.endswith((".js", ".wasm")) and not path.name.endswith(".map"):
            shutil.copyfile(path, out / path.name)
    (out / "config.yml").write_text(render_config(data, local_port), encoding="utf-8")
    (out / "index.html").write_text(page_html(data, local_port), encoding="utf-8")
    return out


def build_editor(data: Dataset, site_dir: Path, progress) -> None:
    """The build step: /redaktion/ when the district has set up the editor in network.yaml."""
    if data.network.editor is None:
        progress("Browser-Editor: nicht eingerichtet (Abschnitt editor in network.yaml).")
    elif write_editor(data, site_dir / EDITOR_PATH) is None:
        progress("Browser-Editor: nicht installiert (scripts/setup-editor); /redaktion/ fehlt.")
    else:
        progress(f"Browser-Editor: {site_dir / EDITOR_PATH}/ ({data.network.editor.backend}).")
