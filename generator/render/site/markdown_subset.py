"""Offer descriptions: a small Markdown subset rendered here and cleaned by an allow-list.

Allowed: paragraphs, line breaks, bullet and numbered lists, **bold**, *italic* and links to
https, mailto and tel. Anything else (headings, images, code, raw HTML, other link schemes)
would be removed by the cleaner; ``description_problem`` reports that instead, so ``check``
can reject the text and the website never silently changes a partner's words.
"""

from __future__ import annotations

import functools
from html.parser import HTMLParser

import markdown
import nh3
from pydantic_core import PydanticCustomError

from generator.model.text_rules import check_link
from generator.render.tel import normal_href

ALLOWED_TAGS = frozenset({"p", "br", "ul", "ol", "li", "strong", "em", "a"})
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_SCHEMES = frozenset({"https", "mailto", "tel"})

# What a removed tag means for a partner, in words they know.
_TAG_HINTS = {
    **{f"h{n}": "Überschriften (Zeilen mit #) sind nicht erlaubt" for n in range(1, 7)},
    "img": "Bilder sind nicht erlaubt",
    "code": "Code (Text in `Backticks` oder mit 4 Leerzeichen eingerückt) ist nicht erlaubt",
    "pre": "Mit 4 Leerzeichen eingerückter Text wird zu Code: entferne die Einrückung",
    "hr": "Trennlinien (---, ***) sind nicht erlaubt",
    "blockquote": "Zitate (Zeilen mit >) sind nicht erlaubt",
}


@functools.cache
def _markdown() -> markdown.Markdown:
    return markdown.Markdown(extensions=[], output_format="html")


def _converter() -> markdown.Markdown:
    """One reusable converter (building one costs more than converting a description)."""
    return _markdown().reset()


def _clean(html_text: str) -> str:
    return nh3.clean(html_text, tags=set(ALLOWED_TAGS), attributes=ALLOWED_ATTRIBUTES,
                     attribute_filter=_only_allowed, url_schemes=set(ALLOWED_SCHEMES),
                     link_rel=None, strip_comments=True)


def _only_allowed(tag: str, attribute: str, value: str) -> str | None:
    """nh3 keeps "title" and "lang" on every tag by default; the subset has none of them.
    tel: targets follow the one phone-link rule."""
    if attribute not in ALLOWED_ATTRIBUTES.get(tag, ()):
        return None
    return normal_href(value) if attribute == "href" else value


class _Tokens(HTMLParser):
    """The structure of an HTML fragment: tags with attributes and text, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.tokens.append(("start", tag, tuple(sorted((k, v or "") for k, v in attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.tokens.append(("end", tag))

    def handle_data(self, data):
        if data.strip():
            self.tokens.append(("text", " ".join(data.split())))

    def handle_comment(self, data):
        self.tokens.append(("comment", data))

    def handle_decl(self, decl):
        self.tokens.append(("decl", decl))

    def handle_pi(self, data):
        self.tokens.append(("pi", data))


def _tokens(fragment: str) -> list[tuple]:
    parser = _Tokens()
    parser.feed(fragment)
    parser.close()
    return parser.tokens


@functools.lru_cache(maxsize=65536)  # every description of a large district
def _rendered(text: str) -> str:
    """Markdown to HTML once per text: check and pages both need it in the same build."""
    return _converter().convert(text)


def render_description(text: str) -> str:
    """The description as clean HTML (only the allowed tags survive)."""
    return _clean(_rendered(text))


@functools.lru_cache(maxsize=65536)  # `mkdocs serve` checks unchanged descriptions again
def description_problem(text: str) -> str | None:
    """None if the allow-list keeps everything; otherwise what would be lost, in German."""
    rendered = _rendered(text)
    before, after = _tokens(rendered), _tokens(_clean(rendered))
    if before == after:  # nothing cleaned away; links the cleaner keeps obey the link rules
        return next(filter(None, (_link_problem(t) for t in after)), None)
    for index, token in enumerate(before):
        if index >= len(after) or after[index] != token:
            return _explain(token)
    return _explain(before[-1])


def _link_problem(token: tuple) -> str | None:
    """Links in descriptions follow the same rules as every link field (check_link)."""
    if token[:2] != ("start", "a"):
        return None
    href = dict(token[2]).get("href", "")
    try:
        check_link(href)
    except PydanticCustomError as exc:
        return exc.message().rstrip(".")
    return None


def _explain(token: tuple) -> str:
    kind = token[0]
    if kind in ("start", "end"):
        tag = token[1]
        if tag in _TAG_HINTS:
            return _TAG_HINTS[tag]
        if tag == "a":
            return ("Links müssen mit https://, mailto: oder tel: beginnen und dürfen nur "
                    "[Text](Adresse) sein")
        if tag in ALLOWED_TAGS:
            return f"Das Element <{tag}> darf hier keine Zusatzangaben haben"
        return f"HTML wie <{tag}> ist nicht erlaubt; schreibe normalen Text oder Markdown"
    if kind == "comment":
        return "HTML-Kommentare (<!-- … -->) sind nicht erlaubt"
    return f"Der Text „{token[-1]}“ würde nicht angezeigt; entferne HTML-Zeichen wie < und >"
