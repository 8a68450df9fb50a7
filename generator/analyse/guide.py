""""Wer hilft mir?": which institutions answer for a young person, from the district's rules
(vocabularies.yaml, guide_rules) and the partners' responsibilities per town.

The website's guide runs these rules in the browser from the data written here at build time;
the answers never leave the device.
"""

from __future__ import annotations

import datetime as dt

from generator.analyse.audience import is_for_young_people
from generator.analyse.responsibility import responsible_partners
from generator.analyse.selection import OfferIndex, is_school_internal
from generator.model.dataset import Dataset
from generator.model.offer import Offer
from generator.model.vocabularies import GuideRule

STAGES = {"schule": "Ich gehe noch zur Schule.", "fertig": "Ich bin mit der Schule fertig.",
          "ausbildung": "Ich mache eine Ausbildung."}


def rule_applies(rule: GuideRule, age: int, stage: str, buergergeld: bool) -> bool:
    return (stage in rule.stages
            and (rule.min_age is None or age >= rule.min_age)
            and (rule.max_age is None or age <= rule.max_age)
            and (rule.buergergeld is None or rule.buergergeld == buergergeld))


def applicable_rules(data: Dataset, age: int, stage: str,
                     buergergeld: bool) -> list[tuple[str, GuideRule]]:
    return [(rule_id, rule) for rule_id, rule in data.vocabularies.guide_rules.items()
            if rule_applies(rule, age, stage, buergergeld)]


def who_helps(data: Dataset, ags: str, age: int, stage: str, buergergeld: bool) -> list[str]:
    """Names of the partners that answer, in rule order (the most local per role)."""
    names = []
    for _, rule in applicable_rules(data, age, stage, buergergeld):
        found = responsible_partners(data, ags, rule.role)
        if found:
            names.append(found[0][0].name)
    return names


def offer_fits(offer: Offer, stage: str, age: int | None = None) -> bool:
    """A young person's offer that fits the stage (and age, when the offer names one)."""
    target = offer.target
    if stage == "schule" and not target.classes:
        return False
    if stage != "schule" and not target.school_leavers:
        return False
    if age is not None and ((target.min_age or 0) > age or (target.max_age or 99) < age):
        return False
    return is_for_young_people(offer)


def guide_offers(data: Dataset, today: dt.date) -> list[Offer]:
    """The offers the guide may show: current, for everyone, for young people."""
    return [o for o in OfferIndex.of(data, today).current
            if is_for_young_people(o) and not is_school_internal(data, o)]
