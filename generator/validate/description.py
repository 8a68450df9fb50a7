"""Descriptions use a small Markdown subset; text the website would have to change is an error."""

from __future__ import annotations

from generator.findings import Finding, error
from generator.model.dataset import Dataset
from generator.render.site.markdown_subset import description_problem


def check_descriptions(data: Dataset) -> list[Finding]:
    findings = []
    for offer in data.offers.values():
        if not offer.description:
            continue
        problem = description_problem(offer.description)
        if problem:
            findings.append(error(
                "description-markup", f"{problem}. Erlaubt sind Absätze, Listen (- oder 1.), "
                "**fett**, *kursiv* und [Linktext](https://…). Die Website zeigt nichts, was "
                "sie verändern müsste: ändere die Beschreibung.",
                *data.locate("offer", offer.id, ("description",))))
    return findings
