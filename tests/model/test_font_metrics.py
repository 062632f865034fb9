"""The model's text metrics: the bundled font's advance widths, as reportlab sets them, without Qt."""

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from ecomap.model import font_files, font_metrics
from ecomap.model.font_files import FONT_FILES, font_path
from ecomap.model.font_metrics import ascent, descent, line_height, text_width
from ecomap.report.fonts import BOLD, REGULAR, register_fonts
from ecomap.report.options import ReportError

LABELS = [
    "Mum (Carol)",
    "Drug and alcohol service",
    "Zoë Ćwik",
    "Müller",
    "Youth boxing club",
    "Jobcentre Plus work coach",
    "Ωμέγα Αλφάβητο",
    "Приве́т, Серге́й",
    "0123456789",
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    "…",
    "Nan & Grandad — 2 visits/week",
    "office fl ffi AVAV To Wa",
    "e\u0301te\u0301",
    " ",
    "\u00a0",
    "",
]
SIZES = [1.0, 7.5, 10.0, 13.0, 13 * 1.75]

NOTDEF_EM = 1229 / 2048
"""DejaVu Sans's ``.notdef`` glyph (glyph 0) is 1229 units wide, of 2048 to the em."""


def reportlab_width(text: str, size: float, *, bold: bool) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("text", LABELS)
def test_widths_equal_reportlabs_for_the_same_face(text: str, size: float, bold: bool) -> None:
    assert text_width(text, size, bold=bold) == pytest.approx(
        reportlab_width(text, size, bold=bold), rel=1e-6, abs=1e-9
    )


@pytest.mark.parametrize("bold", [False, True])
def test_every_character_the_font_has_measures_as_in_reportlab(bold: bool) -> None:
    register_fonts()
    face = pdfmetrics.getFont(BOLD if bold else REGULAR).face
    characters = [chr(code) for code, glyph in face.charToGlyph.items() if glyph]
    assert len(characters) > 5000
    differ = [
        c for c in characters if text_width(c, 1000, bold=bold) != pytest.approx(face.charWidths[ord(c)], rel=1e-9)
    ]
    assert differ == []


def test_bold_is_wider_and_widths_scale_with_size() -> None:
    assert text_width("Mum (Carol)", 10, bold=True) > text_width("Mum (Carol)", 10)
    assert text_width("Mum (Carol)", 26) == pytest.approx(2 * text_width("Mum (Carol)", 13))
    assert text_width("", 13) == 0.0


@given(st.text(max_size=12), st.text(max_size=12), st.booleans())
def test_a_width_is_the_sum_of_its_parts(first: str, second: str, bold: bool) -> None:
    whole = text_width(first + second, 10, bold=bold)
    assert whole == pytest.approx(text_width(first, 10, bold=bold) + text_width(second, 10, bold=bold))


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("text", ["漢", "字", "ア", "한", "Ａ", "\u3000", "\U00020001"])
def test_east_asian_wide_characters_the_font_lacks_take_one_em(text: str, bold: bool) -> None:
    assert text_width(text, 10, bold=bold) == 10.0
    assert text_width(f"Li {text}", 10, bold=bold) == pytest.approx(text_width("Li ", 10, bold=bold) + 10.0)


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "\u0915",  # Devanagari KA: not in DejaVu Sans
        "\u0378",  # unassigned (Python's unicodedata calls it fullwidth)
        "\U000e0001",  # a tag character
        "\n",
    ],
)
def test_other_missing_characters_take_the_notdef_glyphs_width(text: str, bold: bool) -> None:
    assert text_width(text, 2048, bold=bold) == pytest.approx(NOTDEF_EM * 2048)
    assert text_width(text, 10, bold=bold) == pytest.approx(reportlab_width(text, 10, bold=bold))


def test_combining_marks_take_the_width_the_font_gives_them() -> None:
    assert text_width("\u0301", 10) == 0.0
    assert text_width("e\u0301", 10) == text_width("e", 10)
    assert text_width("\u200b", 10) == 0.0


def test_without_a_full_unicode_map_the_bmp_map_gives_the_same_widths() -> None:
    # Hide the (3, 10) format 12 subtable, so the reader falls back to (3, 1) in format 4.
    data = bytearray(font_path(False).read_bytes())
    cmap_at = font_metrics._tables(bytes(data))[b"cmap"][0]
    (count,) = struct.unpack_from(">H", data, cmap_at + 2)
    for index in range(count):
        entry = cmap_at + 4 + 8 * index
        if struct.unpack_from(">HH", data, entry) == (3, 10):
            struct.pack_into(">HH", data, entry, 3, 99)
    bmp_only = font_metrics._read_face(bytes(data)).widths
    full = font_metrics._read_face(font_path(False).read_bytes()).widths
    assert len(bmp_only) > 5000
    assert {c: w for c, w in full.items() if ord(c) <= 0xFFFF} == dict(bmp_only)


@pytest.mark.parametrize("bold", [False, True])
def test_line_metrics_come_from_the_hhea_table(bold: bool) -> None:
    # DejaVu Sans: ascender 1901, descender -483, line gap 0, of 2048 units to the em (both faces).
    assert ascent(2048, bold=bold) == 1901
    assert descent(2048, bold=bold) == 483
    assert line_height(10, bold=bold) == pytest.approx(11.640625)
    assert line_height(13, bold=bold) == pytest.approx(ascent(13, bold=bold) + descent(13, bold=bold))


def test_importing_the_metrics_loads_neither_qt_nor_reportlab() -> None:
    code = (
        "import sys\n"
        "import ecomap.model.font_metrics as m\n"
        "assert m.text_width('Mum', 10) > 0\n"
        "print(sorted(n for n in ('PySide6', 'shiboken6', 'reportlab', 'numpy', 'networkx') if n in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("bold", [False, True])
def test_font_path_finds_the_bundled_files(bold: bool) -> None:
    path = font_path(bold)
    assert path.is_file()
    assert path.name == FONT_FILES[bold]
    assert path.parent == font_files.font_folders()[0]


def test_font_path_tries_the_folders_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "source", tmp_path / "installed"
    first.mkdir()
    second.mkdir()
    shutil.copyfile(font_path(True), second / FONT_FILES[True])
    monkeypatch.setattr(font_files, "font_folders", lambda: [first, second])
    assert font_path(True) == second / "DejaVuSans-Bold.ttf"
    shutil.copyfile(font_path(True), first / FONT_FILES[True])
    assert font_path(True) == first / "DejaVuSans-Bold.ttf"


def test_a_missing_font_names_the_file_and_every_folder_searched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders = [tmp_path / "source", tmp_path / "installed"]
    monkeypatch.setattr(font_files, "font_folders", lambda: folders)
    with pytest.raises(FileNotFoundError) as raised:
        font_path(False)
    message = str(raised.value)
    assert message == f"the bundled font DejaVuSans.ttf was not found (looked in {folders[0]}, {folders[1]})"


def test_the_pdf_still_reports_a_missing_font_as_a_report_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(font_files, "font_folders", lambda: [tmp_path])
    with pytest.raises(ReportError, match=r"DejaVuSans\.ttf was not found \(looked in "):
        register_fonts.__wrapped__()
