"""A handout as a self-contained document: HTML plus every asset it may load, per variant.

The result is plain data (strings and bytes), so it can be hashed for the cache and sent to a
worker process without the dataset."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from importlib.resources import files

import jinja2

from generator.render.handouts.context import HandoutContext, shortened
from generator.render.handouts.qr import qr_svg

VARIANTS = ("print", "screen")
TEMPLATES = files("generator.render.handouts") / "templates"
BLEED_MM = 3.0
MARKS_ZONE_MM = 7.0  # outside the bleed, where crop marks are drawn


@dataclass(frozen=True)
class PrintSettings:
    crop_marks: bool = True

    @property
    def media_bleed_mm(self) -> float:
        """How far the PDF page reaches past the trimmed A4 sheet."""
        return BLEED_MM + (MARKS_ZONE_MM if self.crop_marks else 0.0)


@dataclass(frozen=True)
class HandoutDocument:
    slug: str
    title: str
    variant: str
    html: str
    documents: dict[str, bytes]  # asset name → content (CSS, QR codes)
    max_pages: int | None = None
    fallbacks: tuple[str, ...] = ()  # shorter HTML, tried in turn while html has too many pages

    def digest(self) -> str:
        sha = hashlib.sha256(self.variant.encode() + b"\0" + self.html.encode())
        for html in self.fallbacks:
            sha.update(b"\0" + html.encode())
        for name in sorted(self.documents):
            sha.update(name.encode() + b"\0" + self.documents[name])
        return sha.hexdigest()


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)


_ENV = _environment()


def build_timestamp(today: dt.date) -> str:
    """SOURCE_DATE_EPOCH if set, else midnight of the build's "today": never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    else:
        moment = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def page_css(variant: str, settings: PrintSettings) -> str:
    if variant != "print":
        return ""
    marks = "crop" if settings.crop_marks else "none"
    return (f"@page {{ bleed: {settings.media_bleed_mm}mm; marks: {marks}; "
            "background: device-cmyk(0 0 0 0); }\n")


def template_text(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def fit_steps(offers: int) -> list[int]:
    """How many offers the shorter versions keep: two fewer each time, down to none."""
    return list(range(offers - 2, 0, -2)) + [0] if offers else []


def build_document(context: HandoutContext, variant: str, settings: PrintSettings,
                   created: str) -> HandoutDocument:
    template = _ENV.get_template(f"{context.kind}.html")
    html = template.render(c=context, created=created, variant=variant)
    fallbacks = ()
    if context.max_pages is not None:
        fallbacks = tuple(template.render(c=shortened(context, keep), created=created,
                                          variant=variant)
                          for keep in fit_steps(context.offer_count))
    variant_css = template_text(f"{variant}.css") + page_css(variant, settings)
    documents = {"handout.css": template_text("handout.css").encode(),
                 "variant.css": variant_css.encode()}
    for name, url in context.qr_urls:
        documents[name] = qr_svg(url, variant)
    return HandoutDocument(context.slug, context.title, variant, html, documents,
                           context.max_pages, fallbacks)
