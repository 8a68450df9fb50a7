"""The glossary: a page that explains the terms of the vocabulary's `glossary` section, and
the markup that links a term where it appears (abbr with its long form for abbreviations)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from markupsafe import Markup, escape

from generator.model.vocabularies import GlossaryTerm
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.page import page

_TAG = re.compile(r"(<[^>]*>)")
_NO_LINK_INSIDE = ("a", "abbr", "h1", "h2", "h3", "h4")


@functools.cache
def _pattern(terms: tuple[str, ...]) -> re.Pattern:
    words = sorted(terms, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def term_markup(term_id: str, term: GlossaryTerm, text: str, href: str) -> str:
    inner = escape(text)
    if term.long:
        inner = Markup('<abbr title="{}">{}</abbr>').format(term.long, text)
    return Markup('<a class="aw-term" href="{}#{}">{}</a>').format(href, term_id, inner)


def link_terms(ctx: SiteContext, html: str, rel: Callable[[str], str],
               seen: set[str] | None = None) -> Markup:
    """`html` (already safe markup) with the first mention of each glossary term linked;
    pass one `seen` set for all parts of a page. Text inside links, abbreviations and
    headings stays as it is."""
    glossary = ctx.data.vocabularies.glossary
    if not glossary or not html:
        return Markup(html)
    by_word = {t.term: (i, t) for i, t in glossary.items()}
    pattern, href = _pattern(tuple(by_word)), rel(urls.GLOSSARY_PATH)
    seen = set() if seen is None else seen

    def replace(match: re.Match) -> str:
        word = match.group(1)
        if word in seen:
            return word
        seen.add(word)
        return term_markup(*by_word[word], word, href)

    depth, out = 0, []
    for part in _TAG.split(str(html)):
        if part.startswith("<"):
            name = re.match(r"</?([a-zA-Z0-9]+)", part)
            if name and name.group(1).lower() in _NO_LINK_INSIDE:
                depth += -1 if part.startswith("</") else 1
            out.append(part)
        else:
            out.append(part if depth else pattern.sub(replace, part))
    return Markup("".join(out))


def glossary_page(ctx: SiteContext) -> tuple[str, str]:
    terms = sorted(ctx.data.vocabularies.glossary.items(), key=lambda t: t[1].term.casefold())
    return page(urls.GLOSSARY_PATH, "Wörter erklärt", "glossary.html", kind="glossar",
                description="Was bedeuten BvB, EQ, AsA flex, KAoA und andere Wörter?",
                terms=terms)
