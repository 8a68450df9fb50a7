"""Partner text is data, never markup: helpers that make a string inert in each context.

- ``md_text``: inside Markdown inline text (headings, list items). Every character that
  Markdown or HTML could read as syntax becomes a numeric character reference.
- ``html_text``: inside HTML text or a quoted attribute value (also ``<meta content>``).
- ``front_matter``: a YAML front matter block whose values are double-quoted, fully escaped
  scalars, so a ``---`` or a newline in a value cannot end the block.

mkdocs and the theme print page titles and ``page.meta`` values without escaping them, so the
title and description that go into front matter are HTML-escaped first (``html_text``).
"""

from __future__ import annotations

import html

# Markdown syntax characters (CommonMark's escapable set) plus the HTML specials.
_MARKDOWN_SPECIALS = frozenset("\\`*_{}[]()#+-.!|<>&~^:\"'=$%@")


def html_text(value: str) -> str:
    """Escape for HTML text and quoted attribute values."""
    return html.escape(value, quote=True)


def md_text(value: str) -> str:
    """Escape a one-line string for Markdown inline text: no syntax survives."""
    text = " ".join(value.split())
    return "".join(f"&#{ord(c)};" if c in _MARKDOWN_SPECIALS else c for c in text)


def _yaml_scalar(value: str) -> str:
    """A double-quoted YAML scalar using only printable ASCII."""
    out = []
    for char in value:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= code < 0x7F:
            out.append(char)
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return '"' + "".join(out) + '"'


def front_matter(title: str, description: str | None = None, hide: tuple[str, ...] = (),
                 **extra: str) -> str:
    """Front matter with a title and description that are safe in the theme's templates;
    `hide` names parts of the theme to leave out (e.g. "toc")."""
    lines = ["---", f"title: {_yaml_scalar(html_text(' '.join(title.split())))}"]
    if hide:
        lines.append("hide: [" + ", ".join(_yaml_scalar(h) for h in hide) + "]")
    if description:
        lines.append(f"description: {_yaml_scalar(html_text(' '.join(description.split())))}")
    for key, value in sorted(extra.items()):
        lines.append(f"{key}: {_yaml_scalar(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"
