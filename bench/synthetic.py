"""Scale the demo data root to N offers for benchmarks.

    python bench/synthetic.py --offers 10000 --out /tmp/kreis-10k [--source .]

The demo district is copied tile by tile: tile t gets its own municipalities
("Lindenau 7"), partners ("agentur-lindenau-t7"), schools and offers, so the result is a
large but realistic district (about 20 offers per municipality, like the demo), not one
town with thousands of copies. Within a tile the demo's deliberate near-duplicates and gaps
stay; across tiles the texts differ by town name and sentence order. "kreisweit" in a
tile becomes the tile's own municipalities. Tile 0 keeps the demo's ids. Same arguments,
same files.
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import sys
from pathlib import Path

import yaml


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data) -> bool:  # the strict loader rejects anchors
        return True


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def dump(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")


class Tile:
    """Renames for one copy of the district."""

    def __init__(self, number: int, network: dict):
        self.number = number
        self.ags = {m["ags"]: m["ags"] if number == 0 else f"{10_000_000 + number * 100 + i:08d}"
                    for i, m in enumerate(network["municipalities"])}
        self.names = {m["name"]: m["name"] if number == 0 else f"{m['name']} {number}"
                      for m in network["municipalities"]}
        self.random = random.Random(number)

    def id(self, value: str) -> str:
        return value if self.number == 0 else f"{value[:56]}-t{self.number}"

    def ref(self, value: str) -> str:
        partner, _, rest = value.partition("/")
        return f"{self.id(partner)}/{rest}"

    def partners(self, value):
        return value if value == "alle" else [self.id(p) for p in value]

    def area(self, value):
        return list(self.ags.values()) if value == "kreisweit" else [self.ags[a] for a in value]

    def text(self, value: str, shuffle: bool = False) -> str:
        for old, new in self.names.items():
            value = re.sub(rf"\b{re.escape(old)}\b", new, value)
        if shuffle and self.number:
            paragraphs = value.split("\n\n")
            self.random.shuffle(paragraphs)
            value = "\n\n".join(paragraphs)
        return value


def tile_network(network: dict, tiles: list[Tile]) -> dict:
    result = copy.deepcopy(network)
    result["municipalities"], result["schools"] = [], []
    for tile in tiles:
        for m in network["municipalities"]:
            result["municipalities"].append({**m, "ags": tile.ags[m["ags"]],
                                             "name": tile.names[m["name"]]})
        for school in network.get("schools", []):
            clone = {**school, "id": tile.id(school["id"]), "name": tile.text(school["name"]),
                     "municipality": tile.ags[school["municipality"]]}
            if school.get("career_counsellor"):
                clone["career_counsellor"] = tile.ref(school["career_counsellor"])
            result["schools"].append(clone)
    result["authorities"] = [{**a, "partner": tile.id(a["partner"]),
                              "municipalities": tile.area(a["municipalities"])}
                             for tile in tiles for a in network.get("authorities", [])]
    result["consents"] = [{**c, "owner": tile.id(c["owner"]),
                           "partners": tile.partners(c["partners"])}
                          for tile in tiles for c in network.get("consents", [])]
    result["intended_overlaps"] = [
        {**o, "municipality": tile.ags[o["municipality"]]}
        for tile in tiles for o in network.get("intended_overlaps", []) if "municipality" in o]
    return {k: v for k, v in result.items() if v != [] or k in network}


def tile_partner(partner: dict, tile: Tile) -> dict:
    clone = copy.deepcopy(partner)
    clone["id"] = tile.id(partner["id"])
    clone["name"] = tile.text(partner["name"]) + ("" if tile.number == 0 else f" ({tile.number})")
    for location in clone.get("locations", []):
        location["municipality"] = tile.ags[location["municipality"]]
    for duty in clone.get("responsibilities", []):
        duty["municipalities"] = tile.area(duty["municipalities"])
    for consent in clone.get("consents", []):
        consent["partners"] = tile.partners(consent["partners"])
    return clone


def tile_offer(offer: dict, tile: Tile, kept: set[str], distinct_wording: bool = False) -> dict:
    clone = copy.deepcopy(offer)
    clone["id"], clone["provider"] = tile.id(offer["id"]), tile.id(offer["provider"])
    clone["co_providers"] = [tile.id(p) for p in offer.get("co_providers", [])]
    clone["title"] = tile.text(offer["title"])
    clone["summary"] = tile.text(offer["summary"])
    if distinct_wording and tile.number:
        # a real district repeats little of its wording: no two tiles share a summary
        clone["summary"] += f" (Region {tile.number})"
    if offer.get("description"):
        clone["description"] = tile.text(offer["description"], shuffle=True)
    clone["municipalities"] = tile.area(offer["municipalities"])
    clone["venues"] = [tile.ref(v) for v in offer.get("venues", [])]
    clone["contact"] = tile.ref(offer["contact"])
    clone["intended_overlaps"] = [{**o, "offer": tile.id(o["offer"])}
                                  for o in offer.get("intended_overlaps", [])
                                  if tile.id(o["offer"]) in kept]
    return {k: v for k, v in clone.items() if v != [] or k in offer}


def generate(source: Path, out: Path, offers_wanted: int, distinct_wording: bool = False) -> int:
    """Write `offers_wanted` offers; with `distinct_wording` no two offers share their
    wording (the tiles' copies otherwise repeat every text that names no town)."""
    network = load(source / "network.yaml")
    partners = [load(p) for p in sorted((source / "partners").glob("*.yaml"))]
    offers = [load(p) for p in sorted((source / "offers").glob("*/*.yaml"))]
    count = -(-offers_wanted // len(offers))
    tiles = [Tile(t, network) for t in range(count)]
    chosen = [(tile, o) for tile in tiles for o in offers][:offers_wanted]
    kept = {tile.id(o["id"]) for tile, o in chosen}
    dump(out / "network.yaml", tile_network(network, tiles))
    for extra in ("vocabularies.yaml",):
        if (source / extra).is_file():
            (out / extra).write_bytes((source / extra).read_bytes())
    for tile in tiles:
        for partner in partners:
            dump(out / "partners" / f"{tile.id(partner['id'])}.yaml", tile_partner(partner, tile))
    for tile, offer in chosen:
        clone = tile_offer(offer, tile, kept, distinct_wording)
        dump(out / "offers" / clone["provider"] / f"{clone['id']}.yaml", clone)
    return len(chosen)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Synthetischen Datenordner erzeugen.")
    parser.add_argument("--offers", type=int, required=True, help="Zahl der Angebote")
    parser.add_argument("--out", type=Path, required=True, help="Zielordner (wird angelegt)")
    parser.add_argument("--source", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="Vorlage (Standard: der Demo-Kreis im Repository)")
    parser.add_argument("--distinct-wording", action="store_true",
                        help="keine zwei Angebote mit demselben Text (Titel, Kurztext, Beschreibung)")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        print(f"{args.out} ist nicht leer.", file=sys.stderr)
        return 2
    written = generate(args.source, args.out, args.offers, args.distinct_wording)
    print(f"{written} Angebote in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
