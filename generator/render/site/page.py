"""One generated page: front matter, the h1 in Markdown, the body as one HTML block.

The body is finished HTML. It starts at BODY_START and runs to the end of the file, so a
builder can hand it past Markdown (see `split_body`): Python-Markdown's raw-HTML passes
would otherwise tokenise every tag in pure Python, only to leave it unchanged.
"""

from __future__ import annotations

import re

from generator.render import urls
from generator.render.site.escaping import front_matter, md_text
from generator.render.site.fragments import render
from generator.render.site.page_deps import page_done
from generator.render.site.page_memo import remembered

BODY_START = '<div class="aw-page">\n'
_ANCHOR = re.compile(r'<[a-zA-Z][^>]*?\sid="([^"]+)"')


def page(path: str, title: str, template: str, *, description: str | None = None,
         kind: str = "", **context) -> tuple[str, str]:
    """(Markdown file path, Markdown text) of the page at URL path `path`.

    While `mkdocs serve` runs, a page with the same inputs as after the last save is taken
    from the page memo instead of being rendered again."""
    made = remembered(lambda: _page(path, title, template, description, kind, context),
                      (path, title, template, description, kind, context))
    page_done(made[0])
    return made


def _page(path: str, title: str, template: str, description: str | None, kind: str,
          context: dict) -> tuple[str, str]:
    body = render(template, here=path, rel=lambda to: urls.relative(path, to), **context)
    extra = {"aw_page": kind} if kind else {}
    return urls.page_source(path), page_text(title, body, description, **extra)


def page_text(title: str, body: str, description: str | None = None, **extra: str) -> str:
    """The Markdown file: front matter, the escaped title as h1, the HTML body block.
    Generated pages carry their own jump links ("Auf dieser Seite"): no empty sidebar."""
    text = front_matter(title, description, hide=("toc",), **extra) + f"# {md_text(title)}\n\n"
    return text + f"{BODY_START}{body}\n</div>\n" if body else text


def split_body(markdown: str) -> tuple[str, str]:
    """(the Markdown part, the finished HTML body or "") of a generated page."""
    head, start, body = markdown.partition(BODY_START)
    return (head, start + body) if start else (markdown, "")


def anchor_ids(html: str) -> set[str]:
    """The id attributes in a finished HTML body: link targets like "#zustaendig"."""
    return set(_ANCHOR.findall(html))
