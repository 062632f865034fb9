"""Canvas benchmarks (design §8): drag steps and version steps, as ratios against bare Qt items.

Each measurement runs the real :class:`~ecomap.ui.canvas.scene.MapScene` in a
real :class:`~ecomap.ui.canvas.view.MapView` (offscreen, 1280 x 800, the
whole map in view), and a *floor* in the same run: the same number of
built-in ``QGraphicsEllipseItem`` and ``QGraphicsLineItem`` in a scene with
``NoIndex``, doing the same visible work the simplest way (move one ellipse,
``setLine`` each of its lines). A step is what one mouse move costs: the
item moved with ``setPos`` as a drag does, then the event loop run until the
view has repainted what changed. The median step is reported.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/canvas.py [NAME...]
"""

import math
import os
import random
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QLineF, QObject, QPointF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
)

from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.geometry import DOMAIN_SECTORS, STRENGTH_RADIUS, polar_to_scene
from ecomap.model.network import EcoMap
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.canvas.view import MapView
from ecomap.ui.view_state import Panel

VIEW_SIZE = (1280, 800)
STEPS = 60
FRAME = 0.0167
"""One frame at 60 frames a second."""


def community_map(nodes: int, ties: int, seed: int) -> EcoMap:
    """A client tied to everyone, each in their domain's sector at their tie's ring, plus ties among them."""
    rng = random.Random(seed)
    members = [Node("client", "Client", Kind.CLIENT)]
    links = []
    for number in range(1, nodes):
        domain = rng.choice(list(Domain))
        strength = rng.choice(list(Strength))
        start, end = DOMAIN_SECTORS[domain]
        x, y = polar_to_scene(rng.uniform(start, end), STRENGTH_RADIUS[strength] + rng.uniform(-25, 25))
        kind = rng.choice([Kind.PERSON, Kind.PERSON, Kind.GROUP, Kind.ORGANISATION, Kind.PET])
        members.append(Node(f"n{number}", f"Person {number}", kind, domain, x, y))
        links.append(Tie(f"t{number}", "client", f"n{number}", rng.choice(list(Capital)), strength))
    pairs = {t.pair for t in links}
    while len(links) < ties:
        a, b = rng.sample(members[1:], 2)
        if frozenset((a.id, b.id)) in pairs:
            continue
        pairs.add(frozenset((a.id, b.id)))
        links.append(
            Tie(
                f"t{len(links) + 1}",
                a.id,
                b.id,
                rng.choice(list(Capital)),
                rng.choice(list(Strength)),
                rng.random() < 0.2,
                rng.choice(list(Flow)),
            )
        )
    return EcoMap(members, links)


