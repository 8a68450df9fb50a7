"""Index pages that are lists of links (all towns, all topics, all partners …)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LinkEntry:
    label: str
    path: str
    note: str = ""


@dataclass(frozen=True)
class LinkSection:
    heading: str
    entries: list[LinkEntry] = field(default_factory=list)


def count_note(count: int) -> str:
    return "1 Angebot" if count == 1 else f"{count} Angebote"
