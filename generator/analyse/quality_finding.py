"""One finding of the quality report: what is wrong, who and what is involved, and why."""

from __future__ import annotations

from dataclasses import dataclass

WARNING, INFO = "warning", "info"
# Codes of the gap findings (coverage.py, network_gaps.py), for sections and comparisons.
NETWORK_GAP_CODES = ("responsibility-missing", "school-without-counsellor",
                     "classes-without-school")
GAP_CODES = ("coverage-gap", *NETWORK_GAP_CODES)


@dataclass(frozen=True)
class QualityFinding:
    code: str
    severity: str
    message: str
    offers: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    schools: tuple[str, ...] = ()
    rule: str = ""
    score: float | None = None
    reasons: tuple[str, ...] = ()
    file: str = ""
    line: int = 0
    kind: str = ""  # duplicates: "same-offer" or "double-structure"
    category: str = ""  # over-supply cells: the topic …
    band: str = ""  # … and the class band
    legal_spheres: tuple[str, ...] = ()
    acknowledgement: tuple[str, str | None] | None = None  # reason, date decided
    group: str = ""  # double structures: the key of their group (structure_groups)

    @property
    def cell(self) -> bool:
        return bool(self.band)

    @property
    def key(self) -> str:
        """Names the finding across two states of the data, for the yearly comparison:
        offers name it when there are any, else municipalities and schools."""
        if self.band:
            return "|".join([self.code, ",".join(self.municipalities), self.category, self.band])
        if self.offers:
            return "|".join([self.code, self.rule, ",".join(self.offers)])
        return "|".join([self.code, self.rule, "", ",".join(self.municipalities),
                         ",".join(self.schools)])

    def sort_key(self) -> tuple:
        return (self.code, self.key)

    def as_dict(self) -> dict:
        return {
            "code": self.code, "severity": self.severity, "message": self.message,
            "key": self.key, "offers": list(self.offers), "partners": list(self.partners),
            "municipalities": list(self.municipalities), "schools": list(self.schools),
            "rule": self.rule or None, "score": self.score, "reasons": list(self.reasons),
            "file": self.file or None, "line": self.line or None,
            "kind": self.kind or None, "category": self.category or None,
            "band": self.band or None, "legal_spheres": list(self.legal_spheres),
            "acknowledgement": None if self.acknowledgement is None else {
                "reason": self.acknowledgement[0], "decided": self.acknowledgement[1]},
            "group": self.group or None,
        }
