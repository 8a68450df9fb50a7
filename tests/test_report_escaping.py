"""Partner text in the Markdown report is literal text, and a saved report that is not
whole is refused with a message."""

import pytest

from generator.analyse.compare import CompareError, check_saved
from generator.analyse.report import FORMAT_NAME, FORMAT_VERSION
from generator.render.report_md import cell


def test_markdown_syntax_in_partner_text_stays_text():
    text = cell("![x](https://tracker.example.org/p.png) a|b <script>")
    assert "![" not in text and "](" not in text and "<script>" not in text
    assert text == r"\!\[x\]\(https://tracker.example.org/p.png\) a\|b &lt;script&gt;"


@pytest.mark.parametrize("broken", [{"offers": [{"id": "x"}], "findings": []},
                                    {"offers": [], "findings": [1]}])
def test_saved_report_with_broken_entries_is_refused(broken):
    report = {"format": FORMAT_NAME, "version": FORMAT_VERSION, **broken}
    with pytest.raises(CompareError, match="unvollständig"):
        check_saved(report, "alt.json")
