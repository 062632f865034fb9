"""File > Export map as image…: the options (pseudonymise, a caption), where to save, then the picture.

The picture shows the map on the canvas: a saved version when the History
panel shows one, else the working map. Its caption names what it is: the
version's label and date when the map is exactly a saved version ("3-month
review, 13 Apr 2026"), "Working map" and today's date otherwise, then the
case reference. Pseudonymised, the names on the map and the reference follow
the same rule as every other export (:func:`ecomap.model.pseudonymise.pseudonymise_case`,
which keeps the plan, so the flags of open actions show as on the canvas), and so does the
suggested file name; the reference is kept only if asked.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.dates import written_date
from ecomap.model.network import EcoMap
from ecomap.model.pseudonymise import pseudonymise_case
from ecomap.ui import dialogs
from ecomap.ui.context import EditorContext
from ecomap.ui.file_words import file_stem, one_line
from ecomap.ui.files import FILE_ERRORS
from ecomap.ui.image_export import export_map_image, map_caption
from ecomap.ui.panels.controls import plain_label
from ecomap.ui.plaintext_note import plaintext_note
from ecomap.ui.pseudonymise_choices import qualify

CAPTION_KEY = "image/caption"
"""Whether the last picture had a caption (remembered; nothing about a client)."""
WORKING_MAP = QT_TRANSLATE_NOOP("ImageExport", "Working map")


@dataclass(frozen=True, slots=True)
class ImageChoices:
    """What the options dialog asked for."""

    pseudonymise: bool = False
    keep_reference: bool = False
    caption: bool = False


@dataclass(frozen=True, slots=True)
class ShownMap:
    """The map on the canvas and what it is: a saved version's label and date, or the working map's."""

    map: EcoMap
    title: str
    date: str


def picture_of(shown: ShownMap, details: CaseDetails, choices: ImageChoices) -> tuple[EcoMap, str, CaseDetails]:
    """The map to draw, its caption ("" if none) and the case details as the picture shows them."""
    ecomap = shown.map
    if choices.pseudonymise:
        single = Case(details=details, versions=[Version(label=shown.title, date=shown.date, note="", map=ecomap)])
        hidden = pseudonymise_case(single, keep_reference=choices.keep_reference)
        ecomap, details = hidden.versions[0].map, hidden.details
    caption = map_caption(shown.title, shown.date, details.reference) if choices.caption else ""
    return ecomap, caption, details


class ImageOptionsDialog(QDialog):
    """Pseudonymise or not (keeping the reference or not), and a caption below the map or not
    (for a protected case, with a note that the picture will not be protected)."""

    def __init__(
        self, parent: QWidget | None, shown: ShownMap, details: CaseDetails, *, caption: bool, protected: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImageExport", "Export map as image"))
        self.shown, self.details = shown, details
        self.pseudonymise = QCheckBox(
            translate("ImageExport", "Pseudonymise names: initials or roles instead of names")
        )
        self.keep_reference = QCheckBox(translate("ImageExport", "Keep the case reference"))
        self.keep_reference.setToolTip(
            translate(
                "ImageExport",
                'Show the real case reference in the caption and the file name; otherwise a pseudonym ("Case" and '
                "eight letters or digits)",
            )
        )
        qualify(self.pseudonymise, self.keep_reference)
        self.caption = QCheckBox(translate("ImageExport", "Caption below the map:"))
        self.caption.setChecked(caption)
        self.caption_text = plain_label(name=translate("ImageExport", "Caption"))
        self.caption_text.setStyleSheet("QLabel { margin-left: 22px; }")
        for box in (self.pseudonymise, self.keep_reference, self.caption):
            box.toggled.connect(lambda _on: self._update())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(translate("ImageExport", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = translate("ImageExport", "The picture shows the map on the canvas: {title}, {date}.")
        layout.addWidget(plain_label(intro.format(title=shown.title, date=written_date(shown.date))))
        self.plaintext_note = plaintext_note("image", protected=protected)
        for widget in (self.pseudonymise, self.keep_reference, self.caption, self.caption_text, self.plaintext_note):
            if widget is not None:
                layout.addWidget(widget)
        layout.addWidget(buttons)
        self._update()

    def choices(self) -> ImageChoices:
        pseudonymise = self.pseudonymise.isChecked()
        return ImageChoices(pseudonymise, pseudonymise and self.keep_reference.isChecked(), self.caption.isChecked())

    def _update(self) -> None:
        _map, caption, _details = picture_of(self.shown, self.details, self.choices())
        self.caption_text.setText(caption or translate("ImageExport", "(none)"))
        self.caption_text.setEnabled(self.caption.isChecked())


class ImageExporter:
    """The editor's picture export; the questions it asks are methods tests replace."""

    def __init__(self, context: EditorContext, directory: Path) -> None:
        self.context = context
        self.directory = directory
        """Where the file dialog starts."""

    def export(self) -> Path | None:
        """Ask the options and where to save, then draw the picture. The path written, or None."""
        context = self.context
        shown = self.shown_map()
        choices = self.ask_options(shown)
        if choices is None:
            return None
        context.settings.setValue(CAPTION_KEY, choices.caption)
        ecomap, caption, details = picture_of(shown, context.case.details, choices)
        name = f"{file_stem(details)} {dt.date.today().isoformat()}.png"
        path = self.ask_path(str(self.directory / name))
        if path is None:
            return None
        scene = context.editor.scene
        try:
            export_map_image(
                ecomap, path, text_scale=scene.text_scale, show_sectors=scene.show_sectors, caption=caption
            )
        except FILE_ERRORS as error:
            context.show_error(
                translate("ImageExport", "The picture was not saved."), one_line(str(error)) or type(error).__name__
            )
            return None
        context.notify(translate("ImageExport", "Exported the map to {file}").format(file=Path(path).name))
        return Path(path)

    def shown_map(self) -> ShownMap:
        """The map on the canvas: the saved version shown, else the working map (named after the version
        it is based on if it is still exactly that version)."""
        case, today = self.context.case, dt.date.today().isoformat()
        number = self.context.view_state.version
        try:
            if number is not None:
                version = case.version(number)
                label = version.label or translate("ImageExport", "Version {number}").format(number=number)
                return ShownMap(version.map, label, version.date)
            if case.based_on is not None:
                version = case.version(case.based_on)
                if version.map == case.map:
                    label = version.label or translate("ImageExport", "Version {number}").format(number=case.based_on)
                    return ShownMap(case.map, label, version.date)
        except FILE_ERRORS:
            pass  # a version that cannot be read: the picture is of the working map, which can
        return ShownMap(case.map, translate("ImageExport", WORKING_MAP), today)

    # -- questions (tests replace these) ------------------------------------------

    def ask_options(self, shown: ShownMap) -> ImageChoices | None:
        caption = str(self.context.settings.value(CAPTION_KEY, "false")).lower() == "true"
        case = self.context.case
        dialog = ImageOptionsDialog(
            self.context.dialog_parent, shown, case.details, caption=caption, protected=case.protected
        )
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_path(self, suggested: str) -> str | None:
        return dialogs.choose_image_file(self.context.dialog_parent, suggested)
