"""The benchmarks' synthetic district: copies of the demo district, tile by tile. Its copies
repeat every text that names no town; with distinct_wording no two offers share their
wording, as in a real district, so that a cache per wording cannot flatter a benchmark."""

import datetime as dt
from pathlib import Path

from bench.synthetic import generate
from generator.validate.check import check_data_root

REPO = Path(__file__).parent.parent


def wordings(root: Path) -> tuple[int, int]:
    result = check_data_root(root, dt.date(2026, 11, 24))
    assert result.ok, result.findings.errors[:3]
    offers = result.dataset.offers.values()
    return len(offers), len({(o.title, o.summary, o.description) for o in offers})


def test_copies_repeat_wording_unless_asked_not_to(tmp_path):
    generate(REPO, tmp_path / "plain", 400)
    generate(REPO, tmp_path / "distinct", 400, distinct_wording=True)
    offers, plain = wordings(tmp_path / "plain")
    assert offers == 400 and plain < offers
    assert wordings(tmp_path / "distinct") == (400, 400)
