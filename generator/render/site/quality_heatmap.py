"""The coverage heat map for the quality page and the report PDF: categories × municipalities
as an inline SVG with a title, a description and numbers in every cell (colour is never the
only signal), plus the same numbers as an HTML table for screen readers and printing.

One picture for too little and too much: "!" and a red frame mark a gap a coverage rule
forbids, "+" and an orange frame a cell above the district's over-supply threshold."""

from __future__ import annotations

from html import escape

CELL_W, CELL_H, LABEL_W, HEAD_H = 84, 26, 290, 60
# Light to dark blue; text turns white from the fourth step on (contrast ≥ 4.5:1).
STEPS = ("#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b")
MISSING = "#b30000"
OVER = "#b35900"


def _step(count: int) -> int:
    return min(count, len(STEPS) - 1)


def heat_cells(report: dict) -> tuple[list[dict], list[dict], dict, set, dict]:
    """Places, categories, offers per (place, category), the gaps, and the over-supplied
    cells: (place, category) -> the class bands above the threshold."""
    coverage = report["coverage"]
    totals = {(t["municipality"], t["category"]): t["offers"] for t in coverage["totals"]}
    missing = {(c["municipality"], c["category"]) for c in coverage["cells"] if c["missing"]}
    over: dict[tuple[str, str], list[str]] = {}
    for c in coverage["cells"]:
        if c.get("oversupply") == "review":
            over.setdefault((c["municipality"], c["category"]), []).append(c["band"])
    return coverage["municipalities"], coverage["categories"], totals, missing, over


def _cell(x: int, y: int, count: int, is_missing: bool, is_over: bool) -> str:
    fill = STEPS[_step(count)]
    ink = "#ffffff" if _step(count) >= 3 else "#000000"
    stroke = f' stroke="{MISSING}" stroke-width="3"' if is_missing else \
        f' stroke="{OVER}" stroke-width="3"' if is_over else ' stroke="#ffffff"'
    label = f"{count}{' !' if is_missing else ''}{' +' if is_over else ''}"
    return (f'<rect x="{x}" y="{y}" width="{CELL_W}" height="{CELL_H}" fill="{fill}"{stroke}/>'
            f'<text x="{x + CELL_W // 2}" y="{y + 18}" text-anchor="middle" fill="{ink}">'
            f"{label}</text>")


def heatmap_svg(report: dict, font: str = "sans-serif") -> str:
    places, categories, totals, missing, over = heat_cells(report)
    width, height = LABEL_W + CELL_W * len(places), HEAD_H + CELL_H * len(categories)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="aw-heatmap" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             'aria-labelledby="heatmap-title heatmap-desc" font-size="13" '
             f'font-family="{escape(font)}">',
             '<title id="heatmap-title">Abdeckung: Angebote je Gemeinde und Kategorie</title>',
             '<desc id="heatmap-desc">Jede Zelle zeigt die Zahl der aktuellen Angebote einer '
             'Kategorie in einer Gemeinde; je dunkler, desto mehr. Ein Ausrufezeichen und ein '
             'roter Rand markieren eine Lücke, die eine Abdeckungsregel verbietet; ein Plus und '
             'ein orangefarbener Rand ein Überangebot, das die Steuergruppe prüfen soll. Die '
             'Tabelle unter der Karte enthält dieselben Zahlen.</desc>']
    for i, place in enumerate(places):
        x = LABEL_W + i * CELL_W + CELL_W // 2
        parts.append(f'<text x="{x}" y="{HEAD_H - 10}" text-anchor="middle">'
                     f"{escape(place['name'])}</text>")
    for j, category in enumerate(categories):
        y = HEAD_H + j * CELL_H
        parts.append(f'<text x="{LABEL_W - 8}" y="{y + 18}" text-anchor="end">'
                     f"{escape(category['label'])}</text>")
        for i, place in enumerate(places):
            key = (place["ags"], category["id"])
            parts.append(_cell(LABEL_W + i * CELL_W, y, totals.get(key, 0), key in missing,
                               key in over))
    parts.append("</svg>")
    return "\n".join(parts)


def marked_places(report: dict) -> list[dict]:
    """The municipalities with a gap or an over-supplied cell, in network order."""
    places, _, _, missing, over = heat_cells(report)
    marked = {ags for ags, _ in missing} | {ags for ags, _ in over}
    return [p for p in places if p["ags"] in marked]


def heatmap_table(report: dict, places: list[dict] | None = None) -> str:
    """The matrix as a table: categories by municipality (all, or only `places`)."""
    every, categories, totals, missing, over = heat_cells(report)
    places = every if places is None else places
    head = "".join(f'<th scope="col">{escape(p["name"])}</th>' for p in places)
    rows = []
    for category in categories:
        cells = []
        for place in places:
            key = (place["ags"], category["id"])
            # short marks as in the map; the words for screen readers
            note = (' !<span class="aw-sr"> Lücke</span>' if key in missing else "") + (
                f' +<span class="aw-sr"> Überangebot {escape(", ".join(over[key]))}</span>'
                if key in over else "")
            cells.append(f"<td>{totals.get(key, 0)}{note}</td>")
        rows.append(f'<tr><th scope="row">{escape(category["label"])}</th>{"".join(cells)}</tr>')
    return ('<table class="aw-heatmap-table"><caption>Aktuelle Angebote je Kategorie und '
            f'Gemeinde</caption><thead><tr><th scope="col">Kategorie</th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')
