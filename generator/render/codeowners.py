"""CODEOWNERS from the maintainers in the data: a partner's files can only be changed with
the approval of its own maintainers (or the coordination), on GitHub and GitLab alike."""

from __future__ import annotations

from generator.model.dataset import Dataset

HEADER = ("# Erzeugt mit: python -m generator codeowners. Nicht von Hand ändern: die Kennungen\n"
          "# stehen unter maintainers in network.yaml (district) und in partners/<kennung>.yaml.\n")


def render_codeowners(data: Dataset) -> str:
    coordination = list(data.network.district.maintainers)
    lines = [HEADER]
    if coordination:
        lines.append(_line("*", coordination))
    for partner in sorted(data.partners.values(), key=lambda p: p.id):
        owners = list(dict.fromkeys([*partner.maintainers, *coordination]))
        if owners:
            lines.append(_line(f"/partners/{partner.id}.yaml", owners))
            lines.append(_line(f"/offers/{partner.id}/", owners))
    return "\n".join(lines) + "\n"


def _line(pattern: str, owners: list[str]) -> str:
    return f"{pattern} {' '.join(owners)}"
