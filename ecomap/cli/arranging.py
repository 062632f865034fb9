"""The ``arrange`` command: how one version reads at a glance, arranged or as saved (design §17).

``ecomap arrange CASE`` arranges a saved version as *Auto-arrange* would and
says how the result reads; ``--keep`` measures the version as it was saved,
so that a worker's hand-placed map can be checked too. With ``--json`` it
prints the version as ``show --json`` does, with those positions, and the
counts. CASE is only read. The layout code loads only when this command runs.
"""

import argparse
import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ecomap.cli.output import print_json
from ecomap.cli.reading import EXIT_OK, case_heading, read_version, version_document, version_heading
from ecomap.model.network import EcoMap

if TYPE_CHECKING:
    from ecomap.model.legibility import Legibility


def run_arrange(args: argparse.Namespace) -> int:
    from ecomap.model.arrange import arrange
    from ecomap.model.legibility import measure

    details, version, number, total = read_version(args, args.number)
    saved = version.map
    if args.keep:
        shown, legibility = saved, measure(saved, text_scale=args.text_scale)
    else:
        arrangement = arrange(saved, args.text_scale)
        shown, legibility = arrangement.apply_to(saved), arrangement.legibility
    if args.json:
        print_json(arrange_json(version_document(details, replace(version, map=shown)), legibility))
        return EXIT_OK
    print(case_heading(details))
    print(version_heading(number, total, version))
    print(f"{'As saved' if args.keep else 'Arranged'}, at text size {args.text_scale:g}:")
    for line in report_lines(legibility, saved, None if args.keep else shown):
        print(f"  {line}")
    return EXIT_OK


def arrange_json(document: dict[str, Any], legibility: "Legibility") -> dict[str, Any]:
    """What ``arrange --json`` prints: ``{"document": ..., "legibility": {"label_overlaps": n, ...}}``."""
    return {"document": document, "legibility": legibility.as_dict()}


def report_lines(legibility: "Legibility", saved: EcoMap, arranged: EcoMap | None) -> list[str]:
    """How the map reads, in words: the problems, shortened labels, the size of the rings and,
    if ``arranged``, how many people it moves."""
    lines = [f"{words[0].upper()}{words[1:]}." for words in legibility.describe()]
    if not lines:
        lines.append("Reads at a glance: nothing overlaps.")
    shortened = legibility.shortened_labels
    if shortened:
        lines.append(
            f"{_count(shortened, 'label is', 'labels are')} shortened to fit (whole in the editor and the PDF)."
        )
    if arranged is None:
        if saved.ring_scale != 1.0:
            lines.append(f"Rings: {_size(saved.ring_scale)}.")
        return lines
    if _size(arranged.ring_scale) != _size(saved.ring_scale):
        change = "grown" if arranged.ring_scale > saved.ring_scale else "shrunk"
        lines.append(f"Rings: {change} to {_size(arranged.ring_scale)} (saved at {_size(saved.ring_scale)}).")
    elif saved.ring_scale != 1.0:
        lines.append(f"Rings: {_size(saved.ring_scale)}, as saved.")
    people = [node for node in saved.nodes if not node.is_client]
    # A position that moves by less than a unit (rounding in a file written elsewhere) has not moved.
    moved = sum(
        1 for node in people if math.dist((node.x, node.y), (arranged.node(node.id).x, arranged.node(node.id).y)) >= 1.0
    )
    lines.append(f"Moved: {moved} of {_count(len(people), 'person or place', 'people and places')}.")
    lines.append("Nothing was saved: --json prints the arranged version as a document to import.")
    return lines


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _size(ring_scale: float) -> str:
    if ring_scale == 1.0:
        return "the standard size"
    return f"{round(ring_scale, 2):g} times the standard size"
