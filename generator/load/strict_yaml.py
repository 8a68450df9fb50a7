"""A strict YAML reader: every scalar stays text, and YAML features that surprise
partners (anchors, tags, duplicate keys, several documents) are rejected.

The tree is built from parser events without recursion, so deep nesting is
reported as a finding instead of crashing.
"""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass, field

import yaml

from generator.findings import Finding, error, field_name, warning
from generator.load.marks import PackedMarks
from generator.load.yaml_hints import odd_indentation, scalar_warnings, syntax_finding

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 256 * 1024
# network.yaml lists every municipality and school of a district: it may be larger
MAX_NETWORK_BYTES = 4 * 1024 * 1024
MAX_SCALAR_CHARS = 10_000
MAX_DEPTH = 10
_NULL_WORDS = {"", "~", "null", "Null", "NULL"}
# Keys and short values (ids, list keys, towns) repeat across thousands of files: one copy each
_SHARED_CHARS = 64

Path = tuple  # a path into the document: keys and list indexes


@dataclass
class YamlDocument:
    """The data of one file, plus the line and column of every key and list item.

    After validation the data lives on in the validated object: `release()` drops the tree
    and packs the marks, which findings still need."""

    file: str
    data: dict | None
    marks: dict[Path, tuple[int, int]] | PackedMarks = field(default_factory=dict)

    def release(self) -> None:
        self.data = None
        if isinstance(self.marks, dict):
            self.marks = PackedMarks(self.marks)

    def position(self, path: Path) -> tuple[int, int]:
        """The position of `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.marks:
                return self.marks[path]
            path = path[:-1]
        return self.marks.get((), (1, 1))


class YamlRejected(Exception):
    """Raised inside the reader; carries the finding that explains the rejection."""

    def __init__(self, finding: Finding):
        super().__init__(finding.message)
        self.finding = finding


def read_yaml(raw: bytes, file: str, max_bytes: int = MAX_FILE_BYTES
              ) -> tuple[YamlDocument | None, list[Finding]]:
    """Read one file's bytes. Returns the document (None when rejected) and findings."""
    if len(raw) > max_bytes:
        return None, [error("file-too-large",
                            f"Die Datei ist {len(raw) // 1024} KiB groß, erlaubt sind "
                            f"{max_bytes // 1024} KiB. Teile den Inhalt auf oder kürze "
                            "lange Texte.", file, 1, 1)]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [error("not-utf8", "Die Datei ist nicht in UTF-8 gespeichert. Speichere "
                            "sie im Editor mit der Kodierung UTF-8.", file, line, 1)]
    lines = text.splitlines()
    odd = odd_indentation(lines, file)
    if odd is not None:
        return None, [odd]
    builder = _TreeBuilder(file, lines)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            builder.feed(event)
    except YamlRejected as exc:
        return None, [*builder.warnings, exc.finding]
    except yaml.YAMLError as exc:
        return None, [*builder.warnings, _syntax_finding(exc, file, text)]
    except RecursionError:
        return None, [error("too-deep", "Die Datei ist zu tief verschachtelt. Prüfe die "
                            "Einrückung.", file, 1, 1)]
    if builder.root is None:
        return None, [error("empty-file", "Die Datei ist leer. Fülle sie aus oder lösche sie. "
                            "Eine Vorlage mit Erklärungen schreibt „python -m generator new "
                            "offer --partner <kennung>“; im Browser-Editor (/redaktion/) "
                            "legst du ein Angebot mit „Neu“ an.", file, 1, 1)]
    if not isinstance(builder.root, dict):
        return None, [error("not-a-mapping", "Die Datei muss aus Feldern der Form "
                            "„name: Wert“ bestehen, nicht aus einer Liste oder einem "
                            "einzelnen Wert.", file, 1, 1)]
    return YamlDocument(file, builder.root, builder.marks), builder.warnings


def _syntax_finding(exc: yaml.YAMLError, file: str, text: str) -> Finding:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = str(getattr(exc, "problem", "") or exc)
    lines = text.splitlines()
    bad_line = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in bad_line[: column + 1]:
        return error("tab-character", "Hier steht ein Tabulator. YAML erlaubt zum Einrücken "
                     "nur Leerzeichen: ersetze den Tabulator durch Leerzeichen.",
                     file, line, column)
    if "unacceptable character" in problem or "control characters" in problem:
        return error("control-character", "Hier steht ein unsichtbares Steuerzeichen. "
                     "Lösche es (oft hilft: Zeile neu tippen).", file, line, column)
    clearer = syntax_finding(problem, lines, line, column, file)
    if clearer is not None:
        return clearer
    if "mapping values are not allowed" in problem:
        return error("colon-in-text", "Hier steht ein Doppelpunkt mit Leerzeichen mitten im "
                     "Text. Setze den ganzen Text in Anführungszeichen: "
                     "feld: \"Text: mit Doppelpunkt\".", file, line, column)
    return error("yaml-syntax", f"Die Datei ist kein gültiges YAML ({problem}). Prüfe "
                 "Einrückung, Doppelpunkte und Anführungszeichen in dieser Zeile und der "
                 "Zeile davor.", file, line, column)


