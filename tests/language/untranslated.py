"""Finding user-visible text in the editor's code that does not go through the catalogue.

Two rules, read off the source with ``ast`` (tests/language/test_translatable.py):

1. A string literal (or an f-string with words in it) given to a Qt call that
   shows text (``setText``, ``setToolTip``, ``QLabel(...)``, ``addRow``,
   ``QMessageBox.warning``...) must be inside ``translate(...)``,
   ``self.tr(...)`` or ``QT_TRANSLATE_NOOP(...)``.
2. Any other literal that reads as words (two words with a space between, not
   a docstring) must be inside one of those too, or its line must say why it is
   not shown to people with a ``# not user text`` comment (a settings key, an
   object name, a log line for developers, a file filter pattern).
"""

import ast
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

SHOWING_METHODS = frozenset(
    [
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setTitle",
        "setLabelText",
        "setAccessibleName",
        "setAccessibleDescription",
        "showMessage",
        "addAction",
        "addMenu",
        "addTab",
        "setTabText",
        "addItem",
        "addItems",
        "insertItem",
        "setItemText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setInformativeText",
        "setDetailedText",
        "setButtonText",
        "setOkButtonText",
        "setCancelButtonText",
        "setFormat",
        "setWindowIconText",
        "addRow",
        "addButton",
        "question",
        "information",
        "warning",
        "critical",
        "about",
        "getText",
        "getItem",
        "getInt",
        "getDouble",
        "getSaveFileName",
        "getOpenFileName",
        "getOpenFileNames",
        "getExistingDirectory",
        "setNameFilter",
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QToolButton",
        "QCommandLinkButton",
        "QMessageBox",
        "QProgressDialog",
        "QInputDialog",
        "QDockWidget",
        "QWidgetAction",
        "QListWidgetItem",
        "QTableWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
    ]
)
"""Qt calls whose string arguments people read."""

TRANSLATING = frozenset({"translate", "tr", "QT_TRANSLATE_NOOP"})
EXEMPT_MARK = "# not user text"
_WORDS = re.compile(r"[^\W\d_]{2,}[ \u00a0][^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.text!r}"


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal_words(node: ast.AST) -> str | None:
    """The words of a string literal or an f-string's literal parts, if it has any letters."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value for part in node.values if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    else:
        return None
    return text if any(ch.isalpha() for ch in text) else None


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
        # an attribute's docstring: a bare string right after an assignment
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for before, after in itertools.pairwise(body):
                if (
                    isinstance(before, ast.Assign | ast.AnnAssign)
                    and isinstance(after, ast.Expr)
                    and isinstance(after.value, ast.Constant)
                    and isinstance(after.value.value, str)
                ):
                    found.add(id(after.value))
    return found


def untranslated_text(path: Path) -> list[Finding]:
    """Every place in ``path`` that breaks rule 1 or rule 2."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    inside_translation: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) in TRANSLATING:
            inside_translation.update(id(child) for child in ast.walk(node))
    skipped = _docstrings(tree) | inside_translation
    for node in ast.walk(tree):  # an f-string's parts are judged as the whole f-string
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(child) for child in ast.walk(node) if child is not node)

    def exempt(node: ast.AST) -> bool:
        first = getattr(node, "lineno", 1)
        last = getattr(node, "end_lineno", None) or first
        return any(EXEMPT_MARK in lines[number - 1] for number in range(first, last + 1))

    findings: list[Finding] = []
    reported: set[int] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _call_name(node) in SHOWING_METHODS):
            continue
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
            for candidate in ast.walk(argument):
                if id(candidate) in skipped or id(candidate) in reported:
                    continue
                words = _literal_words(candidate)
                if words is not None and not exempt(candidate):
                    reported.add(id(candidate))
                    findings.append(
                        Finding(path, getattr(candidate, "lineno", 0), words, f"shown by {_call_name(node)}()")
                    )
    for node in ast.walk(tree):
        if id(node) in skipped or id(node) in reported or not isinstance(node, ast.Constant | ast.JoinedStr):
            continue
        words = _literal_words(node)
        if words is not None and _WORDS.search(words) and not exempt(node):
            findings.append(Finding(path, getattr(node, "lineno", 0), words, "reads as words"))
    return findings
