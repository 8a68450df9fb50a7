"""The fixed files every handout uses: the font from a Debian package and the CMYK profile."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from generator.render.handouts.errors import HandoutError
from generator.render.handouts.print_profile import (
    FOGRA39,
    OutputCondition,
    default_profile,
    profile_condition,
)

FONT_PACKAGE = "fonts-open-sans"
FONT_DIR = Path("/usr/share/fonts/truetype/open-sans")
FONT_FILES = {  # (CSS weight, style) → file in FONT_DIR
    ("400", "normal"): "OpenSans-Regular.ttf",
    ("400", "italic"): "OpenSans-Italic.ttf",
    ("600", "normal"): "OpenSans-Semibold.ttf",
    ("700", "normal"): "OpenSans-Bold.ttf",
}


@dataclass(frozen=True)
class Assets:
    """Files on disk that the URL fetcher may hand to WeasyPrint, by asset name."""

    files: dict[str, Path]
    output: OutputCondition  # the print condition the output intent names

    def fingerprint(self) -> str:
        """Changes when a font or the profile changes, so cached PDFs are rendered again."""
        digest = hashlib.sha256()
        for name in sorted(self.files):
            digest.update(name.encode())
            digest.update(hashlib.sha256(self.files[name].read_bytes()).digest())
        return digest.hexdigest()


def font_asset_name(weight: str, style: str) -> str:
    return f"font-{weight}-{style}.ttf"


def find_assets(icc: Path | None = None) -> Assets:
    """The font files and the ICC profile; a clear German error if one is missing."""
    files = {}
    for (weight, style), file_name in FONT_FILES.items():
        path = FONT_DIR / file_name
        if not path.is_file():
            raise HandoutError(
                f"Die Schrift {path} fehlt. Installiere das Debian-Paket {FONT_PACKAGE} "
                f"(apt-get install {FONT_PACKAGE}) und starte den Befehl erneut.")
        files[font_asset_name(weight, style)] = path
    if icc is None:
        files["output.icc"] = default_profile()
        return Assets(files, output=FOGRA39)
    files["output.icc"] = _checked_icc(icc)
    return Assets(files, output=profile_condition(files["output.icc"]))


def _checked_icc(icc: Path) -> Path:
    if not icc.is_file():
        raise HandoutError(f"Das Farbprofil „{icc}“ gibt es nicht. Prüfe den Pfad bei --icc.")
    header = icc.read_bytes()[:40]
    if len(header) < 40 or header[36:40] != b"acsp" or header[16:20] != b"CMYK":
        raise HandoutError(
            f"„{icc}“ ist kein CMYK-ICC-Profil. Die Druckerei nennt dir das passende Profil "
            "(z. B. PSO Coated v3 oder ISO Coated v2).")
    return icc.resolve()
