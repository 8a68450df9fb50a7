"""Double structures as a meeting takes them: one question per kind of help.

Pairs of offers that give the same kind of help (one category, neighbouring categories as
vocabularies.yaml groups them, or a kind of help both texts give, help_kinds) form one group,
wherever in the district they meet: "Persönliche Begleitung: Jobcenter, Jugendamt and two
Träger in Rosenfeld and Lindenau". The steering group talks about the kind of help once;
the pairs inside it (each a finding of its own in the JSON) say which offers meet where.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.analyse.pair_rules import PairRules


@dataclass(frozen=True)
class StructureGroup:
    key: str  # help kind and the first offer id: stable while the group keeps that offer
    label: str  # the kind of help, as the steering group reads it
    offers: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...]


def help_kind(rules: PairRules, category_a: str, category_b: str,
              category_labels: dict[str, str]) -> tuple[str, str]:
    """The kind of help two offers share: their common neighbourhood, or their category. A
    neighbourhood that holds only for some pairs (only across Rechtskreise, only after school)
    names only pairs of two of its categories."""
    for key, (label, members) in rules.neighbourhoods.items():
        if category_a in members and category_b in members and (
                category_a != category_b or key not in rules.conditional):
            return key, label
    return category_a, category_labels.get(category_a, category_a)


def group_structures(pairs: list[tuple[str, str]], categories: dict[str, str],
                     rules: PairRules, category_labels: dict[str, str],
                     helped: dict[tuple[str, str], str] | None = None) -> list[StructureGroup]:
    """Groups of the double-structure `pairs` (offer ids); `categories` maps offer id to
    category, `helped` a pair of categories that are no neighbours to the kind of help both
    texts give (help_kinds.py). Groups come sorted by their key."""
    kinds: dict[str, tuple[str, list]] = {}
    for a, b in pairs:
        found = (helped or {}).get((a, b))
        key, label = (found, rules.helps.helps[found].label) if found else \
            help_kind(rules, categories[a], categories[b], category_labels)
        kinds.setdefault(key, (label, []))[1].append((a, b))
    groups = []
    for kind, (label, members) in kinds.items():
        offers = tuple(sorted({o for pair in members for o in pair}))
        groups.append(StructureGroup(f"{kind}:{offers[0]}", label, offers, tuple(sorted(members))))
    return sorted(groups, key=lambda g: g.key)
