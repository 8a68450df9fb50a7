"""A small real data root for the quality report tests, written as YAML into tmp_path."""

from __future__ import annotations

from pathlib import Path

import yaml

NETWORK = {
    "district": {"name": "Kreis Testheim", "key": "05799", "state": "Nordrhein-Westfalen",
                 "site_name": "Angebote Kreis Testheim",
                 "coordination_email": "koordinierung@testheim.example.org"},
    "school_year": {"start": "2026-08-01", "end": "2027-07-31"},
    "municipalities": [{"ags": "05799004", "name": "Testheim", "kind": "Stadt"},
                       {"ags": "05799008", "name": "Mühlendorf"},
                       {"ags": "05799012", "name": "Seedorf"}],
    "schools": [
        {"id": "realschule-testheim", "name": "Realschule Testheim", "school_form": "realschule",
         "municipality": "05799004", "classes": [5, 6, 7, 8, 9, 10],
         "career_counsellor": "agentur/beratung"},
        {"id": "hauptschule-seedorf", "name": "Hauptschule Seedorf", "school_form": "hauptschule",
         "municipality": "05799012", "classes": [5, 6, 7, 8, 9, 10]},
    ],
    "coverage_rules": [{"id": "bewerbung-9-10", "category": "bewerbung", "classes": [9, 10],
                        "per": "municipality", "description": "Überall Bewerbungstraining 9–10."}],
    "authorities": [{"role": "agentur", "partner": "agentur", "municipalities": "kreisweit"},
                    {"role": "jobcenter", "partner": "jobcenter", "municipalities": "kreisweit"},
                    {"role": "jugendamt", "partner": "jobcenter", "municipalities": "kreisweit"}],
}


def partner(partner_id: str, name: str, kind: str = "traeger", roles=()) -> dict:
    data = {"id": partner_id, "name": name, "kind": kind,
            "contacts": [{"id": "beratung", "name": "Team Beratung",
                          "email": f"team@{partner_id}.example.org"}]}
    if roles:
        data["responsibilities"] = [{"role": role, "municipalities": "kreisweit",
                                     "contact": "beratung"} for role in roles]
    return data


PARTNERS = [partner("agentur", "Agentur für Arbeit Testheim", "agentur", ["agentur"]),
            partner("jobcenter", "Jobcenter Testheim", "jobcenter", ["jobcenter", "jugendamt"]),
            partner("traeger-a", "Bildungsträger A"), partner("traeger-b", "Bildungsträger B")]

TRAINING_TEXT = ("In drei Nachmittagen schreibst du deinen Lebenslauf und dein Anschreiben. "
                 "Danach üben wir das Vorstellungsgespräch im Rollenspiel.")


def offer(offer_id: str, provider: str, title: str, municipalities, *, classes=(9, 10),
          category: str = "bewerbung", summary: str = "Bewerbung üben für die Klassen 9 und 10.",
          description: str = TRAINING_TEXT, **extra) -> dict:
    data = {"id": offer_id, "provider": provider, "title": title, "summary": summary,
            "description": description, "category": category,
            "target": {"classes": list(classes), "audiences": ["schueler"]},
            "municipalities": municipalities, "contact": f"{provider}/beratung",
            "registration": {"required": False}, "costs": {"free": True}, "languages": ["de"],
            "accessibility": "Stufenlos erreichbar.", "last_reviewed": "2026-09-01"}
    data.update(extra)
    return data


def write_root(root: Path, offers: list[dict], partners=PARTNERS, network=NETWORK) -> Path:
    def dump(path: Path, data: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")

    dump(root / "network.yaml", network)
    for item in partners:
        dump(root / "partners" / f"{item['id']}.yaml", item)
    for item in offers:
        dump(root / "offers" / item["provider"] / f"{item['id']}.yaml", item)
    return root
