""""Wer hilft mir?": a static decision page that works without JavaScript, and the data its
small script needs to answer in the browser. Nothing is sent or stored: the script reads the
answers from the form and writes the result into the page."""

from __future__ import annotations

import json
from dataclasses import dataclass

from generator.analyse.guide import STAGES, guide_offers
from generator.analyse.responsibility import responsible_partners
from generator.model.vocabularies import GuideRule
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.fragments import age_span, mailto_href
from generator.render.site.page import page
from generator.render.site.pages_municipality import ROLE_TEXT
from generator.render.tel import tel_href

GUIDE_DATA = "assets/aw/wer-hilft-mir.json"
GUIDE_SCRIPT = "assets/aw/guide.js"
AGES = range(12, 28)


@dataclass(frozen=True)
class RuleText:
    role: str
    label: str
    when: str
    text: str


def when_text(rule: GuideRule) -> str:
    """The rule's condition in plain words: "für alle", "ab 15 bis 24 Jahre, wenn …"."""
    parts = []
    ages = age_span(rule.min_age, rule.max_age)
    if ages:
        parts.append(ages)
    if rule.buergergeld:
        parts.append("wenn deine Familie Bürgergeld bekommt")
    if set(rule.stages) != set(STAGES):
        parts.append("für alle, die sagen: " + " / ".join(STAGES[s] for s in rule.stages))
    return ", ".join(parts) if parts else "für alle"


def guide_page(ctx: SiteContext) -> tuple[str, str]:
    rules = [RuleText(r.role, ROLE_TEXT[r.role][0], when_text(r), r.text)
             for r in ctx.data.vocabularies.guide_rules.values()]
    towns = []
    for m in sorted(ctx.data.network.municipalities, key=lambda m: m.name):
        names = [(ROLE_TEXT[role][0], [p.name for p, _ in responsible_partners(ctx.data, m.ags,
                                                                              role)[:1]])
                 for role in ROLE_TEXT]
        towns.append((m, urls.municipality_path(m.name) + "#zustaendig", names))
    return page(urls.GUIDE_PATH, "Wer hilft mir?", "guide.html", kind="wer-hilft-mir",
                description="Drei kurze Fragen: Wer ist für dich zuständig?", rules=rules,
                towns=towns, stages=STAGES, ages=AGES, situations_path=urls.SITUATIONS_PATH)


def _contact(partner, contact) -> dict:
    return {"partner": partner.name, "partner_path": urls.partner_path(partner.id),
            "contact": contact.name, "phone": contact.phone or "",
            "tel": tel_href(contact.phone) if contact.phone else "",
            "email": contact.email or "",
            "mailto": mailto_href(contact.email) if contact.email else ""}


def _guide_entry(data, offer) -> dict:
    return {"id": offer.id, "title": offer.title, "path": urls.offer_path(offer.id),
            "towns": "*" if offer.covers_district else data.offer_municipalities(offer),
            "school": bool(offer.target.classes), "after": offer.target.school_leavers,
            "min_age": offer.target.min_age, "max_age": offer.target.max_age,
            "situations": offer.target.situations}


def guide_towns(data) -> dict[str, dict]:
    """Who answers for each town (network and partners only: `mkdocs serve` keeps it while
    only offers change; at 10k offers and 500 towns it takes seconds)."""
    towns = {}
    for m in data.network.municipalities:
        roles = {}
        for role in ROLE_TEXT:
            found = responsible_partners(data, m.ags, role)
            roles[role] = _contact(*found[0]) if found else None
        towns[m.ags] = {"name": m.name, "path": urls.municipality_path(m.name), "roles": roles}
    return towns


def guide_data(ctx: SiteContext, towns: dict[str, dict] | None = None,
               entries: dict[str, tuple] | None = None) -> str:
    """Everything the guide's script needs, as JSON (keys sorted: same input, same bytes);
    `towns`: guide_towns() of the same network and partners; `entries`: the offers' encoded
    entries of an earlier call (`mkdocs serve`), by offer id, reused for unchanged offers
    and updated here."""
    data = ctx.data
    towns = guide_towns(data) if towns is None else towns
    entries = {} if entries is None else entries
    rules = [{"role": r.role, "label": ROLE_TEXT[r.role][0], "stages": r.stages,
              "min_age": r.min_age, "max_age": r.max_age, "buergergeld": r.buergergeld,
              "text": r.text} for r in data.vocabularies.guide_rules.values()]
    offers = []
    for offer in guide_offers(data, ctx.today):
        known = entries.get(offer.id)
        if known is None or known[0] is not offer:
            known = entries[offer.id] = (offer, _json(_guide_entry(data, offer)))
        offers.append(known[1])
    # the same bytes as _json of the whole object, its keys in sorted order
    return (f'{{"coordination":{_json(data.network.district.coordination_email)},'
            f'"offers":[{",".join(offers)}],"rules":{_json(rules)},"towns":{_json(towns)}}}')


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
