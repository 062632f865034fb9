"""The canvas's font measures text as the model does: one font unit is one scene unit."""

import pytest
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from ecomap.model.font_metrics import text_width
from ecomap.ui.canvas.style import bundled_family, scene_font, scene_font_sizing

TEXTS = [
    "Mum (Carol)",
    "Drug and alcohol service",
    "Zoë Ćwik",
    "Müller",
    "Youth boxing club",
    "Jobcentre Plus work coach",
    "Ωμέγα Αλφάβητο",
    "Привет, Сергей",
    "0123456789",
    "!?.,;:-()[]{}/&%",
    "…",
    "Nan & Grandad — 2 visits/week",
    "office fl ffi",  # ligatures in the font: off, as in the model
    "AVAV To Wa",  # kerning pairs: off, as in the model
    "Probation officer (Sam Lee)…",
]
SIZES = [10.0, 13.0, 13 * 1.75]


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("size", SIZES)
def test_qt_measures_text_as_the_model_does(qapp: object, size: float, bold: bool) -> None:
    metrics = QFontMetricsF(scene_font(size, bold=bold))
    for text in TEXTS:
        model = text_width(text, size, bold=bold)
        drawn = metrics.horizontalAdvance(text)
        assert abs(drawn - model) <= 0.015 * model, (text, drawn, model)
        assert abs(drawn - model) <= 1.0, (text, drawn, model)


@pytest.mark.parametrize("bold", [False, True])
def test_a_text_item_is_as_wide_as_the_model_says(qapp: object, bold: bool) -> None:
    item = QGraphicsSimpleTextItem("Drug and alcohol service")
    item.setFont(scene_font(13 * 1.75, bold=bold))
    assert item.boundingRect().width() == pytest.approx(text_width(item.text(), 13 * 1.75, bold=bold), abs=1.0)


@pytest.mark.parametrize("bold", [False, True])
def test_the_font_is_the_bundled_face_at_every_size(qapp: object, bold: bool) -> None:
    for quarter in range(20, 161):
        size = quarter / 4
        info = QFontInfo(scene_font(size, bold=bold))
        assert info.family() == bundled_family(bold) == "DejaVu Sans"
        assert info.styleName() == ("Bold" if bold else "Book"), size
        assert info.bold() == bold


def test_shaping_kerning_and_hinting_are_off_and_the_size_is_in_pixels(qapp: object) -> None:
    font = scene_font(13)
    assert font.pixelSize() == 13
    assert not font.kerning()
    assert font.hintingPreference() is QFont.HintingPreference.PreferNoHinting
    assert font.styleStrategy() & QFont.StyleStrategy.PreferNoShaping


@pytest.mark.parametrize(
    ("size", "pixels", "spacing"),
    [(10, 10, 100), (13, 13, 100), (22.75, 23, 98.913), (13.4, 13, 103.077), (7.5, 8, 93.75), (0.25, 1, 25)],
)
def test_a_fractional_size_is_a_whole_pixel_size_spaced(size: float, pixels: int, spacing: float) -> None:
    assert scene_font_sizing(size) == (pixels, pytest.approx(spacing, abs=1e-3))


@pytest.mark.parametrize("size", [0, -3, float("nan")])
def test_a_size_must_be_positive(size: float) -> None:
    with pytest.raises(ValueError, match="must be positive"):
        scene_font_sizing(size)
