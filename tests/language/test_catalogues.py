"""The `.ts` catalogues: up to date with the code, complete in Welsh and German, and accepted by Qt's lrelease."""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree

from ecomap.language import LANGUAGES, translations_folder
from ecomap.language.plurals import FORM_COUNTS
from tools.update_translations import catalogue_path, catalogue_text, existing_translations, extract_messages

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


def messages(language: str) -> list[tuple[str, str, str, list[str], bool]]:
    """(context, source, comment, translations, finished) of every message in ``language``'s catalogue."""
    root = ElementTree.parse(catalogue_path(language)).getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            finished = translation.get("type") is None and all(forms)
            found.append(
                (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    forms,
                    finished,
                )
            )
    return found


def test_every_catalogue_is_up_to_date_with_the_code() -> None:
    """lupdate over ecomap/ finds exactly the messages each `.ts` file holds (run tools/update_translations.py)."""
    extracted = extract_messages()
    assert len(extracted) > 100
    for language in LANGUAGES:
        path = catalogue_path(language)
        wanted = catalogue_text(language, extracted, existing_translations(path))
        assert path.read_text(encoding="utf-8") == wanted, (
            f"{path.name} is out of date with the code: run .venv/bin/python tools/update_translations.py"
        )


def test_a_catalogue_goes_stale_when_the_code_gains_a_message(tmp_path: Path) -> None:
    """The check above can fail: a new translate() call in the code is a message the catalogue lacks."""
    package = tmp_path / "ecomap"
    shutil.copytree(Path(__file__).resolve().parents[2] / "ecomap" / "ui", package / "ui")
    (package / "ui" / "new_dialog.py").write_text('words = translate("NewDialog", "A brand new sentence")\n')
    extracted = extract_messages(package)
    assert ("NewDialog", "A brand new sentence", "") in extracted
    path = catalogue_path("de")
    assert catalogue_text("de", extracted, existing_translations(path)) != path.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["cy", "de"])
def test_welsh_and_german_are_complete(language: str) -> None:
    unfinished = [(context, source) for context, source, _, _, finished in messages(language) if not finished]
    assert unfinished == [], f"{len(unfinished)} messages untranslated in {language}, first: {unfinished[:5]}"


def test_english_gives_every_plural_its_forms() -> None:
    plurals = [entry for entry in messages("en") if "%n" in entry[1]]
    assert plurals, "the code has no plural messages"
    assert [entry[:2] for entry in plurals if not entry[4]] == []


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_translations_keep_their_placeholders_and_forms(language: str) -> None:
    """A translation has the source's {placeholders} (no more), %n in every plural form, and Qt's number of forms."""
    for context, source, _, forms, finished in messages(language):
        if not finished:
            continue
        wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) - {"%n"} == wanted, (context, source, form)
            assert form.count("&") - form.count("&&") * 2 <= 1, (context, source, form)
        if "%n" in source:
            assert len(forms) == FORM_COUNTS[language], (context, source)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_qt_lrelease_accepts_each_catalogue(language: str, tmp_path: Path) -> None:
    """Qt's own compiler reads each file without complaint, and for Welsh and German finds nothing unfinished."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    result = subprocess.run(
        [str(lrelease), str(translations_folder() / f"ecomap_{language}.ts"), "-qm", str(tmp_path / "out.qm")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.qm").stat().st_size > 0
    if language != "en":
        assert " 0 unfinished" in result.stdout, result.stdout


def written_messages(folder: Path) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every translate()/QT_TRANSLATE_NOOP() call whose words are literals."""
    found = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            words = [argument.value if isinstance(argument, ast.Constant) else None for argument in node.args[:3]]
            if isinstance(words[0], str) and isinstance(words[1], str):
                found.add((words[0], words[1], words[2] if len(words) > 2 and isinstance(words[2], str) else ""))
    return found


def test_lupdate_finds_every_message_the_code_writes() -> None:
    """lupdate silently skips a call it cannot parse (a function call among its arguments, say): none may be lost."""
    package = Path(__file__).resolve().parents[2] / "ecomap"
    lost = written_messages(package) - set(extract_messages())
    assert not lost, f"lupdate does not see {len(lost)} messages, e.g. {sorted(lost)[:5]}"
