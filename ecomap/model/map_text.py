"""The words on a map, set in the bundled font: node labels, the domain headings and the ring names, with their sizes.

Sizes are in scene units, from :mod:`ecomap.model.notation` times the text
size the user chose; widths come from the font files themselves
(:mod:`ecomap.model.font_metrics`), so the canvas, pictures and the PDF,
which all draw in that font, break and place every label the same way.
"""

import functools
import math
from dataclasses import dataclass

from ecomap.language import current_language
from ecomap.model.boxes import Box, box_around
from ecomap.model.elements import Node
from ecomap.model.enums import Domain
from ecomap.model.font_metrics import ascent, line_height, text_width
from ecomap.model.geometry import DOMAIN_SECTORS, polar_to_scene, ring_radii
from ecomap.model.label_lines import label_lines, whole_lines
from ecomap.model.notation import (
    DOMAIN_NAMES,
    HEADING_GAP,
    LABEL_FONT_SIZE,
    LABEL_MAX_WIDTH,
    LABEL_PADDING,
    NODE_RADII,
    RING_NAME_FONT_SIZE,
    SECTOR_FONT_SIZE,
    ring_labels,
)

CLIENT_TEXT = (1.1, 1.0, 0.9, 0.8)
"""The client's name is bold and a little larger, inside their circle if it fits there at one of
these sizes (times a label's); otherwise it goes outside like any other label, whole."""
CLIENT_INSIDE_ROOM = 0.86
"""How much of the client circle's width its name may take."""


@dataclass(frozen=True, slots=True)
class TextBlock:
    """Lines of text set at one size, centred on each other."""

    lines: tuple[str, ...]
    size: float
    bold: bool
    width: float
    """The widest line."""
    line_height: float

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)

    def half_extent(self, padding: float = 0.0) -> tuple[float, float]:
        """Half the width (with ``padding`` either side) and half the height of the block."""
        return self.width / 2 + padding, self.height / 2

    def baselines(self, top: float) -> list[float]:
        """Where each line's baseline falls when the block's top is at ``top`` (scene y, downwards)."""
        first = top + ascent(self.size, bold=self.bold)
        return [first + number * self.line_height for number in range(len(self.lines))]


@dataclass(frozen=True, slots=True)
class LabelText:
    """A node's label as it will be drawn: its lines, and whether it sits inside the node
    (the client's name) and whether it had to be shortened."""

    block: TextBlock
    inside: bool
    shortened: bool

    @property
    def lines(self) -> tuple[str, ...]:
        return self.block.lines


def block(lines: list[str] | tuple[str, ...], size: float, *, bold: bool = False) -> TextBlock:
    widest = max((text_width(line, size, bold=bold) for line in lines), default=0.0)
    return TextBlock(tuple(lines), size, bold, widest, line_height(size, bold=bold))


def label_text(node: Node, text_scale: float = 1.0, *, shorten: bool = False) -> LabelText:
    """How ``node``'s label is set at ``text_scale``: whole, in as many lines as it needs, or
    (``shorten``) in at most two lines with an ellipsis. The client's name goes inside their
    circle when it fits there whole."""
    return _label_text(node.label, node.is_client, NODE_RADII[node.kind], text_scale, shorten)


@functools.lru_cache(maxsize=8192)
def _label_text(label: str, is_client: bool, radius: float, text_scale: float, shorten: bool) -> LabelText:
    words = " ".join(label.split())
    size = LABEL_FONT_SIZE * text_scale
    if is_client:
        # One line at any of the sizes before two lines; never a word broken inside the circle.
        for count in (1, 2):
            for factor in CLIENT_TEXT:
                inside = _inside_circle(words, radius, size * factor, count)
                if inside is not None:
                    return LabelText(inside, True, False)
    bold = is_client
    room = LABEL_MAX_WIDTH * text_scale

    def width_of(text: str) -> float:
        return text_width(text, size, bold=bold)

    if shorten:
        lines = label_lines(words, width_of, room)
        shortened = " ".join(lines) != words
    else:
        lines, shortened = whole_lines(words, width_of, room), False
    return LabelText(block(lines, size, bold=bold), False, shortened)


def _inside_circle(words: str, radius: float, size: float, count: int) -> TextBlock | None:
    """The client's name in ``count`` lines that fit inside their circle at ``size``, broken only
    between words, if it can be."""
    if not words:
        return block([], size, bold=True)
    height = line_height(size, bold=True)
    if count * height > 2 * radius * CLIENT_INSIDE_ROOM:
        return None
    # A line whose far edge is h from the centre has a chord of 2 * sqrt(r^2 - h^2) there.
    edge = count * height / 2
    chord = 2 * math.sqrt(max(radius * radius - edge * edge, 0.0)) * CLIENT_INSIDE_ROOM

    def width_of(text: str) -> float:
        return text_width(text, size, bold=True)

    if any(width_of(word) > chord for word in words.split()):
        return None
    lines = whole_lines(words, width_of, chord)
    return block(lines, size, bold=True) if len(lines) == count else None


def label_half_extent(text: LabelText) -> tuple[float, float]:
    """Half the width and height of the box a label (with its halo) takes outside its node."""
    return text.block.half_extent(LABEL_PADDING)


@dataclass(frozen=True, slots=True)
class Heading:
    """A domain's name around the rings, or a ring's name at the top of the map."""

    text: TextBlock
    centre: tuple[float, float]

    @property
    def box(self) -> Box:
        return box_around(self.centre, *self.text.half_extent())


def sector_headings(ring_scale: float, text_scale: float = 1.0) -> dict[Domain, Heading]:
    """Each domain's name just outside the outer ring in the middle of its sector, in one line,
    or two of about equal width when it is long ("Work and / education"), in the current language."""
    return _sector_headings(ring_scale, text_scale, current_language())


@functools.lru_cache(maxsize=64)
def _sector_headings(ring_scale: float, text_scale: float, language: str) -> dict[Domain, Heading]:
    del language  # a key of the cache: the names are in it
    size = SECTOR_FONT_SIZE * text_scale
    outer = ring_radii(ring_scale)[2]
    headings = {}
    for domain, (start, end) in DOMAIN_SECTORS.items():
        text = block(balanced_lines(DOMAIN_NAMES[domain], size), size, bold=True)
        half_width, half_height = text.half_extent()
        angle = math.radians((start + end) / 2)
        outward = abs(math.cos(angle)) * half_width + abs(math.sin(angle)) * half_height
        headings[domain] = Heading(text, polar_to_scene((start + end) / 2, outer + HEADING_GAP + outward))
    return headings


def balanced_lines(name: str, size: float) -> list[str]:
    """A long name in two lines of about equal width, so it takes less room beside the rings."""
    words = name.split()
    if len(words) < 2 or text_width(name, size, bold=True) < 9 * size:
        return [name]
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(text_width(part, size, bold=True) for part in pair))
    return [first, second]


def ring_names(ring_scale: float, text_scale: float = 1.0) -> list[Heading]:
    """ "Close", "Middle" and "Outer", each just inside its ring where it crosses the top of the map."""
    size = RING_NAME_FONT_SIZE * text_scale
    names = []
    for radius, name in zip(ring_radii(ring_scale), ring_labels(), strict=True):
        text = block([name], size)
        names.append(Heading(text, (0.0, -radius + 1.0 + text.height / 2)))
    return names
