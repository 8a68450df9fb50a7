"""Where each page of the website lives. Site, handouts (QR codes) and exports all ask here,
so a link never points at a page that another part of the generator writes elsewhere."""

from __future__ import annotations

import functools

from slugify import slugify

OFFERS_PATH = "angebote/"
PARTNERS_PATH = "partner/"
MUNICIPALITIES_PATH = "orte/"
CATEGORIES_PATH = "themen/"
CLASSES_PATH = "klassen/"
HANDOUTS_PATH = "handouts/"
OPEN_DATA_PATH = "daten/"
QUALITY_PATH = "qualitaet/"
SEARCH_PATH = "suche/"
GUIDE_PATH = "wer-hilft-mir/"
SITUATIONS_PATH = "lebenslagen/"
GLOSSARY_PATH = "glossar/"
EASY_LANGUAGE_PATH = "leichte-sprache/"


@functools.cache
def name_slug(name: str) -> str:
    """A URL part for a municipality name: "Mühlental" → "muehlental". Kept: every list
    page asks for the same few hundred town names again and again."""
    return slugify(name, replacements=[["Ä", "Ae"], ["Ö", "Oe"], ["Ü", "Ue"], ["ä", "ae"],
                                       ["ö", "oe"], ["ü", "ue"], ["ß", "ss"]])


def offer_path(offer_id: str) -> str:
    return f"{OFFERS_PATH}{offer_id}/"


def partner_path(partner_id: str) -> str:
    return f"{PARTNERS_PATH}{partner_id}/"


def municipality_path(municipality_name: str) -> str:
    return f"{MUNICIPALITIES_PATH}{name_slug(municipality_name)}/"


def category_path(category_id: str) -> str:
    return f"{CATEGORIES_PATH}{category_id}/"


def class_path(school_class: int | None) -> str:
    """None stands for "nach der Schule"."""
    return f"{CLASSES_PATH}{'nach-der-schule' if school_class is None else school_class}/"


def situation_path(situation_id: str) -> str:
    return f"{SITUATIONS_PATH}{situation_id}/"


def handout_file(slug: str) -> str:
    """The screen PDF of a handout, written next to the site after the mkdocs build."""
    return f"{HANDOUTS_PATH}{slug}.pdf"


def open_data_file(name: str) -> str:
    return f"{OPEN_DATA_PATH}{name}"


def page_source(path: str) -> str:
    """The Markdown file that becomes the page at `path` ("" is the home page)."""
    return f"{path}index.md"


def absolute(site_url: str, path: str) -> str:
    return site_url.rstrip("/") + "/" + path


def relative(from_path: str, to_path: str) -> str:
    """A link from the page at `from_path` to `to_path`, so the site works from any sub-path."""
    depth = from_path.count("/")
    return "../" * depth + to_path or "./"
