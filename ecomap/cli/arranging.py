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
from ecomap.language import translate
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
    if args.keep:
        said = translate("CliArrange", "As saved, at text size {size}:")
    else:
        said = translate("CliArrange", "Arranged, at text size {size}:")
    print(said.format(size=f"{args.text_scale:g}"))
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
        lines.append(translate("CliArrange", "Reads at a glance: nothing overlaps."))
    shortened = legibility.shortened_labels
    if shortened:
        lines.append(
            translate("CliArrange", "%n label(s) shortened to fit (whole in the editor and the PDF).", None, shortened)
        )
    if arranged is None:
        if saved.ring_scale != 1.0:
            lines.append(translate("CliArrange", "Rings: {size}.").format(size=_size(saved.ring_scale)))
        return lines
    if _size(arranged.ring_scale) != _size(saved.ring_scale):
        if arranged.ring_scale > saved.ring_scale:
            said = translate("CliArrange", "Rings: grown to {size} (saved at {saved}).")
        else:
            said = translate("CliArrange", "Rings: shrunk to {size} (saved at {saved}).")
        lines.append(said.format(size=_size(arranged.ring_scale), saved=_size(saved.ring_scale)))
    elif saved.ring_scale != 1.0:
        lines.append(translate("CliArrange", "Rings: {size}, as saved.").format(size=_size(saved.ring_scale)))
    people = [node for node in saved.nodes if not node.is_client]
    # A position that moves by less than a unit (rounding in a file written elsewhere) has not moved.
    moved = sum(
        1 for node in people if math.dist((node.x, node.y), (arranged.node(node.id).x, arranged.node(node.id).y)) >= 1.0
    )
    everyone = len(people)
    said = translate("CliArrange", "Moved: {moved} of %n people and places.", None, everyone)
    lines.append(said.format(moved=moved))
    lines.append(
        translate("CliArrange", "Nothing was saved: --json prints the arranged version as a document to import.")
    )
    return lines


def _size(ring_scale: float) -> str:
    if ring_scale == 1.0:
        return translate("CliArrange", "the standard size")
    return translate("CliArrange", "{factor} times the standard size").format(factor=f"{round(ring_scale, 2):g}")
