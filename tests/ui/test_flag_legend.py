"""The flag of an open action in the legends and pictures: the panel explains it, a picture frames and explains it."""

import math
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from ecomap.casefile import CaseFile
from ecomap.model.case import CaseDetails, Version
from ecomap.model.drawing import FLAG_FILL
from ecomap.model.elements import Node
from ecomap.model.enums import Domain, Kind
from ecomap.model.flag_legend import FLAG_DETAIL, FLAG_HEADING, FLAG_SENTENCE, FLAG_TITLE
from ecomap.model.network import EcoMap
from ecomap.model.plan import AboutNode, Action, Status
from ecomap.ui.image_export import MAP_MARGIN, PNG_SCALE
from ecomap.ui.main_window import MainWindow
from tests.conftest import run_ecomap

PICTURE_WORDS = f"{FLAG_TITLE}: {FLAG_DETAIL}"


def flag_pixels(image: QImage) -> list[tuple[int, int]]:
    """Where ``image`` has pixels of exactly the flag's colour (a pennant's inside), as (x, y)."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    wanted = QColor(FLAG_FILL)
    pixel = bytes([wanted.blue(), wanted.green(), wanted.red(), 255])  # ARGB32 in memory, little-endian
    data, line = bytes(argb.constBits()), argb.bytesPerLine()
    found, at = [], data.find(pixel)
    while at >= 0:
        if at % 4 == 0:
            found.append((at % line // 4, at // line))
        at = data.find(pixel, at + 1)
    return found


def test_the_legend_panel_explains_the_flag_in_words_pixels_and_description(window: MainWindow) -> None:
    legend = window.legend
    assert legend.isVisible()
    assert legend.lines()[-2:] == [FLAG_HEADING, f"{FLAG_TITLE} — {FLAG_DETAIL}; point at a flag to read it"]
    assert legend.lines(compact=True)[-2:] == [FLAG_HEADING, FLAG_TITLE]
    assert FLAG_SENTENCE in legend.accessibleDescription()
    shown = flag_pixels(legend.grab().toImage())
    assert len(shown) >= 10, "the flag is drawn beside its words, not cut off at the panel's foot"
    assert max(y for _x, y in shown) < legend.height()


def test_the_legend_panel_explains_the_flag_before_any_action_is_agreed(window: MainWindow) -> None:
    """The panel keeps its entries when the plan has nothing open: it does not grow when the first is agreed."""
    before = window.legend.lines()
    plan = window.case.map.plan
    for action in list(plan.actions):
        plan.remove_action(action.id)
    window.scene.flush_layout()
    assert not window.scene.flags.visible()
    assert window.legend.lines() == before
    assert flag_pixels(window.legend.grab().toImage())


def far_out_case(path: Path, *, status: Status) -> Path:
    """A case whose one person stands far beyond the rings, up and to the left, unnamed (so nothing of
    theirs reaches further than a flag would), with an action about them."""
    angle = math.radians(220)
    person = Node("far", "", Kind.PERSON, Domain.OTHER, 700 * math.cos(angle), 700 * math.sin(angle))
    ecomap = EcoMap([Node("client", "Lee", Kind.CLIENT), person], [])
    ecomap.plan.add_action(Action("a1", "Write to them", AboutNode("far"), "Lee", status=status))
    version = Version("Start", "2026-01-12", "", ecomap)
    CaseFile.create(path, CaseDetails("F-1", "Lee", "A. Worker", ""), [version]).close()
    return path


def test_an_exported_picture_frames_a_flag_beyond_the_rings_with_the_usual_margin(tmp_path: Path) -> None:
    case = far_out_case(tmp_path / "far.ecomap", status=Status.PLANNED)
    result = run_ecomap("export", case, "-o", tmp_path / "map.png")
    assert result.returncode == 0, result.stderr
    image = QImage(str(tmp_path / "map.png"))
    shown = flag_pixels(image)
    assert shown, "the flag is in the picture"
    top = min(y for _x, y in shown)
    # The flag stands above everything else drawn: it is what the picture's top edge is measured from.
    assert top >= MAP_MARGIN * PNG_SCALE, f"the flag is {top} pixels from the top edge, closer than the margin"
    assert top <= (MAP_MARGIN + 4) * PNG_SCALE, "and the top edge is framed on it"
    result = run_ecomap("export", case, "-o", tmp_path / "map.svg")
    assert result.returncode == 0, result.stderr
    assert PICTURE_WORDS in (tmp_path / "map.svg").read_text(encoding="utf-8"), "the picture's legend explains it"


def test_a_picture_without_an_open_action_neither_draws_nor_explains_a_flag(tmp_path: Path) -> None:
    case = far_out_case(tmp_path / "done.ecomap", status=Status.DONE)
    for name in ("map.png", "map.svg"):
        result = run_ecomap("export", case, "-o", tmp_path / name)
        assert result.returncode == 0, result.stderr
    assert not flag_pixels(QImage(str(tmp_path / "map.png")))
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert FLAG_TITLE not in svg
    assert FLAG_FILL.lower() not in svg.lower()