class PaintCounter(QObject):
    """Counts the paint events a widget receives: proof that a step really repainted."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def show(view: QGraphicsView, app: QApplication, *, antialiasing: bool) -> PaintCounter:
    view.resize(*VIEW_SIZE)
    view.setRenderHint(QPainter.RenderHint.Antialiasing, antialiasing)
    view.show()
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    for _ in range(3):
        app.processEvents()
    return counter


def median_step(step: Callable[[int], None], app: QApplication, counter: PaintCounter) -> float:
    """The median time of :data:`STEPS` steps, each run until the view has repainted."""
    times = []
    for number in range(STEPS):
        before = counter.paints
        start = time.perf_counter()
        step(number)
        app.processEvents()
        times.append(time.perf_counter() - start)
        if counter.paints == before:
            raise RuntimeError("a step did not repaint the view; the measurement would be meaningless")
    return statistics.median(times)


def wiggle(number: int, around: QPointF) -> QPointF:
    """Drag positions: small steps round a circle, as a hand would move."""
    angle = number * 0.35
    return around + QPointF(12 * math.cos(angle), 12 * math.sin(angle))


class Floor:
    """Built-in ellipses and lines with NoIndex: the least a drag of the same size can cost."""

    def __init__(self, ecomap: EcoMap, app: QApplication, *, antialiasing: bool) -> None:
        self.scene = QGraphicsScene()
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.ellipses: dict[str, QGraphicsEllipseItem] = {}
        self.lines: dict[str, list[tuple[QGraphicsLineItem, str, str]]] = {n.id: [] for n in ecomap.nodes}
        self.load(ecomap)
        self.view = QGraphicsView(self.scene)
        self.view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.counter = show(self.view, app, antialiasing=antialiasing)
        self.view.fitInView(self.scene.itemsBoundingRect())
        app.processEvents()

    def load(self, ecomap: EcoMap) -> None:
        self.scene.clear()
        self.ellipses.clear()
        self.lines = {n.id: [] for n in ecomap.nodes}
        for node in ecomap.nodes:
            item = QGraphicsEllipseItem(-17, -17, 34, 34)
            item.setPos(node.x, node.y)
            self.scene.addItem(item)
            self.ellipses[node.id] = item
        for tie in ecomap.ties:
            a, b = ecomap.node(tie.source), ecomap.node(tie.target)
            line = QGraphicsLineItem(a.x, a.y, b.x, b.y)
            self.scene.addItem(line)
            self.lines[tie.source].append((line, tie.source, tie.target))
            self.lines[tie.target].append((line, tie.source, tie.target))

    def prepare(self, node_id: str) -> None:
        pass

    def move(self, node_id: str, position: QPointF) -> None:
        self.ellipses[node_id].setPos(position)
        for line, source, target in self.lines[node_id]:
            line.setLine(QLineF(self.ellipses[source].pos(), self.ellipses[target].pos()))


class Canvas:
    """The real scene and view, as the editor has them."""

    def __init__(self, ecomap: EcoMap, app: QApplication, *, antialiasing: bool) -> None:
        self.scene = MapScene()
        self.scene.set_map(ecomap, editable=True)
        self.view = MapView(self.scene)
        self.counter = show(self.view, app, antialiasing=antialiasing)
        self.view.fit()
        app.processEvents()

    def prepare(self, node_id: str) -> None:
        """What a press and the first mouse move do: the rest of the map becomes one picture (if it is big)."""
        self.scene.begin_drag([node_id])

    def move(self, node_id: str, position: QPointF) -> None:
        self.scene.node_items[node_id].setPos(position)


def drag(ecomap: EcoMap, node_id: str, *, antialiasing: bool) -> tuple[float, float]:
    """Median drag step of ``node_id``: Ecomap's canvas, then the floor."""
    app = application()
    results = []
    for kind in (Canvas, Floor):
        board = kind(ecomap, app, antialiasing=antialiasing)
        node = ecomap.node(node_id)
        home = QPointF(node.x, node.y)
        board.prepare(node_id)
        results.append(median_step(lambda n: board.move(node_id, wiggle(n, home)), app, board.counter))  # noqa: B023
        board.view.close()
    return results[0], results[1]


