"""The report of the data root now, and of an earlier state to compare with: a Git
revision (--since) or a report saved as JSON (--compare)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from generator.analyse.compare import CompareError, check_saved, compare_reports
from generator.analyse.report import Report, build_report
from generator.analyse.revision import RevisionError, checkout
from generator.errors import UserError
from generator.findings import Finding
from generator.validate.check import check_data_root


class ReportError(UserError):
    """The report cannot be made; the message says why and what to do. `findings` holds
    the check's errors when the data itself is the reason."""

    def __init__(self, message: str, findings: list[Finding] = ()):
        super().__init__(message)
        self.findings = list(findings)


def report_of(root: Path, today: dt.date, state: str = "", json_form: bool = False) -> Report:
    result = check_data_root(root, today)
    if not result.ok:
        errors = sorted(set(result.findings.errors))
        where = f"Der Stand „{state}“" if state else "Der Datenordner"
        raise ReportError(f"{where} hat {len(errors)} Fehler. Der Qualitätsbericht braucht "
                          "fehlerfreie Daten: behebe sie zuerst (python -m generator check).",
                          errors if not state else [])
    return build_report(result.dataset, today, json_form)


def saved_report(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"{path} kann nicht gelesen werden ({exc.strerror}).") from exc
    except UnicodeDecodeError as exc:
        raise ReportError(f"{path} ist keine UTF-8-Textdatei. Nutze einen mit --format json "
                          "gespeicherten Bericht.") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportError(f"{path}:{exc.lineno}: kein gültiges JSON ({exc.msg}). Speichere "
                          "den Bericht mit --format json.") from exc
    try:
        return check_saved(data, str(path))
    except CompareError as exc:
        raise ReportError(str(exc)) from exc


def earlier_report(root: Path, today: dt.date, since: str | None,
                   compare: Path | None) -> tuple[dict, str] | None:
    if compare is not None:
        return saved_report(compare), str(compare)
    if since is None:
        return None
    try:
        with checkout(root, since) as old_root:
            return report_of(old_root, today, since).as_dict(), since
    except RevisionError as exc:
        raise ReportError(str(exc)) from exc


def quality_report(root: Path, today: dt.date, since: str | None = None,
                   compare: Path | None = None, json_form: bool = False) -> Report:
    """The report of `root`, with a comparison when an earlier state is given; `json_form`:
    it is written as JSON (build_report)."""
    report = report_of(root, today, json_form=json_form)
    earlier = earlier_report(root, today, since, compare)
    if earlier is not None:
        before, base = earlier
        report.comparison = compare_reports(report.as_dict(), before, base)
    return report
