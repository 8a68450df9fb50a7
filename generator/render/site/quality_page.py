"""The website's "Qualitätsbericht" page: pairs of both kinds side by side, the matrix of too
little and too much, the steering group's decisions and a to-do list per partner. Every
partner string is escaped with html.escape; links point only at the site's own offer and
partner pages."""

from __future__ import annotations

from html import escape

from generator.analyse.acknowledgements import OUTDATED
from generator.analyse.comparison_limits import CAPPED
from generator.analyse.duplicates import SAME_OFFER_CODES, STRUCTURE
from generator.analyse.oversupply import OVERSUPPLY
from generator.analyse.quality_finding import GAP_CODES
from generator.analyse.selection import is_school_internal
from generator.model.dataset import Dataset
from generator.render.report_common import (
    CODE_LABELS,
    headline,
    percent,
    section_findings,
)
from generator.render.site.escaping import front_matter, md_text
from generator.render.site.fragments import environment
from generator.render.site.quality_heatmap import heatmap_svg, heatmap_table, marked_places

PAGE_PATH, TITLE = "qualitaet/index.md", "Qualitätsbericht"


def offer_link(data: Dataset, offer_id: str) -> str:
    offer = data.offers.get(offer_id)
    if offer is None:
        return escape(offer_id)
    partner = data.partners.get(offer.provider)
    provider = escape(partner.name if partner else offer.provider)
    title = escape(offer.title)
    if not is_school_internal(data, offer):  # a school's own offers live on its pages only
        title = f'<a href="../angebote/{escape(offer_id)}/">{title}</a>'
    partner_link = f'<a href="../partner/{escape(offer.provider)}/">{provider}</a>'
    return f"{title}<br><small>{partner_link}</small>"


# A page, not the whole report: at 10,000 offers the lists would pass the page budget (300 KB).
# The full lists are in report --format pdf|md|json.
MAX_ROWS = 25
MAX_TASKS = 5
MAX_MAP_PLACES = 30  # wider maps are unreadable: the table alone shows the numbers


def _more(total: int, shown: int) -> str:
    if total <= shown:
        return ""
    return (f"<p>… und {total - shown} weitere. Alle stehen im Bericht "
            "(python -m generator report --format pdf).</p>")


def duplicate_table(data: Dataset, findings: list[dict], caption: str) -> str:
    if not findings:
        return f"<p>{escape(caption)}: keine.</p>"
    # data-label: on a phone each row becomes a card whose cells name their column
    rows = [f'<tr><td data-label="Angebot">{offer_link(data, f["offers"][0])}</td>'
            f'<td data-label="ähnliches Angebot">{offer_link(data, f["offers"][1])}</td>'
            f'<td data-label="Rechtskreise">{escape(" / ".join(f.get("legal_spheres") or []))}'
            f'</td><td data-label="Wert">{escape(percent(f["score"]))}</td>'
            f'<td data-label="Gründe">{escape(CODE_LABELS.get(f["code"], f["code"]))}: '
            f'{escape("; ".join(f["reasons"]))}</td></tr>' for f in findings[:MAX_ROWS]]
    return (f'<table class="aw-duplicates"><caption>{escape(caption)}</caption><thead><tr>'
            '<th scope="col">Angebot</th><th scope="col">ähnliches Angebot</th>'
            '<th scope="col">Rechtskreise</th><th scope="col">Wert</th>'
            f'<th scope="col">Gründe</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
            + _more(len(findings), MAX_ROWS))


def place_names(report: dict, keys: list[str], limit: int = 4) -> str:
    names = {m["ags"]: m["name"] for m in report["coverage"]["municipalities"]}
    shown = [names.get(k, k) for k in keys[:limit]]
    more = f" und {len(keys) - limit} weitere" if len(keys) > limit else ""
    return ", ".join(shown) + more


def structure_groups(data: Dataset, report: dict) -> str:
    """One item per question to the steering group: a kind of help, the partners and
    Rechtskreise involved, where, and the offers (the pairs are in the full report)."""
    groups = report["structure_groups"]
    if not groups:
        return "<p>Keine.</p>"
    items = []
    for group in groups[:MAX_ROWS]:
        spheres = " / ".join(group["legal_spheres"])
        offers = "".join(f"<li>{offer_link(data, o)}</li>"
                         for o in group["offers"][:MAX_TASKS])
        items.append(
            f"<li><strong>{escape(group['label'])}</strong>: {len(group['partners'])} Partner"
            f"{escape(f' ({spheres})' if spheres else '')} in "
            f"{escape(place_names(report, group['municipalities']))}, "
            f"{group['pairs']} {'Paar' if group['pairs'] == 1 else 'Paare'}<ul>{offers}</ul>"
            f"{_more(len(group['offers']), MAX_TASKS)}</li>")
    return f'<ol class="aw-structures">{"".join(items)}</ol>' + _more(len(groups), MAX_ROWS)


def finding_list(findings: list[dict]) -> str:
    if not findings:
        return "<p>Keine.</p>"
    items = "".join(f"<li>{escape(f['message'])}</li>" for f in findings[:MAX_ROWS])
    return f"<ul>{items}</ul>" + _more(len(findings), MAX_ROWS)


