"""One drawing vocabulary: the canvas, the picture, the legend panel and the PDF draw what the model defines.

Each test holds a backend to the model's definition (or two backends to each
other), so that one drifting from the shared vocabulary fails here.
"""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from ecomap.casefile import CaseFile
from ecomap.model import drawing, notation
from ecomap.model.drawing import LEGEND, Badge, TieSample, badge_at, capital_badge, stacking_order, tie_layer
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.flag_legend import FLAG_HEADING, FLAG_TITLE
from ecomap.model.network import EcoMap
from ecomap.report.notation_shapes import node_shape
from ecomap.ui import image_export
from ecomap.ui.canvas import style, tie_item
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.canvas.tie_item import TieItem
from ecomap.ui.panels import samples
from ecomap.ui.panels.legend import LegendWidget
from tests.conftest import ROOT

BACKENDS = [
    "ecomap/ui/canvas/style.py",
    "ecomap/ui/canvas/node_item.py",
    "ecomap/ui/canvas/tie_item.py",
    "ecomap/ui/canvas/background.py",
    "ecomap/ui/panels/samples.py",
    "ecomap/ui/panels/legend.py",
    "ecomap/ui/image_export.py",
    "ecomap/report/notation_shapes.py",
    "ecomap/report/legend.py",
    "ecomap/report/map_drawing.py",
]
"""The modules that draw the map and its legends: every colour they use is the model's."""
OTHER_DRAWINGS = ["ecomap/ui/compare/marks.py", "ecomap/ui/compare/key.py", "ecomap/ui/history/chart.py"]
"""Modules with colours of their own (the compare view's yellow, a focus frame), but none of the model's spelt again."""
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")
QCOLOR_NUMBERS = re.compile(r"QColor\(\s*\d")


@pytest.fixture
def latest(example_copy: Path) -> EcoMap:
    with CaseFile.open(example_copy) as case:
        return case.version(case.version_count).map


def scene_of(ecomap: EcoMap) -> MapScene:
    scene = MapScene()
    scene.set_map(ecomap, editable=False)
    return scene


def render(scene: MapScene) -> None:
    image = QImage(800, 800, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 800, 800), scene.itemsBoundingRect())
    painter.end()


def ties_bottom_up(scene: MapScene, monkeypatch: pytest.MonkeyPatch) -> list[TieItem]:
    """The scene's (visible) tie items in the order Qt paints them, the lowest first: each
    paints its badge last, so the order of the badges is the order of the ties."""
    painted: list[Badge] = []
    with monkeypatch.context() as patch:
        patch.setattr(tie_item, "paint_badge", lambda _painter, badge, _strokes=None: painted.append(badge))
        render(scene)
    items = {item.badge: item for item in scene.tie_items.values()}
    return [items[badge] for badge in painted]


def vocabulary_colours() -> set[str]:
    """Every colour the model's notation and drawing vocabulary define."""
    found: set[str] = set()
    for module in (notation, drawing):
        for value in vars(module).values():
            values = value.values() if isinstance(value, dict) else [value]
            found.update(v.upper() for v in values if isinstance(v, str) and HEX.fullmatch(v))
    return found


def test_no_backend_spells_a_colour_of_its_own() -> None:
    for name in BACKENDS:
        text = (ROOT / name).read_text(encoding="utf-8")
        assert HEX.findall(text) == [], f"{name} spells a colour; take it from ecomap.model.drawing"
        assert QCOLOR_NUMBERS.findall(text) == [], f"{name} makes a colour of numbers"
    shared = vocabulary_colours()
    for name in OTHER_DRAWINGS:
        text = (ROOT / name).read_text(encoding="utf-8")
        again = {code.upper() for code in HEX.findall(text)} & shared
        assert again == set(), f"{name} spells the vocabulary's {sorted(again)} again"


