"""Brings the `.ts` catalogues up to date with the code: Qt's lupdate finds the messages, this keeps their translations.

    .venv/bin/python tools/update_translations.py [--check]

``pyside6-lupdate`` (shipped in PySide6-Essentials) reads every
``translate(...)``, ``self.tr(...)`` and ``QT_TRANSLATE_NOOP(...)`` in
``ecomap/`` into a fresh catalogue. Each of ``ecomap/language/translations/
ecomap_{en,cy,de}.ts`` is then rewritten with exactly those messages, in
lupdate's order, keeping every translation already made; a message whose
source holds ``%n`` is a plural (lupdate marks plurals only for ``self.tr``)
with as many forms as Qt Linguist gives the language. Messages no longer in
the code are dropped. English is the text in the code, so ``ecomap_en.ts``
holds only the plural messages, with their English forms. ``--check`` changes nothing and exits 1, naming what
differs, when a file is out of date (the test suite runs the same check).
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape

from defusedxml import ElementTree

from ecomap.language import LANGUAGES, translations_folder
from ecomap.language.catalogue import MessageKey, message_key
from ecomap.language.plurals import FORM_COUNTS

ROOT = Path(__file__).resolve().parents[1]
SOURCE_LANGUAGE = "en"
INDENT = "    "


def lupdate() -> str:
    """The ``pyside6-lupdate`` beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate was not found (it comes with PySide6-Essentials)")
    return found


def extract_messages(source_folder: Path = ROOT / "ecomap") -> list[MessageKey]:
    """Every message lupdate finds in ``source_folder``'s Python files, in lupdate's order."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "extracted.ts"
        options = ["-silent", "-extensions", "py", "-locations", "none", "-no-obsolete"]
        subprocess.run(
            [lupdate(), *options, str(source_folder), "-ts", str(fresh)],
            check=True,
            capture_output=True,
        )
        root = ElementTree.fromstring(fresh.read_bytes())
    return [
        message_key(message, context.findtext("name") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def existing_translations(path: Path) -> dict[MessageKey, Element]:
    """The ``<translation>`` of every message already in the catalogue at ``path`` (none if it is new)."""
    if not path.exists():
        return {}
    root = ElementTree.fromstring(path.read_bytes())
    found: dict[MessageKey, Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                found[message_key(message, name)] = translation
    return found


def _translation_lines(translation: Element | None, plural: bool, forms: int) -> list[str]:
    """The ``<translation>`` element's lines, unfinished where nothing is translated yet."""
    pad = INDENT * 2
    if plural:
        texts = [form.text or "" for form in translation.iter("numerusform")] if translation is not None else []
        texts = (texts + [""] * forms)[:forms]
        finished = all(texts) and (translation is None or translation.get("type") != "unfinished")
        opening = "<translation>" if finished else '<translation type="unfinished">'
        inner = [f"{pad}{INDENT}<numerusform>{escape(text)}</numerusform>" for text in texts]
        return [pad + opening, *inner, pad + "</translation>"]
    text = (translation.text or "") if translation is not None else ""
    finished = bool(text) and translation is not None and translation.get("type") != "unfinished"
    opening = "<translation>" if finished else '<translation type="unfinished">'
    return [f"{pad}{opening}{escape(text)}</translation>"]


def catalogue_text(language: str, messages: Sequence[MessageKey], translations: dict[MessageKey, Element]) -> str:
    """The whole ``.ts`` file for ``language``: ``messages`` grouped by context, with the translations known."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f'<TS version="2.1" language="{language}">']
    contexts: dict[str, list[MessageKey]] = {}
    for key in messages:
        if language == SOURCE_LANGUAGE and "%n" not in key[1]:
            continue  # English is the code's own text: its catalogue holds only the plurals' forms
        contexts.setdefault(key[0], []).append(key)
    for context, keys in contexts.items():
        lines += ["<context>", f"{INDENT}<name>{escape(context)}</name>"]
        for key in keys:
            plural = "%n" in key[1]
            lines.append(INDENT + ('<message numerus="yes">' if plural else "<message>"))
            lines.append(f"{INDENT * 2}<source>{escape(key[1])}</source>")
            if key[2]:
                lines.append(f"{INDENT * 2}<comment>{escape(key[2])}</comment>")
            lines += _translation_lines(translations.get(key), plural, FORM_COUNTS[language])
            lines.append(INDENT + "</message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def catalogue_path(language: str) -> Path:
    """Where ``language``'s catalogue lives."""
    return translations_folder() / f"ecomap_{language}.ts"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a catalogue is out of date")
    arguments = parser.parse_args(argv)
    messages = extract_messages()
    stale = []
    for language in LANGUAGES:
        path = catalogue_path(language)
        wanted = catalogue_text(language, messages, existing_translations(path))
        if path.exists() and path.read_text(encoding="utf-8") == wanted:
            continue
        stale.append(path)
        if not arguments.check:
            path.write_text(wanted, encoding="utf-8")
    for path in stale:
        verb = "is out of date with the code" if arguments.check else "updated"
        print(f"{path.relative_to(ROOT)}: {verb}", file=sys.stderr)
    if arguments.check and stale:
        print("run: .venv/bin/python tools/update_translations.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
