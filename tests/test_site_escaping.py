"""Partner strings stay text in Markdown, front matter and HTML; descriptions keep to the subset."""

import markdown
import pytest
from mkdocs.utils.meta import get_data

from generator.render.site.escaping import front_matter, html_text, md_text
from generator.render.site.markdown_subset import description_problem, render_description

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[klick](javascript:alert(1))",
    "![bild](https://evil.example.org/x.png)",
    "{{ config.site_name }} {% raw %}",
    "---\ntitle: gekapert\n---",
    "**fett** _kursiv_ `code` # Überschrift",
    '" onmouseover="alert(1)',
    "C# & <b>Ausbildung</b> – 100 % \U0001F600",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_md_text_renders_as_the_same_plain_text(value):
    html = markdown.markdown(md_text(value))
    assert "<" not in html.removeprefix("<p>").removesuffix("</p>")
    assert html_unescape_text(html) == " ".join(value.split())


def html_unescape_text(html: str) -> str:
    import html as html_module
    return html_module.unescape(html.removeprefix("<p>").removesuffix("</p>"))


@pytest.mark.parametrize("value", HOSTILE)
def test_front_matter_keeps_its_shape_and_escapes_html(value):
    text = front_matter(value, value, aw_page=value) + "# Body\n"
    body, data = get_data(text)  # the parser mkdocs uses
    assert body == "# Body\n"
    assert set(data) == {"title", "description", "aw_page"}
    assert data["title"] == html_text(" ".join(value.split()))
    assert "<" not in data["title"] and '"' not in data["title"]


def test_allowed_subset_renders_unchanged():
    text = ("Hallo **du**, *ihr*.\n\n- eins\n- [zwei](https://a.example.org/?a=1&b=2)\n\n"
            "1. [Mail](mailto:a@b.example.org)\n2. [Tel](tel:+4930123)\n\nZeile  \nUmbruch")
    assert description_problem(text) is None
    html = render_description(text)
    assert '<a href="https://a.example.org/?a=1&amp;b=2">zwei</a>' in html
    assert "<strong>du</strong>" in html and "<br>" in html


@pytest.mark.parametrize(("text", "hint"), [
    ("# Titel\n\nText", "Überschriften"),
    ("Text <script>alert(1)</script>", "HTML wie <script>"),
    ('<img src=x onerror="alert(1)">', "Bilder"),
    ('<b onclick="x()">fett</b>', "HTML wie <b>"),
    ("[klick](javascript:alert(1))", "Links müssen mit https://"),
    ("[klick](http://example.org)", "Links müssen mit https://"),
    ("![Bild](https://example.org/a.png)", "Bilder"),
    ("    eingerückt", "4 Leerzeichen"),
    ("Text <!-- versteckt -->", "Kommentare"),
    ('[a](https://example.org "Titel")', "nur [Text](Adresse)"),
])
def test_markup_outside_the_subset_is_named(text, hint):
    problem = description_problem(text)
    assert problem is not None and hint in problem
    assert "script" not in render_description(text).replace("&lt;script", "")
    assert "javascript:" not in render_description(text)
    assert "onerror" not in render_description(text)
