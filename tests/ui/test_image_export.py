"""Pictures of the map (PNG and SVG) and screenshots of the editor, as a reader would see them."""

from pathlib import Path

import defusedxml.ElementTree as SafeTree
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from ecomap.casefile import CaseFile
from ecomap.errors import InputError
from ecomap.model.enums import Capital
from ecomap.model.geometry import RING_RADII
from ecomap.model.network import EcoMap
from ecomap.model.notation import CAPITAL_COLOURS
from ecomap.ui.app import create_window
from ecomap.ui.image_export import PNG_SCALE, export_map_image
from ecomap.ui.screenshot import capture, screenshot

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for what a test writes."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def latest(example_copy: Path) -> EcoMap:
    with CaseFile.open(example_copy) as case:
        return case.version(case.version_count).map


def colour_present(image: QImage, colour: str) -> bool:
    """Whether some pixel of ``image`` is exactly ``colour`` (an opaque #RRGGBB)."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    qcolor = QColor(colour)
    # Little-endian ARGB32 pixels lie in memory as blue, green, red, alpha.
    pixel = bytes([qcolor.blue(), qcolor.green(), qcolor.red(), 255])
    data = bytes(argb.constBits())
    found = data.find(pixel)
    while found >= 0:
        if found % 4 == 0:
            return True
        found = data.find(pixel, found + 1)
    return False


def edges_are_white(image: QImage, depth: int = 3) -> bool:
    """Nothing drawn in the outermost ``depth`` pixels: no label or line is cut off."""
    white = QColor("#FFFFFF").rgb()
    width, height = image.width(), image.height()
    for x in range(width):
        for y in [*range(depth), *range(height - depth, height)]:
            if image.pixel(x, y) != white:
                return False
    for y in range(height):
        for x in [*range(depth), *range(width - depth, width)]:
            if image.pixel(x, y) != white:
                return False
    return True


def test_png_of_the_example_shows_the_map_and_its_legend(qapp: object, latest: EcoMap, out: Path) -> None:
    target = out / "map.png"
    export_map_image(latest, target)
    image = QImage(str(target))
    assert not image.isNull()
    # The whole outer ring at twice the scale, with the legend beside it.
    assert image.height() >= 2 * RING_RADII[2] * PNG_SCALE
    assert image.width() > image.height()
    assert image.dotsPerMeterX() == round(PNG_SCALE * 72 / 0.0254)
    for colour in CAPITAL_COLOURS.values():
        assert colour_present(image, colour), colour
    assert edges_are_white(image)
    assert [p.name for p in out.iterdir()] == ["map.png"]


def test_png_follows_text_size_and_sectors(qapp: object, latest: EcoMap, out: Path) -> None:
    plain, large = out / "plain.png", out / "large.png"
    export_map_image(latest, plain, show_sectors=False)
    export_map_image(latest, large, text_scale=1.75)
    small_image, large_image = QImage(str(plain)), QImage(str(large))
    assert edges_are_white(small_image)
    assert edges_are_white(large_image)
    # Without the domains' names around it, the map needs less room.
    assert small_image.height() < large_image.height()


def test_svg_names_no_one_in_its_metadata(qapp: object, latest: EcoMap, out: Path) -> None:
    target = out / "map.svg"
    export_map_image(latest, target)
    root = SafeTree.fromstring(target.read_bytes())
    assert root.tag == f"{SVG}svg"
    assert [title.text for title in root.iter(f"{SVG}title")] == ["Ecomap"]
    metadata = " ".join(d.text or "" for d in [*root.iter(f"{SVG}desc"), *root.iter(f"{SVG}metadata")])
    for name in ("Lee", "Marsh", "Hannah", "PR-2026"):
        assert name not in metadata
    text = " ".join(t for t in root.itertext())
    assert "Mum (Carol)" in text
    assert "Bonding (B)" in text
    assert 'font-family="Sans Serif"' not in target.read_text(encoding="utf-8")
    assert b"<image" not in target.read_bytes()  # drawn as shapes, not as bitmaps


@pytest.mark.parametrize(("name", "fragment"), [("map.jpg", "'.jpg'"), ("map", "(no extension)"), ("map.PDF", ".pdf")])
def test_other_formats_are_refused_and_nothing_is_written(
    qapp: object, latest: EcoMap, out: Path, name: str, fragment: str
) -> None:
    with pytest.raises(InputError, match=r"use \.png or \.svg") as raised:
        export_map_image(latest, out / name)
    assert fragment in str(raised.value)
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_named(qapp: object, latest: EcoMap, out: Path) -> None:
    with pytest.raises(InputError, match="its folder does not exist"):
        export_map_image(latest, out / "nowhere" / "map.png")


def test_an_existing_picture_is_replaced_whole(qapp: object, latest: EcoMap, out: Path) -> None:
    target = out / "map.png"
    target.write_bytes(b"old picture")
    export_map_image(latest, target)
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert [p.name for p in out.iterdir()] == ["map.png"]


def test_exporting_leaves_the_map_it_was_given_alone(qapp: object, latest: EcoMap, out: Path) -> None:
    """The offscreen scene must not stay subscribed to a map the editor goes on changing."""
    before = latest.copy()
    export_map_image(latest, out / "map.png")
    assert len(latest.node_added) == len(latest.node_changed) == len(latest.tie_changed) == 0
    assert latest == before


def test_screenshot_shows_the_editor_at_the_size_asked(qapp: object, example_copy: Path, tmp_path: Path) -> None:
    before = example_copy.read_bytes()
    out = tmp_path / "editor.png"
    screenshot(str(example_copy), str(out), size=(1000, 700))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    for colour in CAPITAL_COLOURS.values():
        assert colour_present(image, colour), colour
    assert example_copy.read_bytes() == before


def test_screenshot_of_an_earlier_version(qapp: object, example_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "first.png"
    screenshot(str(example_copy), str(out), version=1)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    assert colour_present(image, CAPITAL_COLOURS[Capital.LINKING])


def test_an_earlier_version_is_shown_read_only_and_named(
    qapp: QApplication, example_copy: Path, settings: QSettings
) -> None:
    window = create_window(str(example_copy), settings=settings)
    try:
        image = capture(qapp, window, version=1, size=(900, 600))
        assert (image.width(), image.height()) == (900, 600)
        shown = window.scene.map
        assert shown is not None
        assert len(shown.nodes) == 13  # the client and the 12 of "Start of order"
        assert not window.scene.editable
        assert window.status_message.text() == "Showing version 1 (read-only)"
        assert window.windowTitle().startswith("Version 1: Start of order, 12 Jan 2026 (read-only) – ")
        assert window.banner.isVisible()
        assert "12 people and places, 16 ties" in window.status_line.counts.text()
    finally:
        window.hide()
        window.case.close()
        window.deleteLater()
