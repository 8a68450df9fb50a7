"""German formatting of dates, money and phone links, and partner Markdown made safe."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import markdown
import nh3

from generator.render.tel import normal_href

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")
SAFE_TAGS = {"p", "ul", "ol", "li", "strong", "em", "a", "br"}
SAFE_SCHEMES = {"https", "mailto", "tel"}


def day(value: dt.date) -> str:
    """"Di 15.09.2026"."""
    return f"{WEEKDAYS[value.weekday()]} {value:%d.%m.%Y}"


def long_date(value: dt.date) -> str:
    """"15. September 2026"."""
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"


def day_range(start: dt.date, end: dt.date | None) -> str:
    if end is None or end == start:
        return day(start)
    if end.year == start.year:
        return f"{WEEKDAYS[start.weekday()]} {start:%d.%m.} bis {day(end)}"
    return f"{day(start)} bis {day(end)}"


def euro(amount: Decimal) -> str:
    whole, _, cents = f"{amount:.2f}".partition(".")
    return f"{int(whole):,}".replace(",", ".") + f",{cents} €"


def break_parts(address: str) -> tuple[str, ...]:
    """An e-mail address or URL in pieces that never break inside: a line may only end
    before "@", "." or "/", so the next line visibly starts with that sign."""
    parts, current = [], ""
    for char in address:
        if char in "@./" and current and current[-1] not in "@./":
            parts.append(current)
            current = ""
        current += char
    if current == "/" and parts:  # a trailing slash stays with the last part
        parts[-1], current = parts[-1] + current, ""
    return tuple(p for p in (*parts, current) if p)


def display_url(url: str) -> str:
    """A web address as printed: without "https://"."""
    return url.removeprefix("https://").removeprefix("http://")


def school_year_label(start: dt.date, end: dt.date) -> str:
    return f"{start.year}/{end:%y}" if end.year == start.year + 1 else f"{start.year}/{end.year}"


def safe_markdown(source: str, links: bool = True) -> str:
    """Partner Markdown as HTML with only paragraphs, lists, emphasis and https/mailto/tel links
    (without links: their text only, for the print file, which carries no annotations).

    Raw HTML in the source is escaped by nh3's allowlist: images, links to files, styles and
    anything else that could make WeasyPrint fetch a resource do not survive."""
    rendered = markdown.markdown(source, output_format="html")
    if not links:
        return nh3.clean(rendered, tags=SAFE_TAGS - {"a"}, attributes={})
    return nh3.clean(rendered, tags=SAFE_TAGS, attributes={"a": {"href"}},
                     url_schemes=SAFE_SCHEMES, link_rel="noopener",
                     attribute_filter=lambda tag, name, value: normal_href(value)
                     if name == "href" else value)
