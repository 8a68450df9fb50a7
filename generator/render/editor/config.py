"""The Decap CMS configuration (config.yml of /redaktion/), generated from the models and the
district's data: one collection of offers per partner, the partners, and network.yaml for the
coordination. Every save becomes a pull or merge request (editorial workflow)."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from generator.model.dataset import Dataset
from generator.model.network import EditorSettings, Network
from generator.model.offer import Offer
from generator.model.partner import Partner
from generator.render.editor.fields import Choices, model_fields

DEFAULT_HOSTS = {"gitlab": ("https://gitlab.com", "https://gitlab.com/api/v4"),
                 "github": ("https://api.netlify.com", "https://api.github.com")}
COMMIT_MESSAGES = {
    "create": "Neu: {{collection}} „{{slug}}“ (Browser-Editor)",
    "update": "Geändert: {{collection}} „{{slug}}“ (Browser-Editor)",
    "delete": "Gelöscht: {{collection}} „{{slug}}“ (Browser-Editor)",
    "uploadMedia": "Datei hochgeladen: {{path}}",
    "deleteMedia": "Datei gelöscht: {{path}}",
    "openAuthoring": "{{message}}",
}


def hosts(settings: EditorSettings) -> tuple[str, str]:
    """(base_url, api_root) of the Git host: the only other host the editor talks to."""
    base, api = DEFAULT_HOSTS[settings.backend]
    if settings.base_url and settings.backend == "gitlab" and not settings.api_root:
        api = settings.base_url.rstrip("/") + "/api/v4"
    return settings.base_url or base, settings.api_root or api


def origins(settings: EditorSettings | None) -> list[str]:
    if settings is None:
        return []
    found = []
    for url in hosts(settings):
        parts = urlsplit(url)
        found.append(f"{parts.scheme}://{parts.netloc}")
    return sorted(set(found))


def backend_config(settings: EditorSettings | None) -> dict:
    if settings is None:  # only with the local Git server (local_backend replaces it)
        return {"name": "git-gateway", "branch": "main", "commit_messages": COMMIT_MESSAGES}
    base_url, api_root = hosts(settings)
    backend = {"name": settings.backend, "repo": settings.repo, "branch": settings.branch,
               "base_url": base_url, "api_root": api_root, "squash_merges": True,
               "commit_messages": COMMIT_MESSAGES}
    if settings.backend == "gitlab":
        backend.update({"auth_type": "pkce", "app_id": settings.app_id or ""})
    return backend


def offer_collection(data: Dataset, partner_id: str, choices: Choices) -> dict:
    partner = data.partners[partner_id]
    fields = model_fields(Offer, choices, skip=("provider",))
    fields.insert(1, {"name": "provider", "label": "Anbieter", "widget": "hidden",
                      "default": partner_id})
    return {"name": f"angebote-{partner_id}", "label": f"Angebote: {partner.name}",
            "label_singular": "Angebot", "folder": f"offers/{partner_id}", "create": True,
            "delete": True, "extension": "yaml", "format": "yaml", "identifier_field": "title",
            "slug": "{{fields.id}}", "summary": "{{title}}",
            "sortable_fields": ["title", "last_reviewed"], "fields": fields}


def decap_config(data: Dataset, local_port: int | None = None) -> dict:
    choices = Choices(data)
    settings = data.network.editor
    collections = [offer_collection(data, pid, choices) for pid in
                   sorted(data.partners, key=lambda p: data.partners[p].name)]
    collections.append({
        "name": "partner", "label": "Partner", "label_singular": "Partner",
        "folder": "partners", "create": True, "delete": False, "extension": "yaml",
        "format": "yaml", "identifier_field": "name", "slug": "{{fields.id}}",
        "summary": "{{name}}", "fields": model_fields(Partner, choices)})
    collections.append({
        "name": "netzwerk", "label": "Netzwerk (Koordinierung)", "delete": False,
        "files": [{"name": "network", "label": "Kreis, Gemeinden und Schulen",
                   "file": "network.yaml", "format": "yaml",
                   "fields": model_fields(Network, choices)}]})
    config = {"backend": backend_config(settings), "publish_mode": "editorial_workflow",
              "locale": "de", "media_folder": "docs/assets/redaktion",
              "public_folder": "/assets/redaktion", "show_preview_links": False,
              "editor": {"preview": False}, "collections": collections}
    if local_port is not None:
        config["local_backend"] = {"url": f"http://127.0.0.1:{local_port}/api/v1",
                                   "allowed_hosts": ["127.0.0.1", "localhost"]}
    return config


def render_config(data: Dataset, local_port: int | None = None) -> str:
    """config.yml as JSON text (JSON is YAML): sorted keys, same bytes for the same data."""
    return json.dumps(decap_config(data, local_port), ensure_ascii=False, indent=1,
                      sort_keys=True) + "\n"
