"""Pictures of the map (PNG and SVG, their options and caption) and screenshots of the editor, as one sees them."""

import datetime as dt
from pathlib import Path

import defusedxml.ElementTree as SafeTree
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecomap.casefile import CaseFile
from ecomap.errors import InputError
from ecomap.model.dates import written_date
from ecomap.model.elements import Node
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.geometry import RING_RADII
from ecomap.model.network import EcoMap
from ecomap.model.notation import CAPITAL_COLOURS
from ecomap.model.pseudonymise import reference_pseudonym
from ecomap.ui.app import create_window
from ecomap.ui.commands import AddNodeCommand
from ecomap.ui.image_export import PNG_SCALE, export_map_image, map_caption
from ecomap.ui.image_options import CAPTION_KEY, ImageChoices, ImageExporter, ImageOptionsDialog, ShownMap
from ecomap.ui.main_window import MainWindow
from ecomap.ui.screenshot import capture, screenshot
from tests.conftest import run_ecomap

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


# -- File > Export map as image… in the window: options, caption, pseudonymising ------------------------


class PictureUser:
    """The person at the picture's questions: the options and path given, what was offered, the errors seen."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow, choices: ImageChoices | None, path: Path):
        self.shown: list[ShownMap] = []
        self.suggested: list[str] = []
        self.errors: list[tuple[str, str]] = []

        def ask_options(_exporter: ImageExporter, shown: ShownMap) -> ImageChoices | None:
            self.shown.append(shown)
            return choices

        def ask_path(_exporter: ImageExporter, suggested: str) -> str:
            self.suggested.append(suggested)
            return str(path)

        monkeypatch.setattr(ImageExporter, "ask_options", ask_options)
        monkeypatch.setattr(ImageExporter, "ask_path", ask_path)
        monkeypatch.setattr(
            window.context, "show_error", lambda headline, detail: self.errors.append((headline, detail))
        )


def svg_text(path: Path) -> str:
    return " ".join(" ".join(SafeTree.fromstring(path.read_bytes()).itertext()).split())


def test_a_caption_goes_below_the_map_and_makes_the_picture_taller(qapp: object, latest: EcoMap, out: Path) -> None:
    plain, captioned = out / "plain.png", out / "captioned.png"
    export_map_image(latest, plain)
    caption = map_caption("6-month review", "2026-07-13", "PR-2026-0318")
    assert caption == "6-month review, 13 Jul 2026 · PR-2026-0318"
    export_map_image(latest, captioned, caption=caption)
    before, after = QImage(str(plain)), QImage(str(captioned))
    assert after.height() > before.height() + 20
    assert after.width() == before.width()
    assert edges_are_white(after)
    # The map is drawn where it was; below it, something new: the caption's ink.
    band = after.copy(0, before.height(), after.width() // 2, after.height() - before.height())
    assert not edges_are_white(band, depth=band.height() // 2)
    export_map_image(latest, out / "captioned.svg", caption=caption)
    assert caption in svg_text(out / "captioned.svg")


def test_export_image_from_the_menu_draws_the_working_map_as_it_is(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    window.editor.push(
        AddNodeCommand(window.case.map, Node("rosa", "Aunt Rosa", Kind.PERSON, Domain.FAMILY, 90.0, -80.0))
    )
    target = tmp_path / "map.svg"
    user = PictureUser(monkeypatch, window, ImageChoices(caption=True), target)
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == "&Export map as image…"]
    action.trigger()

    assert user.errors == []
    today = dt.date.today().isoformat()
    assert [(s.title, s.date) for s in user.shown] == [("Working map", today)]
    assert Path(user.suggested[0]).name == f"PR-2026-0318 {today}.png"
    text = svg_text(target)
    assert "Aunt Rosa" in text
    assert f"Working map, {written_date(today)} · PR-2026-0318" in text
    assert window.status_message.text() == "Exported the map to map.svg"
    assert window.context.settings.value(CAPTION_KEY) in (True, "true"), "the caption choice is remembered"


def test_a_pseudonymised_picture_of_a_version_shown_names_no_one(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    window.history.show(1)
    target = tmp_path / "shared.svg"
    user = PictureUser(monkeypatch, window, ImageChoices(pseudonymise=True, caption=True), target)
    window.editor_actions["export_image"].trigger()

    assert user.errors == []
    assert [(s.title, s.date) for s in user.shown] == [("Start of order", "2026-01-12")]
    reference = window.case.details.reference
    pseudonym = reference_pseudonym(reference)
    assert Path(user.suggested[0]).name.startswith(pseudonym + " ")
    text = svg_text(target)
    for name in ("Lee", "Marsh", "Carol", "Zoë", "Tomás", reference):
        assert name not in text, name
    assert "L.M." in text
    assert "Mum (C.)" in text
    assert f"Start of order, 12 Jan 2026 · {pseudonym}" in text
    assert "Five-a-side team" not in text, "version 1 is drawn, not the working map"


def test_a_failed_picture_is_explained_and_the_options_can_be_cancelled(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    user = PictureUser(monkeypatch, window, ImageChoices(), tmp_path / "no such folder" / "map.png")
    window.files.export_image()
    [(headline, detail)] = user.errors
    assert headline == "The picture was not saved."
    assert detail == f"{tmp_path / 'no such folder' / 'map.png'}: its folder does not exist"
    cancelled = PictureUser(monkeypatch, window, None, tmp_path / "map.png")
    window.files.export_image()
    assert cancelled.suggested == []
    assert not (tmp_path / "map.png").exists()


def test_the_image_options_dialog_shows_the_caption_it_will_write(qtbot: QtBot, window: MainWindow) -> None:
    shown = ShownMap(window.case.map, "6-month review", "2026-07-13")
    dialog = ImageOptionsDialog(window, shown, window.case.details, caption=True)
    qtbot.addWidget(dialog)
    assert dialog.caption_text.text() == "6-month review, 13 Jul 2026 · PR-2026-0318"
    assert not dialog.keep_reference.isEnabled()
    dialog.pseudonymise.click()
    pseudonym = reference_pseudonym("PR-2026-0318")
    assert dialog.caption_text.text() == f"6-month review, 13 Jul 2026 · {pseudonym}"
    dialog.keep_reference.click()
    assert dialog.caption_text.text().endswith("· PR-2026-0318")
    assert dialog.choices() == ImageChoices(pseudonymise=True, keep_reference=True, caption=True)
    dialog.pseudonymise.click()
    assert not dialog.keep_reference.isChecked()
    dialog.caption.click()
    assert not dialog.caption_text.isEnabled()
    assert dialog.choices() == ImageChoices()


def test_the_command_line_captions_a_picture_and_refuses_a_caption_elsewhere(
    example_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "shared.svg"
    result = run_ecomap("export", example_copy, "-o", target, "--versions", "2", "--pseudonymise", "--caption")
    assert result.returncode == 0, result.stderr
    pseudonym = reference_pseudonym("PR-2026-0318")
    assert f"3-month review, 13 Apr 2026 · {pseudonym}" in svg_text(target)
    refused = run_ecomap("export", example_copy, "-o", tmp_path / "x.json", "--caption")
    assert refused.returncode == 2
    assert "--caption is for a picture of the map" in refused.stderr
    assert not (tmp_path / "x.json").exists()


def test_the_offscreen_scene_of_a_picture_is_deleted_when_done(window: MainWindow) -> None:
    """Left to the garbage collector, the scene (in a cycle with its map) could be deleted on the PDF
    export's worker thread with its timer, and Qt would crash on the timer's next tick."""
    import shiboken6

    from ecomap.ui.image_export import MapPicture

    with MapPicture(window.case.map, text_scale=1.0, show_sectors=True) as picture:
        assert shiboken6.isValid(picture.scene)
    assert not shiboken6.isValid(picture.scene)
