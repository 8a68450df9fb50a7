"""`new offer` and `new school`: files to start from, with German comments taken from the
models' field descriptions, so a partner sees what each field means without the guide."""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from pathlib import Path

from generator.errors import UserError
from generator.model.base import closest
from generator.model.dataset import Dataset
from generator.model.offer import Offer, Target
from generator.model.text_rules import SLUG_PATTERN
from generator.model.vocabularies import Vocabularies


def _comment(model, name: str, extra: str = "", indent: str = "") -> str:
    text = f"{model.model_fields[name].description or ''} {extra}".strip()
    return "".join(f"{indent}# {line}\n" for line in textwrap.wrap(text, 92 - len(indent)))


def _allowed(vocabularies: Vocabularies, kind: str) -> str:
    terms = getattr(vocabularies, kind)
    return "Erlaubt: " + ", ".join(f"{key} ({terms[key].label})" for key in sorted(terms)) + "."


def _quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def free_id(taken, wanted: str) -> str:
    candidate, number = wanted, 2
    while candidate in taken:
        candidate, number = f"{wanted}-{number}", number + 1
    return candidate


def offer_template(data: Dataset, partner_id: str, offer_id: str, today: dt.date) -> str:
    partner = data.partners[partner_id]
    vocab = data.vocabularies
    towns = sorted({loc.municipality for loc in partner.locations})
    area = "[" + ", ".join(_quoted(ags) for ags in towns) + "]" if towns else "kreisweit"
    names = ", ".join(f"{m.ags} {m.name}" for m in data.network.municipalities)
    contacts = ", ".join(f"{partner_id}/{c.id}" for c in partner.contacts)
    return "".join([
        "# yaml-language-server: $schema=../../schemas/offer.schema.json\n",
        f"# Neues Angebot von {partner.name}. Fülle die leeren Felder aus. Zeilen mit # sind\n",
        "# Erklärungen und erscheinen nirgends. Danach prüfen: python -m generator check\n",
        _comment(Offer, "id"), f"id: {offer_id}\n",
        _comment(Offer, "provider"), f"provider: {partner_id}\n",
        _comment(Offer, "title"), "title:\n",
        _comment(Offer, "summary", "Sprich junge Menschen mit „du“ an."), "summary:\n",
        _comment(Offer, "description", "Lösche das # vor den Zeilen, um sie zu nutzen."),
        "# description: |\n#   Erster Absatz.\n#\n#   - ein Punkt\n#   - noch ein Punkt\n",
        _comment(Offer, "category", _allowed(vocab, "categories")), "category:\n",
        _comment(Offer, "target"), "target:\n",
        _comment(Target, "classes", indent="  "), "  classes: []\n",
        _comment(Target, "school_leavers", indent="  "), "  school_leavers: false\n",
        _comment(Target, "audiences", _allowed(vocab, "audiences"), "  "),
        "  audiences: [schueler]\n",
        _comment(Offer, "municipalities", f"Gemeinden: {names}."), f"municipalities: {area}\n",
        _comment(Offer, "contact", f"Deine Kontakte: {contacts}."),
        f"contact: {partner_id}/{partner.contacts[0].id}\n",
        _comment(Offer, "dates", "Beispiel: - start: 2026-10-12"), "dates: []\n",
        _comment(Offer, "status"), "status: active\n",
        _comment(Offer, "valid_until", "Leer lassen, wenn es kein Ende gibt."),
        "valid_until:\n",
        _comment(Offer, "last_reviewed"), f"last_reviewed: {today.isoformat()}\n",
    ])


def new_offer(data: Dataset, partner_id: str, offer_id: str | None, today: dt.date) -> Path:
    if partner_id not in data.partners:
        hint = closest(partner_id, data.partners)
        raise UserError(f"Den Partner „{partner_id}“ gibt es nicht."
                        + (f" Meintest du „{hint}“?" if hint else "")
                        + " Partner stehen in partners/<kennung>.yaml.")
    wanted = offer_id or "neues-angebot"
    _check_new_id(wanted)
    if offer_id and offer_id in data.offers:
        raise UserError(f"Das Angebot „{offer_id}“ gibt es schon. Wähle eine andere Kennung.")
    folder = data.root / "offers" / partner_id
    taken = set(data.offers) | {p.stem for p in folder.glob("*.yaml")}
    new_id = free_id(taken, wanted)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{new_id}.yaml"
    path.write_text(offer_template(data, partner_id, new_id, today), encoding="utf-8")
    return path


def _check_new_id(value: str) -> None:
    if not SLUG_PATTERN.fullmatch(value):
        raise UserError(f"Die Kennung „{value}“ ist ungültig: erlaubt sind kleine Buchstaben "
                        "a–z, Ziffern und einzelne Bindestriche, z. B. bewerbungstraining-herbst.")


