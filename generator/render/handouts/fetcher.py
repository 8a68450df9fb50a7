"""The only way WeasyPrint gets a resource: our own assets by name, nothing else.

Partner text is escaped, so no URL from the data should ever reach this point; if one
does (or a template asks for a file), the fetcher refuses it and records the refusal."""

from __future__ import annotations

from weasyprint.urls import URLFetcher, URLFetcherResponse

# Every asset URL starts with this base; ".invalid" can never resolve on a network.
ASSET_BASE = "https://handout-assets.invalid/"

MIME_TYPES = {".ttf": "font/ttf", ".icc": "application/vnd.iccprofile",
              ".svg": "image/svg+xml", ".css": "text/css"}


class RefusedResource(ValueError):
    """WeasyPrint asked for something that is not one of the generator's own assets."""


class AssetFetcher(URLFetcher):
    """Serves files registered by name and in-memory documents (QR codes); refuses all else."""

    def __init__(self, files: dict, documents: dict[str, bytes] | None = None):
        super().__init__(fail_on_errors=False)
        self._files = dict(files)
        self._documents = dict(documents or {})
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        name = url[len(ASSET_BASE):] if url.startswith(ASSET_BASE) else None
        if name in self._documents:
            return self._response(url, name, self._documents[name])
        if name in self._files:
            return self._response(url, name, self._files[name].read_bytes())
        self.refused.append(url)
        raise RefusedResource(f"Nicht erlaubte Quelle: {url}")

    @staticmethod
    def _response(url: str, name: str, body: bytes) -> URLFetcherResponse:
        suffix = name[name.rfind("."):]
        mime = MIME_TYPES.get(suffix, "application/octet-stream")
        return URLFetcherResponse(url, body, {"Content-Type": mime})
