"""How two partners' entries point at each other: one gives the other's contact, both link
the same page of their own, or one gives the other partner as a further provider. Such
pointers are evidence that the two entries describe one offer (pair_judgement.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.analyse.text_normal import says
from generator.model.offer import Offer

# A text sending young people into the exchange on the net that the district runs for all
# partners: "in der gemeinsamen Börse", "in das kreisweite Portal der KoKo", "auf der Börse des
# Kreises", "im Praktikumsportal des Kreises" (folded words). The exchange's own entry says
# what it is ("Kreisweite Online-Plattform für …"), not where to look.
_INTO = r"\b(?:in der|im|in das|ins|in die|auf der|auf die|ueber die|ueber das)"
_EXCHANGE = r"[a-z]*(?:boerse|portal|plattform|datenbank)"
_SHARED_EXCHANGE = re.compile(
    rf"{_INTO} (?:gemeinsamen?|kreisweiten?) {_EXCHANGE}\b"
    rf"|{_INTO} (?:online )?{_EXCHANGE} (?:des kreises|fuer den kreis|vom kreis)\b"
    rf"|\b{_EXCHANGE} wird vom kreis\b")
# the words one of those phrases needs, in the text as written: most texts hold none
_SHARED_HINT = re.compile(r"gemeinsam|kreis", re.IGNORECASE)


def declared_one(a: Offer, b: Offer) -> bool:
    """The entries themselves say they are one offer: one gives the other partner's contact,
    or both link the same page for details or registration (a page of its own, not a home
    page: two offers of one house may both link its home page). A co-provider is no such
    proof: the Handwerkskammer at the IHK's fair runs other offers of that kind as well.
    (One provider's two entries give its own contact: that says nothing.)"""
    if a.provider == b.provider:
        return False
    return _gives_contact(a, b) or bool(pages(a) & pages(b))


def pointers(a: Offer, b: Offer) -> list[str]:
    """In words, how two partners' entries point at each other (one provider's two entries:
    only the same page)."""
    if a.provider == b.provider:
        return ["beide verweisen auf dieselbe Seite"] if pages(a) & pages(b) else []
    said = []
    if co_provides(a, b):
        said.append("ein Eintrag führt den anderen Anbieter als weiteren Anbieter")
    if _gives_contact(a, b):
        said.append("ein Eintrag nennt den Kontakt des anderen Anbieters")
    if pages(a) & pages(b):
        said.append("beide verweisen auf dieselbe Seite")
    return said


def _gives_contact(a: Offer, b: Offer) -> bool:
    """One entry gives the other partner's contact ("partner/kontakt"), the one that
    partner's entry gives too: a Träger running several offers names a contact for each,
    and the Jugendamt's entry of one of them points at that one only."""
    return a.contact == b.contact and a.contact.split("/", 1)[0] in (a.provider, b.provider)


def pages(offer: Offer) -> set[str]:
    """The offer's links to a page of its own (with a path), without the scheme."""
    links = [offer.url, offer.registration.url if offer.registration else None]
    found = set()
    for link in links:
        if not link:
            continue
        bare = link.split("://", 1)[-1].split("#", 1)[0].rstrip("/").lower()
        if "/" in bare:
            found.add(bare)
    return found


def co_provides(a: Offer, b: Offer) -> bool:
    return b.provider in a.co_providers or a.provider in b.co_providers


@lru_cache(maxsize=4096)
def sends_to_shared_exchange(summary: str, description: str) -> bool:
    """Whether a text sends its readers into the district's shared exchange
    (_SHARED_EXCHANGE): a partner's notice of that exchange, not an exchange of its own."""
    return says(f"{summary} {description}", _SHARED_EXCHANGE, _SHARED_HINT)