def school_entry(school_id: str, name: str, school_form: str, ags: str,
                 classes: list[int]) -> str:
    return (f"  - id: {school_id}\n    name: {_quoted(name)}\n    school_form: {school_form}\n"
            f"    municipality: {_quoted(ags)}\n"
            f"    classes: [{', '.join(str(c) for c in classes)}]\n")


def school_partner(school_id: str, name: str, email: str | None, phone: str | None,
                   maintainers: list[str]) -> str:
    lines = [
        "# yaml-language-server: $schema=../schemas/partner.schema.json\n",
        f"id: {school_id}\n", f"name: {_quoted(name)}\n", "kind: schule\n",
        f"maintainers: [{', '.join(_quoted(m) for m in maintainers)}]\n",
        "contacts:\n", "  - id: berufsorientierung\n", "    name: Berufsorientierung (StuBo)\n",
    ]
    if email:
        lines.append(f"    email: {email}\n")
    if phone:
        lines.append(f"    phone: {_quoted(phone)}\n")
    return "".join(lines)


def insert_school(network_text: str, entry: str) -> str:
    """Append `entry` to the schools list of network.yaml, keeping every comment."""
    lines = network_text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"schools:\s*(\[\s*\])?\s*$",
                                                                 line)), None)
    if start is None:
        tail = "" if network_text.endswith("\n") else "\n"
        return f"{network_text}{tail}\nschools:\n{entry}"
    lines[start] = "schools:\n"
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " -#"):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return "".join(lines[:end] + [entry] + lines[end:])


def _classes(text: str) -> list[int]:
    first, _, last = text.partition("-")
    try:
        low, high = int(first), int(last or first)
    except ValueError:
        raise UserError(f"„{text}“ sind keine Jahrgangsstufen. Schreibe z. B. 5-10.") from None
    if not 5 <= low <= high <= 13:
        raise UserError(f"„{text}“: Jahrgangsstufen liegen zwischen 5 und 13, z. B. 5-10.")
    return list(range(low, high + 1))


def _check_school(data: Dataset, school_id: str, school_form: str, ags: str,
                  email: str | None, phone: str | None) -> None:
    _check_new_id(school_id)
    if data.school(school_id) or school_id in data.partners:
        raise UserError(f"Die Kennung „{school_id}“ gibt es schon. Wähle eine andere.")
    forms = data.vocabularies.school_forms
    if school_form not in forms:
        hint = closest(school_form.lower(), forms)
        raise UserError(f"Die Schulform „{school_form}“ gibt es nicht."
                        + (f" Meintest du „{hint}“?" if hint else "")
                        + f" Erlaubt sind: {', '.join(sorted(forms))}.")
    if data.network.municipality(ags) is None:
        raise UserError(f"Den Gemeindeschlüssel „{ags}“ gibt es im Netzwerk nicht. Möglich: "
                        + ", ".join(f"{m.ags} ({m.name})" for m in data.network.municipalities)
                        + ".")
    if not (email or phone):
        raise UserError("Die Schule braucht einen Kontakt: gib --email oder --phone an.")


def add_school(data: Dataset, school_id: str, name: str, school_form: str, ags: str,
               classes: str, email: str | None, phone: str | None, maintainers: list[str],
               today: dt.date) -> list[Path]:
    """Enter a school in network.yaml, write its partner file and keep CODEOWNERS current.
    Nothing is written when the result would not pass the check."""
    from generator.render.codeowners import render_codeowners
    from generator.validate.check import check_data_root

    _check_school(data, school_id, school_form, ags, email, phone)
    network_path = data.root / "network.yaml"
    partner_path = data.root / "partners" / f"{school_id}.yaml"
    old_network = network_path.read_text(encoding="utf-8")
    entry = school_entry(school_id, name, school_form, ags, _classes(classes))
    network_path.write_text(insert_school(old_network, entry), encoding="utf-8")
    partner_path.write_text(school_partner(school_id, name, email, phone, maintainers),
                            encoding="utf-8")
    checked = check_data_root(data.root, today)
    mine = [f for f in checked.findings.errors
            if f.file in ("network.yaml", f"partners/{school_id}.yaml")]
    if mine or checked.dataset is None:
        network_path.write_text(old_network, encoding="utf-8")
        partner_path.unlink()
        raise UserError("Die Schule wurde nicht eingetragen: " + " ".join(
            f"{f.field}: {f.message}" for f in mine))
    written = [network_path, partner_path]
    owners = data.root / "CODEOWNERS"
    if owners.is_file() or maintainers:
        owners.write_text(render_codeowners(checked.dataset), encoding="utf-8")
        written.append(owners)
    return written
