"""One generated page: front matter, the h1 in Markdown, the body as one HTML block."""

from __future__ import annotations

from generator.render import urls
from generator.render.site.escaping import front_matter, md_text
from generator.render.site.fragments import render


def page(path: str, title: str, template: str, *, description: str | None = None,
         kind: str = "", **context) -> tuple[str, str]:
    """(Markdown file path, Markdown text) of the page at URL path `path`."""
    body = render(template, here=path, rel=lambda to: urls.relative(path, to), **context)
    extra = {"aw_page": kind} if kind else {}
    # Generated pages carry their own jump links ("Auf dieser Seite"): no empty sidebar.
    text = front_matter(title, description, hide=("toc",), **extra) + f"# {md_text(title)}\n\n"
    if body:
        text += f'<div class="aw-page">\n{body}\n</div>\n'
    return urls.page_source(path), text
