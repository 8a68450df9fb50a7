"""Double structures as a meeting takes them: one question per kind of help.

Pairs of offers that give the same kind of help (one category, or neighbouring categories as
vocabularies.yaml groups them) and are linked through common offers form one group: "Persönliche
Begleitung: Jobcenter, Jugendamt and two Träger in Rosenfeld and Lindenau". The steering group
talks about the group; the pairs inside it (each a finding of its own in the JSON) say which
offers meet where.
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
    """The kind of help two offers share: their common neighbourhood, or their category."""
    for key, (label, members) in rules.neighbourhoods.items():
        if category_a in members and category_b in members:
            return key, label
    return category_a, category_labels.get(category_a, category_a)


class _Components:
    """Union-find over offer ids."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        while item != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group_structures(pairs: list[tuple[str, str]], categories: dict[str, str],
                     rules: PairRules, category_labels: dict[str, str]) -> list[StructureGroup]:
    """Groups of the double-structure `pairs` (offer ids); `categories` maps offer id to
    category. Groups come sorted by their key."""
    kinds: dict[str, tuple[str, _Components, list]] = {}
    for a, b in pairs:
        key, label = help_kind(rules, categories[a], categories[b], category_labels)
        _, components, members = kinds.setdefault(key, (label, _Components(), []))
        components.join(a, b)
        members.append((a, b))
    groups = []
    for kind, (label, components, members) in kinds.items():
        by_root: dict[str, list[tuple[str, str]]] = {}
        for a, b in members:
            by_root.setdefault(components.find(a), []).append((a, b))
        for root, linked in by_root.items():
            offers = tuple(sorted({o for pair in linked for o in pair}))
            groups.append(StructureGroup(f"{kind}:{root}", label, offers,
                                         tuple(sorted(linked))))
    return sorted(groups, key=lambda g: g.key)
