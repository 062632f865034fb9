"""PDF summary benchmark (design §8): a 20-version summary against a bare reportlab document of the same size.

Each against a floor measured in the same run:

- ``pdf``: ``export_pdf`` of a 20-version case of a 25-node map (a busy
  ecomap; the example case has 15), in this process (fonts registered,
  modules imported), against a bare reportlab document with as many pages
  of plain paragraphs in the standard font;
- ``pdf-cold``: the same export in a fresh ``python`` process, imports
  included (what ``ecomap export CASE -o OUT.pdf`` costs), against a fresh
  process that imports reportlab and writes the bare document;
- ``pdf60``: ``pdf-cold`` with 60-node maps (the size the design's other
  benchmarks use). networkx's Burt constraint alone took 7.5 s of it before
  ``ecomap.model.metrics`` computed the client's constraint in O(d²).

The target is the design's: under 2 s for the cold export.

    .venv/bin/python benchmarks/report.py [pdf] [pdf-cold] [pdf60] [--keep FOLDER]
"""

import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from run import fastest  # benchmarks/run.py, beside this file

from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.geometry import DOMAIN_SECTORS, STRENGTH_RADIUS, polar_to_scene
from ecomap.model.network import EcoMap

TARGET = 2.0
"""Seconds for a cold 20-version summary (design §8)."""

FIRST_NAMES = ["Aisha", "Ben", "Chloe", "Dev", "Erin", "Femi", "Grace", "Hamza", "Isla", "Jon", "Kemi", "Liam"]
PLACES = [
    "Recovery café",
    "Job centre",
    "St Mark's food bank and community kitchen on the high street",
    "Five-a-side team",
    "Housing officer",
    "Probation officer",
    "GP",
    "College tutor (construction skills, level 2, Tuesday and Thursday)",
]


