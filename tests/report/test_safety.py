"""What leaves the tool is safe: markup shown not obeyed, names readable, metadata anonymous, pseudonyms everywhere."""

from pathlib import Path

import pytest

from ecomap.model.pseudonymise import reference_pseudonym
from tests.report.cases import CLIENT, MARKUP_LABELS, NOTE, PEOPLE, REFERENCE, UNICODE_NAMES, WORKER
from tests.report.conftest import Export
from tests.report.pdf_tools import annotations_and_images, decompressed, flat, metadata, needs_tools, pages_text

pytestmark = needs_tools

IDENTIFIERS = (*CLIENT.split(), *CLIENT.replace("-", " ").split(), REFERENCE, *WORKER.split())


def all_text(pdf: Path, mode: str = "raw") -> str:
    return flat(" ".join(pages_text(pdf, mode)))


def test_labels_holding_markup_appear_literally(story_file: Path, export: Export) -> None:
    text = all_text(export(story_file))
    for label in MARKUP_LABELS:
        assert label in text
    assert NOTE in text


def test_markup_in_labels_makes_no_link_and_no_image(story_file: Path, export: Export) -> None:
    pdf = export(story_file)
    annotations, images = annotations_and_images(pdf)
    assert annotations == []
    assert images == []
    raw = decompressed(pdf)
    assert b"/URI" not in raw
    assert b"/Subtype /Image" not in raw


@pytest.mark.parametrize("mode", ["raw", "reading", "layout"])
def test_unicode_names_extract_as_typed(story_file: Path, export: Export, mode: str) -> None:
    text = all_text(export(story_file), mode)
    for name in (*UNICODE_NAMES, CLIENT, WORKER, "Nana Brigitte Müller", "Recovery café"):
        assert name in text, name


def test_metadata_names_no_one(story_file: Path, export: Export) -> None:
    for pdf in (export(story_file), export(story_file, "--pseudonymise")):
        info = metadata(pdf)
        assert info["/Title"] == "Ecomap summary"
        assert info["/Author"] == "Ecomap"
        assert "/Subject" in info
        assert "/Keywords" in info
        joined = " ".join(info.values())
        for identifier in IDENTIFIERS:
            assert identifier not in joined, identifier


def test_pseudonymised_summary_holds_no_name_anywhere(story_file: Path, export: Export) -> None:
    pdf = export(story_file, "--pseudonymise")
    names = [word for label in (CLIENT, *PEOPLE) for word in label.replace("-", " ").split()]
    names.remove("Coach")  # a role word, kept on purpose ("Coach D.O.")
    names.remove("Mate")
    names.remove("Nana")
    texts = [all_text(pdf, mode) for mode in ("raw", "reading", "layout")]
    raw = decompressed(pdf)
    info = " ".join(metadata(pdf).values())
    for name in names:
        for text in texts:
            assert name not in text, name
        assert name.encode("utf-8") not in raw, name
        assert name.encode("utf-16-be") not in raw, name
        assert name not in info, name
    first = all_text(pdf)
    assert "Client Z.Ć.M. (initials)" in first
    assert "Names pseudonymised: replaced by initials or roles; notes are left out." in first
    assert "Notes are left out of this pseudonymised summary." in texts[0]
    assert NOTE not in texts[0]
    assert "Referred by the court" not in texts[0]
    for kept in ("Recovery café", "Probation officer", WORKER, f"{reference_pseudonym(REFERENCE)} (pseudonym)"):
        assert kept in texts[0]
    assert REFERENCE not in " ".join(texts)
    assert REFERENCE.encode() not in raw


def test_a_pseudonymised_summary_names_the_case_by_its_pseudonym_unless_told(story_file: Path, export: Export) -> None:
    pseudonym = reference_pseudonym(REFERENCE)
    hidden = all_text(export(story_file, "--pseudonymise"))
    assert f"Ecomap summary · {pseudonym}" in hidden  # the running head, not "Case Case …"
    assert REFERENCE not in hidden
    kept = all_text(export(story_file, "--pseudonymise", "--keep-reference"))
    assert f"Ecomap summary · Case {REFERENCE}" in kept
    assert pseudonym not in kept
    assert "Z.Ć.M." in kept


def test_kept_notes_are_scrubbed_of_names_too(story_file: Path, export: Export) -> None:
    text = all_text(export(story_file, "--pseudonymise", "--keep-notes"))
    assert "Referred by the court. Z.Ć.M. agreed to the map." in text
    assert "First session with Z.." in text
    assert NOTE in text
    for name in ("Zoë", "Ćwik", "Müller", "Brigitte", "Okonkwo", "Ferreira"):
        assert name not in text, name
