"""Which language Ecomap speaks, and how a catalogue's plural forms are chosen."""

from pathlib import Path

import pytest

from ecomap.errors import InputError
from ecomap.language import TranslatedWords, current_language, translate, use_language
from ecomap.language.catalogue import read_catalogue
from ecomap.language.choice import choose_language, language_code, system_language
from ecomap.language.plurals import FORM_COUNTS, plural_form


@pytest.mark.parametrize(
    ("locale_name", "code"),
    [
        ("de_DE.UTF-8", "de"),
        ("cy_GB", "cy"),
        ("de-AT", "de"),
        ("German_Germany.1252", "de"),
        ("Welsh_United Kingdom", "cy"),
        ("en_GB.UTF-8", "en"),
        ("fr_FR", None),
        ("C", None),
        ("", None),
        (None, None),
    ],
)
def test_locale_names_give_a_language_ecomap_speaks(locale_name: str | None, code: str | None) -> None:
    assert language_code(locale_name) == code


def test_ecomap_lang_wins_then_the_saved_choice_then_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ECOMAP_LANG", "cy")
    assert choose_language(saved="de", system="en_GB") == "cy"
    monkeypatch.delenv("ECOMAP_LANG")
    assert choose_language(saved="de", system="cy_GB") == "de"
    assert choose_language(saved=None, system="cy_GB") == "cy"
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert choose_language(saved=None, system="fr_FR") == "en"
    monkeypatch.setenv("LC_ALL", "cy_GB.UTF-8")  # a locale the machine lacks: Qt reads it as "C"
    assert choose_language(saved=None, system="C") == "cy"


def test_without_a_choice_the_system_locale_decides_as_gettext_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ECOMAP_LANG")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LC_MESSAGES", "cy_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    assert system_language() == "cy"
    monkeypatch.setenv("LC_ALL", "de_CH.UTF-8")
    assert choose_language() == "de"


def test_a_language_ecomap_does_not_speak_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ECOMAP_LANG", "fr")
    with pytest.raises(InputError, match=r"^ECOMAP_LANG=fr is not a language Ecomap speaks \(en, cy, de\)$"):
        choose_language()


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("en", {0: 1, 1: 0, 2: 1, 21: 1}),
        ("de", {0: 1, 1: 0, 2: 1, 21: 1}),
        ("cy", {0: 0, 1: 1, 2: 2, 5: 2, 6: 3, 7: 4, 11: 4, 100: 4}),
    ],
)
def test_plural_forms_follow_qt_linguist(language: str, counts: dict[int, int]) -> None:
    assert {n: plural_form(language, n) for n in counts} == counts
    assert max(counts.values()) < FORM_COUNTS[language]


def test_only_finished_translations_are_used(tmp_path: Path) -> None:
    path = tmp_path / "ecomap_de.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="de_DE"><context><name>C</name>'
        "<message><source>Save</source><translation>Speichern</translation></message>"
        '<message><source>Open</source><translation type="unfinished">Öffnen</translation></message>'
        '<message numerus="yes"><source>%n tie(s)</source><translation>'
        "<numerusform>%n Beziehung</numerusform><numerusform>%n Beziehungen</numerusform></translation></message>"
        '<message><source>Close</source><comment>verb</comment><translation type="vanished">Zu</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    catalogue = read_catalogue(path)
    assert catalogue.language == "de"
    assert catalogue.texts == {("C", "Save", ""): "Speichern"}
    assert catalogue.plurals == {("C", "%n tie(s)", ""): ["%n Beziehung", "%n Beziehungen"]}


def test_a_hostile_catalogue_is_refused(tmp_path: Path) -> None:
    """The catalogue is read with defusedxml: an entity bomb is refused, not expanded."""
    path = tmp_path / "ecomap_de.ts"
    path.write_text('<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY a "aaaa">]><TS language="de">&a;</TS>')
    with pytest.raises(InputError, match=r"ecomap_de.ts: is not a Qt Linguist catalogue Ecomap can read \(Entit"):
        read_catalogue(path)


def test_english_untranslated_text_is_the_source_and_the_language_can_change() -> None:
    assert current_language() == "en"
    assert translate("NoSuchContext", "Plain words") == "Plain words"
    words = TranslatedWords("NoSuchContext", {1: "one"})
    assert (words[1], words.english(1), dict(words)) == ("one", "one", {1: "one"})
    use_language("de")
    assert current_language() == "de"
    with pytest.raises(ValueError, match="fr"):
        use_language("fr")


def test_a_damaged_catalogue_is_one_line_and_the_language_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken install: ``ecomap`` names the file in one line, exit 2; no traceback, no half-German output."""
    import ecomap.language as language
    from ecomap.cli import main
    from tests.conftest import EXAMPLE_CASE

    (tmp_path / "ecomap_de.ts").write_text("<TS language='de'><context><name>Cut off here", encoding="utf-8")
    monkeypatch.setattr(language, "translations_folder", lambda: tmp_path)
    language.catalogue.cache_clear()
    try:
        with pytest.raises(InputError, match=r"ecomap_de.ts: is not a Qt Linguist catalogue Ecomap can read"):
            use_language("de")
        assert current_language() == "en"
        monkeypatch.setenv("ECOMAP_LANG", "de")
        assert main(["versions", str(EXAMPLE_CASE)]) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err.count("\n") == 1
        assert err.startswith(f"ecomap: {tmp_path / 'ecomap_de.ts'}: is not a Qt Linguist catalogue")
    finally:
        language.catalogue.cache_clear()
