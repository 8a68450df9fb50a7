"""The finder's relevance test set and its measures, shared by the Python and browser tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

QUERIES = Path(__file__).parent / "eval" / "finder_queries.yaml"
BAR = 0.9


@dataclass(frozen=True)
class Query:
    text: str
    who: str
    filters: dict[str, str]
    relevant: dict[str, int]


def load_queries() -> list[Query]:
    raw = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    return [Query(q["query"], q["who"], {k: str(v) for k, v in (q.get("filters") or {}).items()},
                  q["relevant"] or {}) for q in raw]


def precision_at_5(query: Query, ids: list[str]) -> float:
    """Relevant offers among the first five shown (no results: 0)."""
    shown = ids[:5]
    return sum(1 for i in shown if i in query.relevant) / len(shown) if shown else 0.0


def recall_of_exact(query: Query, ids: list[str]) -> tuple[int, int]:
    """(grade-2 offers found anywhere in the results, grade-2 offers)."""
    exact = [i for i, grade in query.relevant.items() if grade == 2]
    return sum(1 for i in exact if i in ids), len(exact)


def evaluate(queries: list[Query], results: list[tuple[list[str], bool]]) -> dict:
    """results: (ids, similar) per query, in order. Returns the measures and the misses."""
    scores, misses, found, exact = [], [], 0, 0
    for query, (ids, similar) in zip(queries, results, strict=True):
        if not query.relevant:
            if ids:
                misses.append(f"{query.text!r}: nothing is relevant, found {ids[:3]}")
            continue
        p = precision_at_5(query, ids)
        scores.append(p)
        hit, wanted = recall_of_exact(query, ids)
        found, exact = found + hit, exact + wanted
        if p < 1:
            wrong = [i for i in ids[:5] if i not in query.relevant]
            misses.append(f"{query.text!r} {query.filters}: p@5 {p:.2f}, not relevant {wrong}"
                          f"{' (similar)' if similar else ''}")
    return {"precision": sum(scores) / len(scores), "recall": found / exact,
            "queries": len(queries),
            "with_relevant": len(scores), "misses": misses}
