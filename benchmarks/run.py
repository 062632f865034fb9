"""Benchmarks of the headless core as ratios against floors measured in the same run."""

import json
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ecomap.casefile import CaseFile
from ecomap.model.canonical import canonical_bytes, version_to_dict
from ecomap.model.case import CaseDetails, Version
from ecomap.model.diff import diff_maps
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.network import EcoMap


def fastest(action: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def random_map(nodes: int, ties: int, seed: int) -> EcoMap:
    rng = random.Random(seed)
    members = [Node("client", "Client", Kind.CLIENT)]
    for number in range(1, nodes):
        members.append(
            Node(
                f"n{number}",
                f"Person {number}",
                rng.choice([Kind.PERSON, Kind.GROUP, Kind.ORGANISATION]),
                rng.choice(list(Domain)),
                rng.uniform(-300, 300),
                rng.uniform(-300, 300),
            )
        )
    pairs: set[frozenset[str]] = set()
    links = []
    while len(links) < ties:
        a = "client" if len(links) < nodes - 1 else rng.choice(members).id
        b = members[len(links) + 1].id if len(links) < nodes - 1 else rng.choice(members).id
        if a == b or frozenset((a, b)) in pairs:
            continue
        pairs.add(frozenset((a, b)))
        links.append(
            Tie(
                f"t{len(links) + 1}",
                a,
                b,
                rng.choice(list(Capital)),
                rng.choice(list(Strength)),
                rng.random() < 0.2,
                rng.choice(list(Flow)),
            )
        )
    return EcoMap(members, links)


def evolve(ecomap: EcoMap, rng: random.Random) -> EcoMap:
    """The next version: a few ties change strength."""
    changed = list(ecomap.ties)
    for index in rng.sample(range(len(changed)), 3):
        changed[index] = replace(changed[index], strength=rng.choice(list(Strength)))
    return EcoMap(ecomap.nodes, changed)


def build_case(path: Path, count: int, *, passphrase: str | None = None) -> None:
    rng = random.Random(count)
    ecomap = random_map(60, 80, seed=1)
    versions = []
    for number in range(count):
        versions.append(Version(f"Review {number + 1}", "2026-01-01", "", ecomap))
        ecomap = evolve(ecomap, rng)
    CaseFile.create(path, CaseDetails("REF", "Client", "Worker"), versions, passphrase=passphrase).close()


def open_and_show(path: Path) -> None:
    with CaseFile.open(path) as case:
        summaries = case.summaries()
        case.version(summaries[-1].number)


def raw_open_and_show(path: Path) -> None:
    """The floor: plain sqlite3 doing the same reads and the same integrity check."""
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA quick_check(5)").fetchall()
        rows = connection.execute("SELECT number, label, date, note, nodes, ties FROM versions").fetchall()
        (body,) = connection.execute("SELECT body FROM versions WHERE number = ?", (rows[-1][0],)).fetchone()
        json.loads(body)
    finally:
        connection.close()


def bench_open(folder: Path) -> tuple[float, float, str]:
    path = folder / "long.ecomap"
    build_case(path, 500)
    t_open = fastest(lambda: open_and_show(path), 15)
    t_floor = fastest(lambda: raw_open_and_show(path), 15)
    ok = t_open / t_floor <= 2.0 and t_open < 0.3
    return t_open, t_floor, "ok" if ok else "MISSED"


def bench_save(folder: Path) -> tuple[float, float, str]:
    ecomap = random_map(60, 80, seed=2)
    version = Version("Review", "2026-01-01", "", ecomap, saved_at="2026-01-01T00:00:00Z")
    body = canonical_bytes(version_to_dict(version))
    floor_path = folder / "floor.sqlite"
    connection = sqlite3.connect(floor_path, isolation_level=None)
    for pragma in ("journal_mode = DELETE", "synchronous = FULL", "secure_delete = ON"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute("CREATE TABLE versions (number INTEGER PRIMARY KEY, body BLOB NOT NULL)")

    def floor() -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO versions (body) VALUES (?)", (body,))
        connection.execute("COMMIT")

    case = CaseFile.create(folder / "save.ecomap", CaseDetails("REF", "Client", "Worker"))
    try:
        t_floor = fastest(floor, 40)
        t_save = fastest(lambda: case.append_version(version), 40)
    finally:
        case.close()
        connection.close()
    return t_save, t_floor, "ok" if t_save / t_floor <= 2.0 else "MISSED"


def bench_diff(_folder: Path) -> tuple[float, float, str]:
    a = random_map(2000, 3000, seed=3)
    b = evolve(evolve(a, random.Random(4)), random.Random(5))

    def floor() -> None:
        for ecomap in (a, b):
            {n.id: n for n in ecomap.nodes}
            {t.pair: t for t in ecomap.ties}

    t_diff = fastest(lambda: diff_maps(a, b), 15)
    t_floor = fastest(floor, 15)
    return t_diff, t_floor, "ok" if t_diff < 0.050 else "MISSED"


def arrange_benchmark(nodes: int) -> Callable[[Path], tuple[float, float, str]]:
    """Auto-arrange of a map of ``nodes`` (with half as many ties again among the others), against
    laying the arranged map out once (what every redraw of it costs)."""

    def run(_folder: Path) -> tuple[float, float, str]:
        from ecomap.model.arrange import arrange
        from ecomap.model.map_layout import layout_map

        ecomap = random_map(nodes, nodes + nodes // 2, seed=6)
        arranged = arrange(ecomap).apply_to(ecomap)  # the imports, once
        t_arrange = fastest(lambda: arrange(ecomap), 5)
        t_floor = fastest(lambda: layout_map(arranged), 5)
        return t_arrange, t_floor, "ok" if t_arrange < 0.100 else "MISSED"

    return run


def canvas_benchmark(name: str) -> Callable[[Path], tuple[float, float, str]]:
    """One of ``benchmarks/canvas.py``'s (Qt, offscreen), imported only when it runs."""

    def run(_folder: Path) -> tuple[float, float, str]:
        import canvas  # benchmarks/canvas.py, beside this file

        return canvas.BENCHMARKS[name]()

    return run


def protected_benchmark(name: str) -> Callable[[Path], tuple[float, float, str]]:
    """One of ``benchmarks/protected.py``'s (protected cases against the same unprotected), imported when it runs."""

    def run(folder: Path) -> tuple[float, float, str]:
        import protected  # benchmarks/protected.py, beside this file

        return protected.BENCHMARKS[name](folder)

    return run


def startup_benchmark(name: str) -> Callable[[Path], tuple[float, float, str]]:
    """One of ``benchmarks/startup.py``'s (fresh processes), imported only when it runs."""

    def run(_folder: Path) -> tuple[float, float, str]:
        import startup  # benchmarks/startup.py, beside this file

        return startup.BENCHMARKS[name]()

    return run


BENCHMARKS: dict[str, Callable[[Path], tuple[float, float, str]]] = {
    "open": bench_open,
    "save": bench_save,
    "diff": bench_diff,
    **{f"arrange{size}": arrange_benchmark(size) for size in (25, 60, 100)},
    **{name: canvas_benchmark(name) for name in ("drag200", "drag1k", "client1k", "versions", "timeline")},
    **{name: startup_benchmark(name) for name in ("start", "memory")},
    **{
        name: protected_benchmark(name)
        for name in ("open-protected", "kdf", "step-protected", "save-protected", "autosave-protected")
    },
}


def main(names: list[str]) -> int:
    chosen = names or list(BENCHMARKS)
    missed = 0
    print(f"{'benchmark':<20}{'ecomap':>12}{'floor':>12}{'ratio':>8}  target")
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as folder:
        for name in chosen:
            measured, floor, verdict = BENCHMARKS[name](Path(folder))
            missed += verdict != "ok"
            if name == "memory":  # bytes, not seconds
                shown = f"{measured / 2**20:>10.1f}MB{floor / 2**20:>10.1f}MB"
            else:
                shown = f"{measured * 1000:>10.2f}ms{floor * 1000:>10.2f}ms"
            print(f"{name:<20}{shown}{measured / floor:>8.2f}  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
