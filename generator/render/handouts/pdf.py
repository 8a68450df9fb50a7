"""Write one handout document as PDF: PDF/X-4 for the print shop, PDF/UA-1 for screens.

WeasyPrint does almost all of it; the finisher makes the output repeatable (no random XMP
document id) and sets what the standards ask for that WeasyPrint leaves open."""

from __future__ import annotations

import hashlib
import re
import uuid
import zlib
from dataclasses import dataclass
from functools import lru_cache

import pydyf
from weasyprint import HTML

from generator.render.handouts.assets import Assets
from generator.render.handouts.document import BLEED_MM, HandoutDocument
from generator.render.handouts.fetcher import ASSET_BASE, AssetFetcher
from generator.render.handouts.print_profile import OutputCondition

MM = 72 / 25.4
PDF_VARIANTS = {"print": "pdf/x-4", "screen": "pdf/ua-1"}
VARIANT_LABELS = {"print": "PDF/X-4", "screen": "PDF/UA-1"}
_XMP_ID = re.compile(rb"xmp\.did:[0-9a-f-]{36}")


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    refused: tuple[str, ...]  # resources the fetcher refused; empty unless a template is wrong


def write_pdf(document: HandoutDocument, assets: Assets) -> RenderedPdf:
    fetcher = AssetFetcher(assets.files, document.documents)
    rendered = _fitting(document, fetcher)
    stable_id = uuid.UUID(bytes=hashlib.sha256(document.digest().encode()).digest()[:16])
    data = rendered.write_pdf(
        pdf_variant=PDF_VARIANTS[document.variant], pdf_identifier=True, attachments=[],
        finisher=lambda doc, pdf: _finish(pdf, document.variant, stable_id, assets.output))
    return RenderedPdf(data, len(rendered.pages), tuple(fetcher.refused))


def _fitting(document: HandoutDocument, fetcher: AssetFetcher):
    """The first version of the document that stays within its page limit: a sheet
    never grows, it leaves out offers (the shorter versions say how many are online).

    Each version is shorter than the one before, so a binary search finds the first that
    fits in a few layouts instead of one layout per version."""
    versions = (document.html, *document.fallbacks)

    def render(index: int):
        return HTML(string=versions[index], base_url=ASSET_BASE, url_fetcher=fetcher).render()

    first = render(0)
    if document.max_pages is None or len(first.pages) <= document.max_pages:
        return first
    low, high, fitting, rendered = 1, len(versions) - 1, None, first  # versions[low:] may fit
    while low <= high:
        middle = (low + high) // 2
        rendered = render(middle)
        if len(rendered.pages) <= document.max_pages:
            fitting, high = rendered, middle - 1
        else:
            low = middle + 1
    # none fits: the search ended on the shortest version, which is printed anyway
    return fitting if fitting is not None else rendered


def _finish(pdf: pydyf.PDF, variant: str, stable_id: uuid.UUID,
            output: OutputCondition) -> None:
    _stable_xmp_id(pdf, stable_id)
    if variant == "print":
        _name_output_intent(pdf, output)
        _compress_output_profile_once(pdf)
        for obj in pdf.objects:
            if isinstance(obj, pydyf.Dictionary) and obj.get("Type") == "/Page":
                _set_bleed_box(obj)
    else:
        pdf.catalog["ViewerPreferences"] = pydyf.Dictionary({"DisplayDocTitle": "true"})


def _name_output_intent(pdf: pydyf.PDF, output: OutputCondition) -> None:
    """WeasyPrint names the intent after the CSS colour profile ("device-cmyk"); a print shop
    reads the registered condition ("FOGRA39") from OutputConditionIdentifier."""
    for intent in pdf.catalog.get("OutputIntents", []):
        intent["OutputConditionIdentifier"] = pydyf.String(output.identifier)
        intent["OutputCondition"] = pydyf.String(output.condition)
        intent["Info"] = pydyf.String(output.info)
        if output.registry:
            intent["RegistryName"] = pydyf.String(output.registry)


def _compress_output_profile_once(pdf: pydyf.PDF) -> None:
    """The colour profile (about 400 KB) is the same stream in every print sheet, and
    compressing it at level 9 takes half a second: compress it once, with the same bytes."""
    for intent in pdf.catalog.get("OutputIntents", []):
        stream = pdf.objects[_object_number(intent["DestOutputProfile"])]
        if stream.compress and len(stream.stream) == 1 and isinstance(stream.stream[0], bytes):
            stream.stream = [_deflated(stream.stream[0])]
            stream.extra["Filter"] = "/FlateDecode"
            stream.compress = False


@lru_cache(maxsize=4)
def _deflated(data: bytes) -> bytes:
    compressor = zlib.compressobj(level=9)  # what pydyf uses for compressed streams
    return compressor.compress(data) + compressor.flush()


def _object_number(reference) -> int:
    """A reference is "<number> 0 R", as str or bytes."""
    return int(reference.split()[0])


def _stable_xmp_id(pdf: pydyf.PDF, stable_id: uuid.UUID) -> None:
    reference = pdf.catalog.get("Metadata")
    if reference is None:
        return
    stream = pdf.objects[_object_number(reference)]
    stream.stream = [_XMP_ID.sub(f"xmp.did:{stable_id}".encode(), part)
                     if isinstance(part, bytes) else part for part in stream.stream]


def _set_bleed_box(page) -> None:
    """BleedBox exactly 3 mm around the trimmed A4 page (the marks lie outside it)."""
    left, top, right, bottom = page["TrimBox"]
    bleed = BLEED_MM * MM
    page["BleedBox"] = pydyf.Array([left - bleed, top - bleed, right + bleed, bottom + bleed])