def ordinary_node(ecomap: EcoMap) -> str:
    """A node with the median number of ties (the client aside)."""
    others = sorted((len(ecomap.ties_of(n.id)), n.id) for n in ecomap.nodes if not n.is_client)
    return others[len(others) // 2][1]


def bench_drag_200(*, antialiasing: bool = True) -> tuple[float, float, str]:
    ecomap = community_map(200, 300, seed=1)
    measured, floor = drag(ecomap, ordinary_node(ecomap), antialiasing=antialiasing)
    return measured, floor, "ok" if measured <= FRAME else "MISSED"


def bench_drag_1000() -> tuple[float, float, str]:
    ecomap = community_map(1000, 3000, seed=2)
    measured, floor = drag(ecomap, ordinary_node(ecomap), antialiasing=False)
    return measured, floor, "ok" if measured <= FRAME else "MISSED"


def bench_client_1000() -> tuple[float, float, str]:
    ecomap = community_map(1000, 3000, seed=2)
    measured, floor = drag(ecomap, "client", antialiasing=False)
    return measured, floor, "ok" if measured <= 0.050 else "MISSED"


def bench_versions() -> tuple[float, float, str]:
    """Stepping through versions: show a different 60-node map and repaint."""
    app = application()
    maps = [community_map(60, 80, seed=10 + number) for number in range(4)]
    canvas = Canvas(maps[0], app, antialiasing=True)
    measured = median_step(lambda n: canvas.scene.set_map(maps[n % len(maps)], editable=False), app, canvas.counter)
    canvas.view.close()
    floor = Floor(maps[0], app, antialiasing=True)
    floor_time = median_step(lambda n: floor.load(maps[n % len(maps)]), app, floor.counter)
    floor.view.close()
    return measured, floor_time, "ok" if measured <= 0.033 else "MISSED"


def bench_timeline() -> tuple[float, float, str]:
    """Moving down the History panel of a 500-version case, a key press a step, in the real window.

    Each step reads the chosen version from the case file, shows it on the
    canvas with its banner and marks it on the chart. The floor shows maps
    already decoded on bare Qt items, as ``versions`` does.
    """
    import tempfile
    from pathlib import Path

    import run  # benchmarks/run.py, beside this file: builds the case as the ``open`` benchmark does
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from ecomap.ui.main_window import MainWindow
    from ecomap.ui.open_case import OpenCase

    app = application()
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as folder:
        path = Path(folder) / "history.ecomap"
        run.build_case(path, 500)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(OpenCase.open(path), settings=settings)
        window.resize(*VIEW_SIZE)
        window.show()
        window.docks[Panel.HISTORY].raise_()
        counter = PaintCounter()  # any repaint in the window: a version may look like the one before
        app.installEventFilter(counter)
        for _ in range(3):
            app.processEvents()
        listing = window.history.panel.list
        listing.setFocus()
        measured = median_step(lambda _n: QTest.keyClick(listing, Qt.Key.Key_Down), app, counter)
        shown = window.history.shown
        maps = [window.case.version(number).map for number in range(1, 5)]
        app.removeEventFilter(counter)
        window.case.close()
        window.close()
        if shown != 500 - STEPS + 1:
            raise RuntimeError(f"the timeline ended on version {shown}, not {500 - STEPS + 1}")
    floor = Floor(maps[0], app, antialiasing=True)
    floor_time = median_step(lambda n: floor.load(maps[n % len(maps)]), app, floor.counter)
    floor.view.close()
    return measured, floor_time, "ok" if measured <= 0.033 else "MISSED"


_APPLICATION: list[QApplication] = []


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    _APPLICATION.append(QApplication(["ecomap-benchmark"]))
    return _APPLICATION[0]


BENCHMARKS: dict[str, Callable[[], tuple[float, float, str]]] = {
    "drag200": bench_drag_200,
    "drag200-noaa": lambda: bench_drag_200(antialiasing=False),
    "drag1k": bench_drag_1000,
    "client1k": bench_client_1000,
    "versions": bench_versions,
    "timeline": bench_timeline,
}
"""Targets: 16.7 ms a drag step (200 nodes with antialiasing; 1,000 nodes and
3,000 ties without, as during a drag), 50 ms a step dragging a client with
1,000 ties, 33 ms to show another version (and to step through a 500-version timeline)."""


def main(names: list[str]) -> int:
    chosen = names or list(BENCHMARKS)
    missed = 0
    print(f"{'benchmark':<14}{'ecomap':>12}{'floor':>12}{'ratio':>8}  target")
    for name in chosen:
        measured, floor, verdict = BENCHMARKS[name]()
        missed += verdict != "ok"
        print(f"{name:<14}{measured * 1000:>10.2f}ms{floor * 1000:>10.2f}ms{measured / floor:>8.2f}  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
