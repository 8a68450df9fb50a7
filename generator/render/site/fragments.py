"""HTML fragments from jinja2 templates with autoescape on, so partner text is always escaped.

Each page body is one raw HTML block inside the page's Markdown file; blank lines are removed
so that every Markdown implementation keeps the block together.
"""

from __future__ import annotations

import functools
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from generator.render import urls
from generator.render.site.context import german_date
from generator.render.tel import tel_href


def age_span(min_age: int | None, max_age: int | None) -> str | None:
    """An age range in words: "von 15 bis 24 Jahre", "ab 15 Jahren", "bis 26 Jahre"."""
    if min_age is not None and max_age is not None:
        return f"von {min_age} bis {max_age} Jahre"
    if min_age is not None:
        return f"ab {min_age} Jahren"
    if max_age is not None:
        return f"bis {max_age} Jahre"
    return None


def mailto_href(email: str, subject: str | None = None) -> str:
    href = "mailto:" + email
    return href + "?subject=" + quote(subject, safe="") if subject else href


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator.render.site", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
        lstrip_blocks=True, keep_trailing_newline=False)
    env.filters["date"] = german_date
    env.filters["tel"] = tel_href
    env.globals["mailto"] = mailto_href
    env.globals["urls"] = urls
    return env


def render(template: str, **context) -> Markup:
    """Render a fragment; the result has no blank lines."""
    html = environment().get_template(template).render(**context)
    return Markup("\n".join(line.strip() for line in html.splitlines() if line.strip()))
