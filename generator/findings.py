"""A finding is one problem in the data: where it is, what is wrong and what to do."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Finding:
    file: str
    line: int
    column: int
    severity: Severity
    code: str
    field: str
    message: str

    def as_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def field_name(loc: tuple) -> str:
    """("target", "classes", 1) → "target.classes[1]"."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def error(code: str, message: str, file: str = "", line: int = 0, column: int = 0,
          field: str = "") -> Finding:
    return Finding(file, line, column, Severity.ERROR, code, field, message)


def warning(code: str, message: str, file: str = "", line: int = 0, column: int = 0,
            field: str = "") -> Finding:
    return Finding(file, line, column, Severity.WARNING, code, field, message)


@dataclass
class Findings:
    """Collects findings from every stage so they are reported together."""

    items: list[Finding] = field(default_factory=list)

    def add(self, finding: Finding) -> None:
        self.items.append(finding)

    def extend(self, findings) -> None:
        self.items.extend(findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.items if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.items if f.severity is Severity.WARNING]

    def sorted(self) -> list[Finding]:
        return sorted(set(self.items))


# Characters from data that could steer a terminal or a CI log: control characters (escape
# sequences, line breaks), line separators, bidi and zero-width characters, and the lone
# surrogates Python uses for bytes of a file name that are not UTF-8.
_BEYOND_C0 = ("\x7f-\x9f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
              "\ud800-\udfff")
_UNSAFE = re.compile(f"[\x00-\x1f{_BEYOND_C0}]")
_UNSAFE_IN_JSON = re.compile(f"[{_BEYOND_C0}]")  # json.dumps escapes the C0 range itself


def _escaped(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


def printable(text: str) -> str:
    """`text` with every unsafe character written as \\uXXXX: one finding stays one line."""
    return _UNSAFE.sub(_escaped, text)


def format_text(findings: list[Finding]) -> str:
    lines = []
    for f in findings:
        where = f"{printable(f.file)}:{f.line}:{f.column}" if f.file else "(Netzwerk)"
        field_note = f" [{printable(f.field)}]" if f.field else ""
        lines.append(f"{where}: {f.severity.value} {printable(f.code)}:{field_note} "
                     f"{printable(f.message)}")
    return "\n".join(lines)


def format_json(findings: list[Finding]) -> str:
    # the unsafe characters become JSON \\uXXXX escapes: the same data, safe to print
    text = json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2,
                      sort_keys=True)
    return _UNSAFE_IN_JSON.sub(_escaped, text)


def _github_escape(value: str, is_property: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if is_property:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return printable(value)


def format_github(findings: list[Finding]) -> str:
    lines = []
    for f in findings:
        level = "error" if f.severity is Severity.ERROR else "warning"
        props = [f"title={_github_escape(f.code, True)}"]
        if f.file:
            props.insert(0, f"file={_github_escape(f.file, True)}")
            if f.line:
                props.insert(1, f"line={f.line}")
                props.insert(2, f"col={max(f.column, 1)}")
        field_note = f"[{f.field}] " if f.field else ""
        lines.append(f"::{level} {','.join(props)}::{_github_escape(field_note + f.message)}")
    return "\n".join(lines)


def format_gitlab(findings: list[Finding]) -> str:
    """GitLab's code-quality report (artifacts:reports:codequality): a JSON list of issues."""
    issues = []
    for f in findings:
        field_note = f"[{f.field}] " if f.field else ""
        key = f"{f.file}:{f.code}:{f.field}:{f.message}"  # stable when lines move
        issues.append({
            "check_name": printable(f.code),
            # GitLab shows the description as one line: escaped like the text format
            "description": printable(field_note + f.message),
            "fingerprint": hashlib.sha256(key.encode("utf-8", "backslashreplace")).hexdigest(),
            "severity": "major" if f.severity is Severity.ERROR else "minor",
            "location": {"path": printable(f.file) or "network.yaml",
                         "lines": {"begin": max(f.line, 1)}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2, sort_keys=True)


FORMATTERS = {"text": format_text, "json": format_json, "github": format_github,
              "gitlab": format_gitlab}
