"""Class bands: the rows the steering group thinks in (KAoA phases), not single classes."""

from __future__ import annotations

from generator.model.offer import Offer

AFTER_SCHOOL = "nach der Schule"
BANDS: tuple[tuple[str, frozenset[int]], ...] = (
    ("5–7", frozenset({5, 6, 7})),
    ("8", frozenset({8})),
    ("9–10", frozenset({9, 10})),
    ("11–13", frozenset({11, 12, 13})),
)
BAND_NAMES: tuple[str, ...] = (*(name for name, _ in BANDS), AFTER_SCHOOL)


def bands_of_classes(classes) -> list[str]:
    chosen = set(classes)
    return [name for name, members in BANDS if members & chosen]


def offer_bands(offer: Offer) -> list[str]:
    """The bands an offer is for; an offer for parents or teachers only is for all."""
    bands = bands_of_classes(offer.target.classes)
    if offer.target.school_leavers:
        bands.append(AFTER_SCHOOL)
    return bands or list(BAND_NAMES)


def class_span(classes) -> str:
    """"9–10" for [9, 10], "8, 10" for [8, 10]."""
    ordered = sorted(set(classes))
    if not ordered:
        return ""
    if ordered == list(range(ordered[0], ordered[-1] + 1)) and len(ordered) > 1:
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(map(str, ordered))