class _TreeBuilder:
    """Turns a stream of parser events into dicts, lists and strings."""

    def __init__(self, file: str, lines: list[str]):
        self.file = file
        self.lines = lines
        self.root = None
        self.marks: dict[Path, tuple[int, int]] = {}
        self.warnings: list[Finding] = []
        self.documents = 0
        self._reject_field = ""
        # each frame: [container, path, pending_key, key_positions]
        self.stack: list[list] = []

    def _reject(self, code: str, message: str, event) -> None:
        mark = event.start_mark
        raise YamlRejected(error(code, message, self.file, mark.line + 1, mark.column + 1,
                                 self._reject_field))

    def feed(self, event) -> None:
        name = type(event).__name__
        if name == "DocumentStartEvent":
            self.documents += 1
            if self.documents > 1:
                self._reject("several-documents", "Die Datei enthält mehrere Dokumente "
                             "(„---“). Lege jedes Angebot in eine eigene Datei.", event)
            if getattr(event, "tags", None):
                self._reject("explicit-tag", "Eigene YAML-Tags (%TAG) sind nicht erlaubt. "
                             "Lösche die Zeile.", event)
        elif name in ("MappingStartEvent", "SequenceStartEvent"):
            self._check_node(event)
            container = {} if name == "MappingStartEvent" else []
            if len(self.stack) >= MAX_DEPTH:
                self._reject("too-deep", f"Mehr als {MAX_DEPTH} Ebenen verschachtelt. Prüfe "
                             "die Einrückung.", event)
            path = self._attach(container, event)
            self.stack.append([container, path, None, {}])
        elif name in ("MappingEndEvent", "SequenceEndEvent"):
            self.stack.pop()
        elif name == "ScalarEvent":
            self._check_node(event)
            if not self._expects_key():
                self.warnings += scalar_warnings(event, self.lines, self.file,
                                                 field_name(self._value_path()))
            self._attach(self._scalar_value(event), event)
        elif name == "AliasEvent":
            self._reject("alias", "Verweise mit * (YAML-Alias) sind nicht erlaubt. Schreibe "
                         "den Wert aus.", event)

    def _expects_key(self) -> bool:
        return bool(self.stack) and isinstance(self.stack[-1][0], dict) \
            and self.stack[-1][2] is None

    def _value_path(self) -> Path:
        if not self.stack:
            return ()
        container, path, key = self.stack[-1][:3]
        return (*path, len(container)) if isinstance(container, list) else (*path, key)

    def _check_node(self, event) -> None:
        if event.anchor is not None:
            self._reject("anchor", f"Anker &{event.anchor} sind nicht erlaubt. Lösche "
                         f"„&{event.anchor}“ und schreibe Werte jeweils aus.", event)
        if event.tag is not None and event.tag != "!":
            self._reject("explicit-tag", f"Der Typ-Vermerk „{event.tag}“ ist nicht erlaubt. "
                         "Lösche ihn; setze Text bei Bedarf in Anführungszeichen.", event)

    def _scalar_value(self, event) -> str | None:
        value = event.value
        plain = event.style in (None, "")
        if plain and value in _NULL_WORDS:
            return None
        if len(value) > MAX_SCALAR_CHARS:
            self._reject("field-too-large", f"Der Wert hat {len(value)} Zeichen, erlaubt "
                         f"sind {MAX_SCALAR_CHARS}. Kürze ihn.", event)
        normal = unicodedata.normalize("NFC", value)
        if len(normal) <= _SHARED_CHARS:
            normal = sys.intern(normal)
        if normal != value:
            mark = event.start_mark
            self.warnings.append(warning(
                "not-nfc", "Der Text enthält zerlegte Umlaute oder Akzente (nicht NFC). Er "
                "wurde für die Ausgabe normalisiert; speichere ihn im Editor neu, damit die "
                "Datei sauber ist.", self.file, mark.line + 1, mark.column + 1))
        return normal

    def _attach(self, value, event) -> Path:
        mark = (event.start_mark.line + 1, event.start_mark.column + 1)
        if not self.stack:
            if self.root is None and value is not None:
                self.root = value
                self.marks[()] = mark
            return ()
        frame = self.stack[-1]
        container, path = frame[0], frame[1]
        if isinstance(container, list):
            child = (*path, len(container))
            container.append(value)
            self.marks[child] = mark
            return child
        if frame[2] is None:  # this scalar is a key
            if not isinstance(value, str):
                self._reject("complex-key", "Ein Feldname muss ein einfaches Wort sein.",
                             event) if value is not None else self._reject(
                    "empty-key", "Vor dem Doppelpunkt fehlt der Feldname.", event)
            if value in container or value in frame[3]:
                first = frame[3][value][0]
                self._reject_field = ".".join(str(p) for p in (*path, value))
                self._reject("duplicate-key", f"Das Feld „{value}“ steht zweimal (zuerst in "
                             f"Zeile {first}). Lösche eine der beiden Zeilen.", event)
            frame[2] = value
            frame[3][value] = mark
            return path
        key = frame[2]
        frame[2] = None
        container[key] = value
        child = (*path, key)
        # a scalar is reported where its value stands; a block where its key stands
        self.marks[child] = frame[3][key] if value is None or isinstance(value, dict | list) \
            else mark
        return child
