"""The website's address, read from `site_url` in mkdocs.yml: QR codes, calendar entries and
exports must lead there."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import yaml

from generator.errors import UserError
from generator.load.file_tree import refuse_link_outside


class SiteConfigError(UserError):
    """mkdocs.yml is missing or has no usable site_url."""


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml may hold tags such as !!python/name or !ENV; only site_url matters here."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def read_site_url(root: Path) -> str:
    path = root / "mkdocs.yml"
    refuse_link_outside(root, path)
    if not path.is_file():
        raise SiteConfigError(f"{path} fehlt. Handouts und offene Daten brauchen die Adresse "
                              "der Website aus „site_url“ in mkdocs.yml.")
    try:
        config = yaml.load(path.read_text(encoding="utf-8"), Loader=_IgnoreTags)  # noqa: S506
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise SiteConfigError(f"{path} ist kein gültiges YAML in UTF-8: {exc}") from exc
    except OSError as exc:
        raise SiteConfigError(f"{path} kann nicht gelesen werden ({exc.strerror}).") from exc
    url = config.get("site_url") if isinstance(config, dict) else None
    if not isinstance(url, str) or not url.strip():
        raise SiteConfigError(f"{path}: „site_url“ fehlt. Trage die Adresse der Website ein, "
                              "z. B. „site_url: https://angebote.kreis-lindenau.example.org/“.")
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise SiteConfigError(f"{path}: „site_url: {url}“ ist keine https-Adresse. QR-Codes "
                              "auf Papier sollen auf https://… zeigen.")
    return url.strip().rstrip("/") + "/"
