"""The website's "Qualitätsbericht" page: duplicate pairs side by side, the coverage heat
map and a to-do list per partner. Every partner string is escaped with html.escape; links
point only at the site's own offer and partner pages."""

from __future__ import annotations

from html import escape

from generator.analyse.duplicates import SAME_OFFER_CODES, STRUCTURE
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
from generator.render.site.quality_heatmap import heatmap_svg, heatmap_table

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


def duplicate_table(data: Dataset, findings: list[dict], caption: str) -> str:
    if not findings:
        return f"<p>{escape(caption)}: keine.</p>"
    rows = [f"<tr><td>{offer_link(data, f['offers'][0])}</td>"
            f"<td>{offer_link(data, f['offers'][1])}</td>"
            f"<td>{escape(percent(f['score']))}</td>"
            f"<td>{escape(CODE_LABELS.get(f['code'], f['code']))}: "
            f"{escape('; '.join(f['reasons']))}</td></tr>" for f in findings]
    return (f'<table class="aw-duplicates"><caption>{escape(caption)}</caption><thead><tr>'
            '<th scope="col">Angebot</th><th scope="col">ähnliches Angebot</th>'
            '<th scope="col">Ähnlichkeit</th><th scope="col">Gründe</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def finding_list(findings: list[dict]) -> str:
    if not findings:
        return "<p>Keine.</p>"
    items = "".join(f"<li>{escape(f['message'])}</li>" for f in findings)
    return f"<ul>{items}</ul>"


def todo_lists(data: Dataset, report: dict) -> str:
    messages = {f["key"]: f["message"] for f in report["findings"]}
    parts = []
    for entry in report["todo"]:
        name = escape(entry["name"])
        heading = (f'<a href="../partner/{escape(entry["partner"])}/">{name}</a>'
                   if entry["partner"] in data.partners else name)
        items = "".join(f"<li>{escape(messages[key])}</li>" for key in entry["findings"])
        parts.append(f"<h3>{heading} ({len(entry['findings'])})</h3><ul>{items}</ul>")
    return "\n".join(parts) or "<p>Keine Aufgaben.</p>"


def page_body(data: Dataset, report: dict) -> str:
    likely = section_findings(report, SAME_OFFER_CODES)
    possible = section_findings(report, (STRUCTURE,))
    gaps = section_findings(report, GAP_CODES)
    return "\n".join([
        f"<p>{escape(headline(report))}</p>",
        f"<h2>Dasselbe Angebot doppelt ({len(likely)})</h2>",
        "<p>Frage an die Partner: Legt ihr die Einträge zusammen?</p>",
        duplicate_table(data, likely, "Angebote, die wahrscheinlich dasselbe sind"),
        f"<h2>Doppelstruktur? ({len(possible)})</h2>",
        "<p>Verschiedene Partner helfen denselben jungen Menschen am selben Ort auf ähnliche "
        "Weise, oft aus verschiedenen Rechtskreisen. Frage an die Steuergruppe: Wer übernimmt "
        "was?</p>",
        duplicate_table(data, possible, "Angebote, die sich überschneiden"),
        f"<h2>Gewollte Überschneidungen ({len(report['acknowledged'])})</h2>",
        duplicate_table(data, report["acknowledged"], "Von den Partnern begründete Paare"),
        "<h2>Abdeckung</h2>",
        f'<div class="aw-heatmap-wrap">{heatmap_svg(report)}</div>',
        heatmap_table(report),
        f"<h2>Lücken ({len(gaps)})</h2>",
        finding_list(gaps),
        "<h2>Aufgaben je Partner</h2>",
        todo_lists(data, report),
    ])


def quality_pages(dataset: Dataset, report) -> dict[str, str]:
    """{"qualitaet/index.md": Markdown} for a Report or its as_dict() form."""
    data = report.as_dict() if hasattr(report, "as_dict") else report
    text = front_matter(TITLE, "Doppelte Angebote, Lücken und Aufgaben im Netzwerk")
    text += f"# {md_text(TITLE)}\n\n<div class=\"aw-page\">\n"
    text += page_body(dataset, data) + "\n</div>\n"
    return {PAGE_PATH: text}
