"""Text widths and line metrics read from the bundled font's own tables, so the model measures labels without Qt.

The model lays labels out (line breaks, label boxes, legibility counts) in
the units the canvas and the PDF draw in: one font unit at size ``s`` is
``s / unitsPerEm`` scene units or points. The numbers come straight from the
TrueType tables of DejaVu Sans (``head``, ``hhea``, ``hmtx`` and ``cmap``
formats 4 and 12, read with :mod:`struct`), so a width here equals
reportlab's ``stringWidth`` for the same face, and the canvas's
:func:`ecomap.ui.canvas.style.scene_font` is sized to match.

A width is the sum of the characters' advance widths, without kerning or
shaping. A character the font lacks counts one em if it is East-Asian wide
or fullwidth (Chinese, Japanese, Korean: what a fallback font would draw)
and the advance of the font's ``.notdef`` glyph otherwise. Each face is read
once, on first use; widths are cached per string and per character.
"""

import functools
import struct
import unicodedata
from dataclasses import dataclass

from ecomap.model.font_files import font_path

WIDTH_CACHE_SIZE = 1 << 16
"""How many (text, face) widths are remembered: line breaking measures the same prefixes over and over."""

_PREFERRED_CMAPS = ((3, 10), (3, 1))
"""Windows full Unicode, then Windows BMP: the subtables tried, in order."""


class _Widths(dict[str, int]):
    """Advance widths in font units by character; a character the font lacks is measured once, when first met."""

    def __init__(self, mapped: dict[str, int], missing_width: int, em: int) -> None:
        super().__init__(mapped)
        self.missing_width = missing_width
        self.em = em

    def __missing__(self, character: str) -> int:
        width = self[character] = self.em if _is_wide(character) else self.missing_width
        return width


def _is_wide(character: str) -> bool:
    """Whether ``character`` takes a full em in East-Asian typesetting (wide or fullwidth)."""
    if unicodedata.category(character) == "Cn":
        # Python calls every unassigned code point fullwidth; only planes 2 and 3 (CJK ideographs) are.
        return 0x20000 <= ord(character) <= 0x3FFFD
    return unicodedata.east_asian_width(character) in ("W", "F")


@dataclass(frozen=True)
class _Face:
    """What the model needs of one font file: the em, the vertical metrics and every character's advance."""

    units_per_em: int
    ascender: int
    descender: int  # negative below the baseline, as hhea stores it
    line_gap: int
    widths: _Widths


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    """The font's table directory: tag -> (offset, length)."""
    (count,) = struct.unpack_from(">H", data, 4)
    directory = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        directory[tag] = (offset, length)
    return directory


def _cmap_format_4(data: bytes, start: int) -> dict[int, int]:
    """Code point -> glyph from a segment-mapping (BMP) subtable at ``start``."""
    length, _language, double_segments = struct.unpack_from(">HHH", data, start + 2)
    segments = double_segments // 2
    ends_at = start + 14
    starts_at = ends_at + double_segments + 2
    deltas_at = starts_at + double_segments
    range_offsets_at = deltas_at + double_segments
    ends = struct.unpack_from(f">{segments}H", data, ends_at)
    starts = struct.unpack_from(f">{segments}H", data, starts_at)
    deltas = struct.unpack_from(f">{segments}h", data, deltas_at)
    range_offsets = struct.unpack_from(f">{segments}H", data, range_offsets_at)
    limit = start + length
    glyphs: dict[int, int] = {}
    for segment, (first, last, delta, range_offset) in enumerate(zip(starts, ends, deltas, range_offsets, strict=True)):
        for code in range(first, min(last, 0xFFFE) + 1):
            if range_offset == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                address = range_offsets_at + 2 * segment + range_offset + 2 * (code - first)
                glyph = struct.unpack_from(">H", data, address)[0] if address + 2 <= limit else 0
                glyph = (glyph + delta) & 0xFFFF if glyph else 0
            if glyph:
                glyphs[code] = glyph
    return glyphs


def _cmap_format_12(data: bytes, start: int) -> dict[int, int]:
    """Code point -> glyph from a segmented-coverage (full Unicode) subtable at ``start``."""
    (groups,) = struct.unpack_from(">I", data, start + 12)
    glyphs: dict[int, int] = {}
    for first, last, first_glyph in struct.iter_unpack(">III", data[start + 16 : start + 16 + 12 * groups]):
        for code in range(first, last + 1):
            if first_glyph + code - first:
                glyphs[code] = first_glyph + code - first
    return glyphs


def _character_glyphs(data: bytes, cmap_at: int) -> dict[int, int]:
    """Code point -> glyph from the first of the preferred Unicode subtables in a format this reader knows."""
    (count,) = struct.unpack_from(">H", data, cmap_at + 2)
    subtables: dict[tuple[int, int], int] = {}
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap_at + 4 + 8 * index)
        subtables.setdefault((platform, encoding), cmap_at + offset)
    for key in _PREFERRED_CMAPS:
        if key in subtables:
            start = subtables[key]
            (table_format,) = struct.unpack_from(">H", data, start)
            if table_format == 12:
                return _cmap_format_12(data, start)
            if table_format == 4:
                return _cmap_format_4(data, start)
    raise ValueError("the font has no Windows Unicode character map in format 4 or 12")


def _read_face(data: bytes) -> _Face:
    """The metrics of the TrueType font whose bytes are ``data``."""
    tables = _tables(data)
    head_at, hhea_at, hmtx_at, cmap_at = (tables[tag][0] for tag in (b"head", b"hhea", b"hmtx", b"cmap"))
    (units_per_em,) = struct.unpack_from(">H", data, head_at + 18)
    ascender, descender, line_gap = struct.unpack_from(">hhh", data, hhea_at + 4)
    (metrics_count,) = struct.unpack_from(">H", data, hhea_at + 34)
    # Each long metric is (advance, left side bearing); glyphs past the last one share its advance.
    advances = struct.unpack_from(f">{2 * metrics_count}H", data, hmtx_at)[::2]
    last = metrics_count - 1
    mapped = {chr(code): advances[min(glyph, last)] for code, glyph in _character_glyphs(data, cmap_at).items()}
    widths = _Widths(mapped, missing_width=advances[0], em=units_per_em)
    return _Face(units_per_em, ascender, descender, line_gap, widths)


@functools.cache
def _face(bold: bool) -> _Face:
    return _read_face(font_path(bold).read_bytes())


@functools.lru_cache(maxsize=WIDTH_CACHE_SIZE)
def _em_width(text: str, bold: bool) -> float:
    """The width of ``text`` at size 1 (in ems)."""
    face = _face(bold)
    return sum(map(face.widths.__getitem__, text)) / face.units_per_em


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The advance width of ``text`` set in the bundled font at ``size`` (no kerning), in the units of ``size``."""
    return _em_width(text, bold) * size


def ascent(size: float, *, bold: bool = False) -> float:
    """How far the font rises above the baseline at ``size`` (hhea ascender)."""
    face = _face(bold)
    return face.ascender / face.units_per_em * size


def descent(size: float, *, bold: bool = False) -> float:
    """How far the font falls below the baseline at ``size``, as a positive number (hhea descender)."""
    face = _face(bold)
    return -face.descender / face.units_per_em * size


def line_height(size: float, *, bold: bool = False) -> float:
    """The distance from one baseline to the next at ``size``: ascent, descent and the font's line gap."""
    face = _face(bold)
    return (face.ascender - face.descender + face.line_gap) / face.units_per_em * size
