"""CODEOWNERS from the maintainers in the data: a partner's files can only be changed with
the approval of its own maintainers (or the coordination), on GitHub and GitLab alike.

Who a partner is (name, kind, maintainers, responsibilities, consents) is written into
CODEOWNERS as well, one "# identity" line per partner. CODEOWNERS itself belongs to the
coordination alone, and CI runs `codeowners --check`: a pull request that changes a partner's
identity fails until CODEOWNERS is regenerated, and that regenerated file needs the
coordination's approval. A partner can thus keep its contacts and offers up to date on its
own, but cannot rename itself, change its kind, its roles or its maintainers unnoticed.
"""

from __future__ import annotations

import json

from generator.model.dataset import Dataset
from generator.model.partner import Partner

HEADER = ("# Erzeugt mit: python -m generator codeowners. Nicht von Hand ändern: die Kennungen\n"
          "# stehen unter maintainers in network.yaml (district) und in partners/<kennung>.yaml.\n"
          "# Die Zeilen „# identity“ halten fest, was die Koordinierung freigegeben hat: Name,\n"
          "# Art, Zuständigkeiten, Freigaben und maintainers jedes Partners.\n")
IDENTITY_PREFIX = "# identity "
IDENTITY_FIELDS = {"name": "Name (name)", "kind": "Art (kind)",
                   "maintainers": "maintainers", "responsibilities": "Zuständigkeiten "
                   "(responsibilities)", "consents": "Freigaben für andere Partner (consents)"}
# Files only the coordination may approve: later lines win, so these come last.
COORDINATION_FILES = ("/CODEOWNERS", "/network.yaml", "/vocabularies.yaml", "/.github/",
                      "/.gitlab-ci.yml", "/generator/", "/schemas/")


def partner_identity(partner: Partner) -> dict:
    """The fields of a partner that only the coordination may approve."""
    data = partner.model_dump(mode="json", include=set(IDENTITY_FIELDS) | {"id"})
    return {key: data.get(key) for key in ("id", *IDENTITY_FIELDS)}


def render_codeowners(data: Dataset) -> str:
    coordination = list(data.network.district.maintainers)
    lines = [HEADER]
    if coordination:
        lines.append(_line("*", coordination))
    for partner in sorted(data.partners.values(), key=lambda p: p.id):
        lines.append(IDENTITY_PREFIX + json.dumps(partner_identity(partner), ensure_ascii=False,
                                                  sort_keys=True, separators=(",", ":")))
        owners = list(dict.fromkeys([*partner.maintainers, *coordination]))
        if owners:
            lines.append(_line(f"/partners/{partner.id}.yaml", owners))
            lines.append(_line(f"/offers/{partner.id}/", owners))
    if coordination:
        lines += [_line(path, coordination) for path in COORDINATION_FILES]
    return "\n".join(lines) + "\n"


def identity_changes(current: str | None, data: Dataset) -> list[str]:
    """German sentences naming each approved identity that the partner files changed."""
    approved = _identities(current or "")
    changes = []
    for partner in sorted(data.partners.values(), key=lambda p: p.id):
        now = partner_identity(partner)
        before = approved.get(partner.id)
        if before is None:
            changes.append(f"partners/{partner.id}.yaml: neuer Partner „{partner.name}“.")
            continue
        changes += [f"partners/{partner.id}.yaml: {label} geändert (vorher: "
                    f"{_show(before.get(key))}, jetzt: {_show(now[key])})."
                    for key, label in IDENTITY_FIELDS.items() if before.get(key) != now[key]]
    changes += [f"partners/{gone}.yaml: Partner entfernt." for gone in sorted(approved)
                if gone not in data.partners]
    return changes


def _identities(text: str) -> dict[str, dict]:
    found = {}
    for line in text.splitlines():
        if line.startswith(IDENTITY_PREFIX):
            try:
                identity = json.loads(line[len(IDENTITY_PREFIX):])
            except ValueError:
                continue
            if isinstance(identity, dict) and isinstance(identity.get("id"), str):
                found[identity["id"]] = identity
    return found


def _show(value) -> str:
    return json.dumps(value, ensure_ascii=False) if value not in (None, [], "") else "leer"


def _line(pattern: str, owners: list[str]) -> str:
    return f"{pattern} {' '.join(owners)}"
