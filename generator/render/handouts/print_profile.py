"""The European print condition: a FOGRA39 CMYK profile built once from Fogra's public
characterization data, and what the PDF/X output intent says about it.

Debian's icc-profiles-free ships FOGRA39L.ti3 (measurements of offset printing on coated
paper, ISO 12647-2); ArgyllCMS' colprof turns it into an ICC profile. The profile is built
at set-up time (scripts/setup-venv runs this module) into .cache/print-profile/ and reused;
a print shop's own profile replaces it with --icc.

    .venv/bin/python -m generator.render.handouts.print_profile   # builds it if missing
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.render.handouts.errors import HandoutError

TI3_PACKAGE = "icc-profiles-free"
ARGYLL_PACKAGE = "argyll"
FOGRA39_TI3 = Path("/usr/share/color/icc/FOGRA39L.ti3")
CACHE_DIR = Path(__file__).resolve().parents[3] / ".cache" / "print-profile"
PROFILE_NAME = "FOGRA39L-coated.icc"
DESCRIPTION = "Coated FOGRA39 (ISO 12647-2:2004), ArgyllCMS"
# colprof: low quality is plenty for an output intent (nothing is converted with it);
# 330 % total ink and 100 % black, the limits of ISO Coated v2 (FOGRA39).
COLPROF_ARGS = ("-v", "-ql", "-kr", "-l330", "-L100", "-D", DESCRIPTION,
                "-C", "Characterization data: FOGRA39L, Fogra (public)")
FIXED_DATE = bytes.fromhex("07d6000c0001000000000000")  # 2006-12-01, the data's date


@dataclass(frozen=True)
class OutputCondition:
    """What /OutputIntents, manifest.json and README.txt say about the print condition."""

    identifier: str  # OutputConditionIdentifier, e.g. "FOGRA39"
    condition: str  # OutputCondition, human-readable
    registry: str  # RegistryName: where the identifier is defined ("" for a shop's own)
    info: str  # Info: the profile's description


FOGRA39 = OutputCondition(
    identifier="FOGRA39",
    condition="Offset printing, ISO 12647-2:2004/Amd 1, paper type 1 or 2 (coated art), "
              "115 g/m2, screen 60/cm",
    registry="http://www.color.org",
    info=DESCRIPTION)


def default_profile() -> Path:
    """The FOGRA39 profile in the cache, built now if it is missing or outdated."""
    target = CACHE_DIR / PROFILE_NAME
    stamp = CACHE_DIR / (PROFILE_NAME + ".inputs")
    if not FOGRA39_TI3.is_file():
        raise HandoutError(
            f"Die Messdaten {FOGRA39_TI3} fehlen. Installiere das Debian-Paket {TI3_PACKAGE} "
            "(scripts/system-packages) oder gib mit --icc das Profil deiner Druckerei an.")
    inputs = _inputs_digest()
    if _intact(target, stamp, inputs):
        return target
    _build(target)
    stamp.write_bytes(_stamp(inputs, target))
    return target


def _stamp(inputs: str, profile: Path) -> bytes:
    """What the profile was built from, and the hash of the profile that was written."""
    return f"{inputs}\n{hashlib.sha256(profile.read_bytes()).hexdigest()}\n".encode()


def _intact(profile: Path, stamp: Path, inputs: str) -> bool:
    """The cached profile is used only when it is exactly the one built from these inputs:
    a damaged, cut or replaced profile (or stamp) is built again."""
    try:
        return profile.is_file() and not profile.is_symlink() \
            and stamp.read_bytes() == _stamp(inputs, profile)
    except OSError:
        return False


def _inputs_digest() -> str:
    digest = hashlib.sha256(FOGRA39_TI3.read_bytes())
    digest.update("\0".join(COLPROF_ARGS).encode())
    return digest.hexdigest()


def _build(target: Path) -> None:
    colprof = shutil.which("colprof")
    if colprof is None:
        raise HandoutError(
            f"Das Programm colprof fehlt. Installiere das Debian-Paket {ARGYLL_PACKAGE} "
            "(scripts/system-packages) oder gib mit --icc das Profil deiner Druckerei an.")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        base = Path(work) / "fogra39"
        shutil.copyfile(FOGRA39_TI3, base.with_suffix(".ti3"))
        done = subprocess.run([colprof, *COLPROF_ARGS, "-O", str(base.with_suffix(".icc")),
                               str(base)], capture_output=True, text=True, check=False)
        built = base.with_suffix(".icc")
        if done.returncode != 0 or not built.is_file():
            raise HandoutError(f"colprof konnte das Druckprofil nicht erzeugen: "
                               f"{done.stderr.strip() or done.stdout.strip()[-300:]}")
        data = bytearray(built.read_bytes())
        data[24:36] = FIXED_DATE  # the creation date: same input, same bytes
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(bytes(data))
        partial.replace(target)


def profile_condition(path: Path) -> OutputCondition:
    """A print shop's own profile: its description names the condition (e.g. "PSO Coated v3")."""
    description = icc_description(path.read_bytes()) or path.stem
    return OutputCondition(identifier=description, condition=description, registry="",
                           info=description)


def icc_description(data: bytes) -> str | None:
    """The text of the 'desc' tag (ICC v2 'desc' or v4 'mluc'), or None."""
    try:
        count = int.from_bytes(data[128:132], "big")
        for index in range(count):
            entry = data[132 + 12 * index:144 + 12 * index]
            if entry[:4] != b"desc":
                continue
            offset, size = int.from_bytes(entry[4:8], "big"), int.from_bytes(entry[8:12], "big")
            tag = data[offset:offset + size]
            if tag[:4] == b"desc":
                length = int.from_bytes(tag[8:12], "big")
                return tag[12:12 + length].rstrip(b"\0").decode("latin-1").strip() or None
            if tag[:4] == b"mluc":
                length, start = (int.from_bytes(tag[20:24], "big"),
                                 int.from_bytes(tag[24:28], "big"))
                return tag[start:start + length].decode("utf-16-be").strip() or None
    except (ValueError, UnicodeDecodeError):
        return None
    return None


if __name__ == "__main__":
    try:
        print(default_profile())
    except HandoutError as error:
        print(error, file=sys.stderr)
        sys.exit(1)