def long_case(versions: int = 20, nodes: int = 60, seed: int = 7) -> Case:
    """A case of ``versions`` versions of a map of about ``nodes`` nodes that changes a little each time."""
    rng = random.Random(seed)
    members = [Node("client", "Jordan Ćwik-Müller", Kind.CLIENT)]
    links = []
    for number in range(1, nodes):
        domain = rng.choice(list(Domain))
        strength = rng.choice(list(Strength))
        start, end = DOMAIN_SECTORS[domain]
        x, y = polar_to_scene(rng.uniform(start + 4, end - 4), STRENGTH_RADIUS[strength] + rng.uniform(-20, 20))
        kind = rng.choice([Kind.PERSON, Kind.PERSON, Kind.GROUP, Kind.ORGANISATION, Kind.PET])
        label = rng.choice(PLACES) if kind in (Kind.GROUP, Kind.ORGANISATION) else f"{rng.choice(FIRST_NAMES)} {number}"
        members.append(Node(f"n{number}", label, kind, domain, x, y, notes="Seen weekly" if number % 7 == 0 else ""))
        capital = Capital.LINKING if domain in (Domain.SERVICES, Domain.JUSTICE) else rng.choice(list(Capital))
        links.append(
            Tie(f"t{number}", "client", f"n{number}", capital, strength, rng.random() < 0.15, rng.choice(list(Flow)))
        )
    for number in range(nodes, nodes + nodes // 4):
        a, b = rng.sample(range(1, nodes), 2)
        if any({t.source, t.target} == {f"n{a}", f"n{b}"} for t in links):
            continue
        links.append(Tie(f"t{number}", f"n{a}", f"n{b}", Capital.BONDING, Strength.MODERATE))
    history = []
    ecomap = EcoMap(members, links)
    for number in range(versions):
        month = number % 12 + 1
        history.append(Version(f"Review {number + 1}", f"{2026 + number // 12}-{month:02d}-15", "", ecomap))
        ecomap = _evolve(ecomap, rng)
    return Case(
        CaseDetails("BM-2026-0020", "Jordan Ćwik-Müller", "Sam Worker", "Long case for the benchmark."), history
    )


def _evolve(ecomap: EcoMap, rng: random.Random) -> EcoMap:
    """The next version: a few ties change strength, capital or stress."""
    ties = list(ecomap.ties)
    for index in rng.sample(range(len(ties)), 4):
        tie = ties[index]
        ties[index] = replace(
            tie,
            strength=rng.choice(list(Strength)),
            stressful=rng.random() < 0.15,
            capital=tie.capital if rng.random() < 0.8 else rng.choice(list(Capital)),
        )
    return EcoMap(ecomap.nodes, ties)


def bare_document(path: Path, pages: int) -> None:
    """The floor: a reportlab document of ``pages`` pages of plain paragraphs (Helvetica, nothing drawn)."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    story = []
    for page in range(pages):
        story += [Paragraph(f"Page {page + 1}: a paragraph of plain text. " * 8, style) for _ in range(12)]
        story.append(PageBreak())
    SimpleDocTemplate(str(path)).build(story)


NODES = 25


def bench_pdf(folder: Path) -> tuple[float, float, str]:
    from ecomap.report import ReportOptions, export_pdf

    case = long_case(nodes=NODES)
    out = folder / "summary.pdf"
    export_pdf(case, out, ReportOptions())  # imports and fonts, once
    t_pdf = fastest(lambda: export_pdf(case, out, ReportOptions()), 5)
    pages = _pages(out)
    t_floor = fastest(lambda: bare_document(folder / "bare.pdf", pages), 5)
    return t_pdf, t_floor, "ok" if t_pdf < TARGET else "MISSED"


COLD_EXPORT = """
import sys
from ecomap.casefile import CaseFile
from ecomap.report import ReportOptions, export_pdf
with CaseFile.open(sys.argv[1]) as case_file:
    case = case_file.case()
export_pdf(case, sys.argv[2], ReportOptions())
"""
COLD_FLOOR = """
import sys
sys.path.insert(0, sys.argv[3])
from report import bare_document
from pathlib import Path
bare_document(Path(sys.argv[2]), int(sys.argv[1]))
"""


def bench_pdf_cold(folder: Path, nodes: int = NODES) -> tuple[float, float, str]:
    from ecomap.casefile import CaseFile

    case = long_case(nodes=nodes)
    path = folder / f"long-{nodes}.ecomap"
    if not path.exists():
        CaseFile.create(path, case.details, case.versions).close()
    out = folder / f"cold-{nodes}.pdf"

    def export() -> None:
        subprocess.run([sys.executable, "-c", COLD_EXPORT, str(path), str(out)], check=True)

    def floor() -> None:
        here = str(Path(__file__).resolve().parent)
        subprocess.run([sys.executable, "-c", COLD_FLOOR, str(_pages(out)), str(folder / "bare.pdf"), here], check=True)

    t_export = fastest(export, 3)
    t_floor = fastest(floor, 3)
    return t_export, t_floor, "ok" if t_export < TARGET else "MISSED"


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def bench_pdf60(folder: Path) -> tuple[float, float, str]:
    """``pdf-cold`` with 60-node maps (the design's large map), under the same target."""
    return bench_pdf_cold(folder, nodes=60)


BENCHMARKS: dict[str, Callable[[Path], tuple[float, float, str]]] = {
    "pdf": bench_pdf,
    "pdf-cold": bench_pdf_cold,
    "pdf60": bench_pdf60,
}


def main(arguments: list[str]) -> int:
    keep = None
    if "--keep" in arguments:
        keep = Path(arguments[arguments.index("--keep") + 1])
        arguments = [a for a in arguments if a not in ("--keep", str(keep))]
    chosen = arguments or list(BENCHMARKS)
    missed = 0
    print(f"{'benchmark':<10}{'ecomap':>12}{'floor':>12}{'ratio':>8}  target")
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as temporary:
        folder = keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        for name in chosen:
            measured, floor, verdict = BENCHMARKS[name](folder)
            missed += verdict == "MISSED"
            print(f"{name:<10}{measured * 1000:>10.2f}ms{floor * 1000:>10.2f}ms{measured / floor:>8.2f}  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