def test_the_canvas_stacks_ties_as_the_pdf_draws_them(
    qapp: object, latest: EcoMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len({tie_layer(tie) for tie in latest.ties}) >= 3
    scene = scene_of(latest)
    bottom_up = ties_bottom_up(scene, monkeypatch)
    # The PDF draws ties in stacking_order (tests/report/test_map_drawing.py holds it to that).
    layout = scene.layout
    assert layout is not None
    visible = [tie.id for tie in stacking_order(latest.ties) if layout.ties[tie.id].geometry.visible]
    assert [item.tie_id for item in bottom_up] == visible
    assert all(item.zValue() == tie_item.tie_z(item.tie) for item in bottom_up)
    assert max(item.zValue() for item in bottom_up) < min(n.zValue() for n in scene.node_items.values())
    # A tie made stronger rises above the ties it is now stronger than.
    tenuous = next(tie for tie in latest.ties if tie.strength is Strength.TENUOUS)
    latest.update_tie(tenuous.id, strength=Strength.STRONG, stressful=True)
    layers = [tie_layer(item.tie) for item in ties_bottom_up(scene, monkeypatch)]
    assert layers == sorted(layers)
    assert layers[-1] == drawing.TIE_LAYERS - 1


def test_the_canvas_paints_the_model_s_badge_on_every_tie(
    qapp: object, latest: EcoMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    painted: list[Badge] = []

    def record(painter: QPainter, badge: Badge, strokes: style.BadgeStrokes | None = None) -> None:
        painted.append(badge)
        style.paint_badge(painter, badge, strokes)

    monkeypatch.setattr(tie_item, "paint_badge", record)
    scene = scene_of(latest)
    render(scene)
    layout = scene.layout
    assert layout is not None
    expected = {
        capital_badge(tie.capital, layout.ties[tie.id].mark_box)
        for tie in latest.ties
        if layout.ties[tie.id].geometry.visible
    }
    assert set(painted) == expected
    for item in scene.tie_items.values():
        left, top, right, bottom = item.badge.box
        assert item.mark_rect == QRectF(left, top, right - left, bottom - top)


def test_legend_samples_paint_the_canvas_s_badge(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    painted: list[Badge] = []
    monkeypatch.setattr(samples, "paint_badge", lambda _painter, badge: painted.append(badge))
    image = QImage(100, 40, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    samples.paint_tie_sample(painter, QPointF(0, 20), QPointF(80, 20), TieSample(Capital.BRIDGING), mark_scale=1.2)
    samples.paint_tie_sample(painter, QPointF(0, 20), QPointF(80, 20), TieSample(strength=Strength.STRONG))
    painter.end()
    assert painted == [badge_at(Capital.BRIDGING, (40.0, 20.0), 1.2)]


@pytest.mark.parametrize("kind", list(Kind))
def test_the_canvas_and_the_pdf_draw_each_shape_at_the_model_s_size(qapp: object, kind: Kind) -> None:
    reach = drawing.node_outline(kind).reach
    assert style.node_path(kind).boundingRect() == QRectF(-reach, -reach, 2 * reach, 2 * reach)
    radius = notation.NODE_RADII[kind]
    bounds = node_shape(kind, Domain.FAMILY, (0.0, 0.0), radius, 1.0).getBounds()  # type: ignore[attr-defined]
    assert bounds == pytest.approx((-reach, -reach, reach, reach))


def legend_words(*, details: bool) -> list[str]:
    words = []
    for section in LEGEND:
        words.append(section.title)
        for entry in section.entries:
            words.append(f"{entry.title} — {entry.detail}" if details and entry.detail else entry.title)
    return words


def test_the_legend_panel_and_the_picture_list_the_model_s_legend(qapp: object) -> None:
    flag = [FLAG_HEADING, FLAG_TITLE]
    panel = LegendWidget()
    assert panel.lines()[:-2] == legend_words(details=True)
    assert panel.lines(compact=True) == [*legend_words(details=False), *flag], "the panel always explains the flag"
    for flags in (False, True):
        picture = image_export.Legend(1.0, flags=flags)
        listed: list[str] = []
        for _height, shown in picture.rows:
            if isinstance(shown, image_export.FlagRow):
                listed.append(FLAG_TITLE)
            else:
                listed += [shown] if isinstance(shown, str) else [entry.title for entry in shown]
        assert listed == legend_words(details=False) + (flag if flags else [])
