"""Candidate pairs for the duplicate check, so that not all pairs are compared.

Two offers become a candidate pair when they share a block:
  * the same category, a common municipality and a common class band, or
  * a neighbourhood of categories (vocabularies.yaml, category_neighbourhoods), a common
    municipality and a common class band: double structures across categories, or
  * a common rare title word (stem) and a common municipality, whatever the category,
    so that a partner who chose another category does not hide a duplicate.
Offers that share no municipality are never compared: the same course in two towns is
no duplicate.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from generator.analyse.class_bands import offer_bands
from generator.analyse.pair_rules import PairRules
from generator.analyse.text_similarity import TextProfile
from generator.model.offer import Offer

# A title word shared by more offers of one municipality than this is too common to say
# anything ("Beratung"); such offers still meet in their category block.
MAX_TITLE_BLOCK = 60


def offer_municipalities(offer: Offer, all_municipalities: list[str]) -> list[str]:
    return all_municipalities if offer.covers_district else list(offer.municipalities)


def block_keys(offer: Offer, profile: TextProfile, municipalities: list[str],
               neighbourhoods: list[str] = ()):
    bands = offer_bands(offer)
    for ags in municipalities:
        for band in bands:
            yield ("c", offer.category, ags, band)
            for neighbourhood in neighbourhoods:
                yield ("n", neighbourhood, ags, band)
        for term in profile.title_terms:
            if len(term) >= 4:
                yield ("t", term, ags)


def candidate_pairs(offers: list[Offer], profiles: dict[str, TextProfile],
                    all_municipalities: list[str],
                    rules: PairRules | None = None) -> list[tuple[str, str]]:
    """Sorted id pairs (a < b) that share at least one block."""
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for offer in offers:
        municipalities = offer_municipalities(offer, all_municipalities)
        neighbourhoods = rules.neighbourhoods_of(offer.category) if rules else []
        for key in set(block_keys(offer, profiles[offer.id], municipalities, neighbourhoods)):
            blocks[key].append(offer.id)
    pairs: set[tuple[str, str]] = set()
    for key, members in blocks.items():
        if len(members) < 2 or (key[0] == "t" and len(members) > MAX_TITLE_BLOCK):
            continue
        pairs.update(combinations(sorted(members), 2))
    return sorted(pairs)