def todo_lists(data: Dataset, report: dict) -> str:
    messages = {f["key"]: f["message"] for f in report["findings"]}
    parts = []
    for entry in report["todo"][:MAX_ROWS]:
        name = escape(entry["name"])
        heading = (f'<a href="../partner/{escape(entry["partner"])}/">{name}</a>'
                   if entry["partner"] in data.partners else name)
        keys = entry["findings"]
        items = "".join(f"<li>{escape(messages[key])}</li>" for key in keys[:MAX_TASKS])
        parts.append(f"<h3>{heading} ({len(keys)})</h3><ul>{items}</ul>"
                     + _more(len(keys), MAX_TASKS))
    return "\n".join(parts) + _more(len(report["todo"]), MAX_ROWS) or "<p>Keine Aufgaben.</p>"


def coverage_map(report: dict) -> str:
    """The map and its table; a district with many municipalities gets only those with a
    gap or an over-supply (at most MAX_MAP_PLACES), the whole matrix is in the report."""
    total = len(report["coverage"]["municipalities"])
    if total <= MAX_MAP_PLACES:
        return f'<div class="aw-heatmap-wrap">{heatmap_svg(report)}</div>\n' \
            + heatmap_table(report)
    marked = marked_places(report)
    note = (f"<p>Die Tabelle zeigt {min(len(marked), MAX_MAP_PLACES)} von {total} Gemeinden: "
            "die mit Lücke oder Überangebot. Die ganze Matrix steht im Bericht "
            "(python -m generator report --format pdf).</p>")
    return note + heatmap_table(report, marked[:MAX_MAP_PLACES])


SECTIONS = ("doppelt", "doppelstruktur", "zu-wenig-zu-viel", "entscheidungen", "aufgaben")


def jump_links(same: int, questions: int, decisions: int) -> str:
    """The page's "Auf dieser Seite" links (the site's jump_nav macro), with the counts."""
    labels = ("Dasselbe Angebot doppelt", "Doppelstruktur?", "Zu wenig und zu viel",
              "Entscheidungen", "Aufgaben je Partner")
    counts = (same, questions, None, decisions, None)
    sections = [{"id": i, "label": label, "count": n}
                for i, label, n in zip(SECTIONS, labels, counts, strict=True)]
    macros = environment().get_template("_macros.html").module
    return str(macros.jump_nav(sections)).strip()


def page_body(data: Dataset, report: dict) -> str:
    same = section_findings(report, SAME_OFFER_CODES)
    structures = section_findings(report, (STRUCTURE,))
    cells = section_findings(report, (OVERSUPPLY,))
    gaps = section_findings(report, GAP_CODES)
    capped = section_findings(report, (CAPPED,))
    outdated = section_findings(report, (OUTDATED,))
    limit = report["coverage"]["oversupply"]["max_offers"]
    return "\n".join([
        f"<p>{escape(headline(report))}</p>",
        jump_links(len(same), len(report["structure_groups"]), len(report["acknowledged"])),
        f'<h2 id="{SECTIONS[0]}">Dasselbe Angebot doppelt ({len(same)})</h2>',
        "<p>Frage an die Partner: Legt ihr die Einträge zusammen?</p>",
        duplicate_table(data, same, "Angebote, die wahrscheinlich dasselbe sind"),
        f'<h2 id="{SECTIONS[1]}">Doppelstruktur? ({len(report["structure_groups"])} Fragen, '
        f"{len(structures)} Paare)</h2>",
        "<p>Verschiedene Partner helfen denselben jungen Menschen am selben Ort auf ähnliche "
        "Weise, oft aus verschiedenen Rechtskreisen. Frage an die Steuergruppe: Wer übernimmt "
        "was?</p>",
        structure_groups(data, report),
        *([f"<h3>Vergleich begrenzt ({len(capped)})</h3>", finding_list(capped)]
          if capped else []),
        f'<h2 id="{SECTIONS[2]}">Zu wenig und zu viel</h2>',
        f"<p>„!“ markiert eine Lücke, „+“ ein Überangebot: mehr als {limit} aktuelle Angebote "
        "einer Kategorie für eine Klassenstufe in einer Gemeinde, von mindestens zwei "
        "Partnern.</p>",
        coverage_map(report),
        f"<h3>Überangebot ({len(cells)})</h3>",
        finding_list(cells),
        f"<h3>Lücken ({len(gaps)})</h3>",
        finding_list(gaps),
        f'<h2 id="{SECTIONS[3]}">Entscheidungen der Steuergruppe '
        f'({len(report["acknowledged"])})</h2>',
        finding_list(report["acknowledged"]),
        f"<h3>Älter als ein Schuljahr ({len(outdated)})</h3>",
        finding_list(outdated),
        f'<h2 id="{SECTIONS[4]}">Aufgaben je Partner</h2>',
        todo_lists(data, report),
    ])


def quality_pages(dataset: Dataset, report) -> dict[str, str]:
    """{"qualitaet/index.md": Markdown} for a Report or its as_dict() form."""
    data = report.as_dict() if hasattr(report, "as_dict") else report
    # the sections are HTML, so the theme's table of contents would stay empty: the page
    # carries its own jump links, as every generated page does, and gets the full width
    text = front_matter(TITLE, "Doppelte Angebote, Lücken und Aufgaben im Netzwerk",
                        hide=("toc",))
    text += f"# {md_text(TITLE)}\n\n<div class=\"aw-page\">\n"
    text += page_body(dataset, data) + "\n</div>\n"
    return {PAGE_PATH: text}
