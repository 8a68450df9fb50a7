"""Authority is granted by the network, never claimed by a partner file.

network.yaml (authorities) says which partner is the Agentur für Arbeit, the Jobcenter or a
Jugendamt, and for which municipalities. A partner file may only name the contact that answers
within such a grant; it cannot claim a role, an authority kind or an authority's name.
"""

from __future__ import annotations

import re
import unicodedata

from generator.findings import Finding, error, warning
from generator.model.dataset import Dataset
from generator.model.network import ROLES

ROLE_LABELS = {"agentur": "Agentur für Arbeit", "jobcenter": "Jobcenter",
               "jugendamt": "Jugendamt"}
# Names of authorities, matched on a folded form of the partner name (see fold_name).
_AUTHORITY_NAMES = {
    "agentur": re.compile(r"agentur(fu|fue|fur|fuer)?arbeit|arbeitsagentur|bundesagentur"),
    "jobcenter": re.compile(r"jobcent(er|re)"),
    "jugendamt": re.compile(r"jugendam(t|ter)"),
}
# Letters from other alphabets and digits that pass for Latin letters in a name.
_LOOKALIKES = str.maketrans("аеорсухіјвкмнтАЕОРСУХІЈВКМНТ0135", "aeopcyxijbkmhtaeopcyxijbkmhtoles")


def fold_name(name: str) -> str:
    """Lower case Latin letters only: „J0b-Center“, „Jоbcenter“ (Cyrillic о) → jobcenter."""
    text = unicodedata.normalize("NFKD", name.translate(_LOOKALIKES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z]", "", text.replace("ß", "ss"))


def imitated_roles(name: str) -> list[str]:
    """The authority roles whose name `name` contains or imitates."""
    folded = fold_name(name)
    return [role for role, pattern in _AUTHORITY_NAMES.items() if pattern.search(folded)]


def check_authorities(data: Dataset) -> list[Finding]:
    return [*_check_grants(data), *_check_partners(data)]


def _check_grants(data: Dataset) -> list[Finding]:
    findings = []
    for i, grant in enumerate(data.network.authorities):
        where = data.locate("network", "", ("authorities", i, "partner"))
        if grant.partner not in data.partners and grant.partner not in data.invalid_partner_ids:
            findings.append(error("unknown-partner", f"Die Rolle {grant.role} ist dem Partner "
                                  f"„{grant.partner}“ gewährt, den es nicht gibt. Prüfe die "
                                  "Kennung (Dateiname in partners/ ohne .yaml).", *where))
            continue
        partner = data.partners.get(grant.partner)
        if partner is not None and not any(d.role == grant.role
                                           for d in partner.responsibilities):
            findings.append(warning("authority-unused", f"network.yaml gewährt „{partner.id}“ "
                                    f"die Rolle {grant.role}, die Partnerdatei nennt aber "
                                    "keinen Kontakt dafür. Der Partner ergänzt "
                                    f"responsibilities (role: {grant.role}) in "
                                    f"partners/{partner.id}.yaml.", *where))
    return findings


def _check_partners(data: Dataset) -> list[Finding]:
    findings = []
    for partner in data.partners.values():
        granted = {role for role in ROLES if data.network.grants(partner.id, role)}
        if partner.kind in ROLES and partner.kind not in granted:
            findings.append(_not_granted(data, partner.id, ("kind",), "authority-kind",
                                         f"Die Art „{partner.kind}“ haben nur Partner, denen "
                                         "network.yaml die Rolle gewährt.", partner.kind))
        for role in imitated_roles(partner.name):
            if role not in granted:
                findings.append(_not_granted(
                    data, partner.id, ("name",), "authority-name", f"Der Name „{partner.name}“ "
                    f"klingt nach {ROLE_LABELS[role]}, der Partner hat diese Rolle aber nicht. "
                    "Wähle einen Namen, der nicht mit einer Behörde verwechselt werden kann.",
                    role))
        for i, duty in enumerate(partner.responsibilities):
            findings += _check_duty(data, partner.id, i, duty)
    return findings


def _check_duty(data: Dataset, partner_id: str, index: int, duty) -> list[Finding]:
    path = ("responsibilities", index)
    if not data.network.grants(partner_id, duty.role):
        return [_not_granted(data, partner_id, (*path, "role"), "authority-role",
                             f"Die Rolle {duty.role} ({ROLE_LABELS[duty.role]}) kann sich ein "
                             "Partner nicht selbst geben.", duty.role)]
    area = data.municipality_keys if duty.municipalities == "kreisweit" else duty.municipalities
    outside = [ags for ags in area if not data.network.is_granted(partner_id, duty.role, ags)]
    if not outside:
        return []
    names = ", ".join(_town(data, ags) for ags in outside)
    return [error("authority-area", f"Die Rolle {duty.role} ist „{partner_id}“ nicht für "
                  f"{names} gewährt. Nenne nur die Gemeinden, die network.yaml unter "
                  "authorities für diesen Partner nennt, oder bitte die Koordinierung, die "
                  "Rolle zu erweitern.", *data.locate("partner", partner_id,
                                                       (*path, "municipalities")))]


def _not_granted(data: Dataset, partner_id: str, path: tuple, code: str, reason: str,
                 role: str) -> Finding:
    return error(code, f"{reason} Die Koordinierung vergibt die Rollen in network.yaml unter "
                 f"authorities (role: {role}, partner: {partner_id}); bitte sie darum, wenn "
                 "der Partner diese Rolle wirklich hat.", *data.locate("partner", partner_id, path))


def _town(data: Dataset, ags: str) -> str:
    municipality = data.network.municipality(ags)
    return f"{municipality.name} ({ags})" if municipality else ags
