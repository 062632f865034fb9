"""File > Export data…: the case's versions as Ecomap JSON, GraphML or CSV, pseudonymised if asked.

The same writers as ``ecomap export CASE -o OUT`` (:mod:`ecomap.interchange`),
and the same rule for pseudonymising (:func:`ecomap.model.pseudonymise.pseudonymise_case`,
each version's plan included, its texts and owners scrubbed of the names replaced on the map):
the format comes from the file name's extension or the filter chosen in the
save dialog. The saved versions are offered, all chosen; the working map is
offered too when it is not exactly a saved version (a new map never saved as
one, or changes since), unchosen unless there is no saved version: it is
written as one more version labelled "Working map" and dated today (in CSV,
numbered as the next version would be). The file is written atomically.
File > Save a copy… lives in :mod:`ecomap.ui.case_copy`; this controller
holds it too, so the window builds one.
"""

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from ecomap.atomic import write_atomic
from ecomap.casefile.versions_table import VersionSummary
from ecomap.errors import EcomapError
from ecomap.interchange.csv_export import case_to_csv
from ecomap.interchange.ecomap_json import case_to_document, document_bytes
from ecomap.interchange.graphml import case_to_graphml
from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.case import Case, Version
from ecomap.model.dates import written_date
from ecomap.model.pseudonymise import pseudonymise_case, reference_pseudonym
from ecomap.ui.case_copy import CaseCopier, file_problem
from ecomap.ui.context import EditorContext
from ecomap.ui.file_words import file_stem
from ecomap.ui.files import FILE_ERRORS
from ecomap.ui.panels.controls import plain_label
from ecomap.ui.plaintext_note import plaintext_note
from ecomap.ui.pseudonymise_choices import pseudonymise_choices
from ecomap.ui.version_checklist import ticked_numbers, version_checklist, version_rows

DATA_SUFFIXES = (".json", ".graphml", ".csv")
FORMAT_KEY = "data/format"
"""The format chosen last (remembered; nothing about a client)."""
WORKING_MAP = QT_TRANSLATE_NOOP("DataExport", "Working map")
WORKING = 0
"""The working map's number in the versions list (saved versions count from 1)."""


@dataclass(frozen=True, slots=True)
class DataChoices:
    """What the options dialog asked for: saved version numbers, the working map or not, pseudonymising."""

    numbers: tuple[int, ...]
    working_map: bool = False
    pseudonymise: bool = False
    keep_notes: bool = False
    keep_reference: bool = False


class DataOptionsDialog(QDialog):
    """Which versions (and the working map), and whether to pseudonymise, keeping notes or reference
    (for a protected case, with a note that the file written will not be protected)."""

    def __init__(
        self, parent: QWidget | None, summaries: list[VersionSummary], *, working_map: bool, protected: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DataExport", "Export data"))
        rows = version_rows(summaries)
        if working_map:
            today = written_date(dt.date.today().isoformat())
            working = translate("DataExport", "Working map, not saved as a version ({date})").format(date=today)
            rows.append((WORKING, working, not summaries))
        self.versions = version_checklist(rows)
        self.versions.itemChanged.connect(lambda _item: self._update())
        self.pseudonymise, self.keep_notes, self.keep_reference = pseudonymise_choices("Write")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            translate("DataExport", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("DataExport", "Versions to include"), bold=True))
        layout.addWidget(self.versions)
        for widget in (self.pseudonymise, self.keep_notes, self.keep_reference):
            layout.addWidget(widget)
        layout.addWidget(
            plain_label(translate("DataExport", "The format (JSON, GraphML or CSV) is chosen with the file name."))
        )
        self.plaintext_note = plaintext_note("data", protected=protected)
        if self.plaintext_note is not None:
            layout.addWidget(self.plaintext_note)
        layout.addWidget(self.buttons)
        self._update()

    def choices(self) -> DataChoices:
        chosen = self._chosen()
        pseudonymise = self.pseudonymise.isChecked()
        return DataChoices(
            numbers=tuple(n for n in chosen if n != WORKING),
            working_map=WORKING in chosen,
            pseudonymise=pseudonymise,
            keep_notes=pseudonymise and self.keep_notes.isChecked(),
            keep_reference=pseudonymise and self.keep_reference.isChecked(),
        )

    def _chosen(self) -> tuple[int, ...]:
        return ticked_numbers(self.versions)

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self._chosen()))


class DataExporter:
    """The editor's data export (and its copy of the case); the questions it asks are methods tests replace."""

    def __init__(self, context: EditorContext) -> None:
        self.context = context
        self.copier = CaseCopier(context)

    def save_copy(self) -> Path | None:
        """File > Save a copy… (see :class:`~ecomap.ui.case_copy.CaseCopier`)."""
        return self.copier.save_copy()

    def export(self) -> Path | None:
        """Ask the options and where to save, then write the file. The path written, or None."""
        context = self.context
        case = context.case
        summaries = case.summaries()
        choices = self.ask_options(summaries, self.working_map_is_new())
        if choices is None:
            return None
        details = case.details
        if choices.pseudonymise and not choices.keep_reference:  # the file name is seen too
            details = replace(details, reference=reference_pseudonym(details.reference))
        suffix = str(context.settings.value(FORMAT_KEY, ".json"))
        suffix = suffix if suffix in DATA_SUFFIXES else ".json"
        folder = case.path.parent if case.path is not None else Path.home()
        chosen = self.ask_path(str(folder / f"{file_stem(details)} {dt.date.today().isoformat()}{suffix}"))
        if chosen is None:
            return None
        path = Path(chosen)
        try:
            count = self._write(path, choices)
        except FILE_ERRORS as error:
            context.show_error(translate("DataExport", "The data was not exported."), file_problem(path, error))
            return None
        context.settings.setValue(FORMAT_KEY, path.suffix.lower())
        if choices.pseudonymise:
            exported = translate("DataExport", "Exported %n version(s) (pseudonymised) to {file}", None, count)
        else:
            exported = translate("DataExport", "Exported %n version(s) to {file}", None, count)
        context.notify(exported.format(file=path.name))
        return path

    def working_map_is_new(self) -> bool:
        """Whether the working map is anything but exactly the saved version it is based on."""
        case = self.context.case
        if case.based_on is None:
            return True
        try:
            return case.version(case.based_on).map != case.map
        except FILE_ERRORS:
            return True

    def _write(self, path: Path, choices: DataChoices) -> int:
        """Write the chosen versions to ``path`` in its format; the number of versions written."""
        suffix = path.suffix.lower()
        if suffix not in DATA_SUFFIXES:
            kind = repr(suffix) if suffix else translate("DataExport", "(no extension)")
            raise EcomapError(
                path,
                translate("DataExport", "cannot be written as {kind}; use .json, .graphml or .csv").format(kind=kind),
            )
        if path.is_dir():
            raise EcomapError(path, translate("DataExport", "is a folder"))
        if not path.parent.is_dir():
            raise EcomapError(path, translate("DataExport", "its folder does not exist"))
        case = self.context.case
        versions = [case.version(number) for number in choices.numbers]
        numbers = list(choices.numbers)
        if choices.working_map:
            label = translate("DataExport", WORKING_MAP)
            versions.append(Version(label, dt.date.today().isoformat(), "", case.map.copy()))
            numbers.append(len(case.summaries()) + 1)
        chosen = Case(case.details, versions)
        if choices.pseudonymise:
            chosen = pseudonymise_case(chosen, keep_notes=choices.keep_notes, keep_reference=choices.keep_reference)
        if suffix == ".json":
            data = document_bytes(case_to_document(chosen))
        elif suffix == ".graphml":
            data = case_to_graphml(chosen, numbers)
        else:
            data = case_to_csv(chosen, numbers)
        write_atomic(path, data)
        return len(versions)

    # -- questions (tests replace these) ------------------------------------------

    def ask_options(self, summaries: list[VersionSummary], working_map: bool) -> DataChoices | None:
        dialog = DataOptionsDialog(
            self.context.dialog_parent, summaries, working_map=working_map, protected=self.context.case.protected
        )
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_path(self, suggested: str) -> str | None:
        """A file name for the data, its extension added from the chosen filter if missing."""
        filters = {
            translate("Files", "Ecomap JSON (*.json)"): ".json",
            translate("Files", "GraphML, for network tools (*.graphml)"): ".graphml",
            translate("Files", "CSV, one row per tie (*.csv)"): ".csv",
        }
        by_suffix = {suffix: name for name, suffix in filters.items()}
        first = by_suffix.get(Path(suggested).suffix.lower(), next(iter(filters)))
        caption = translate("DataExport", "Export data")
        path, chosen = QFileDialog.getSaveFileName(
            self.context.dialog_parent, caption, suggested, ";;".join(filters), first
        )
        if not path:
            return None
        if Path(path).suffix.lower() not in DATA_SUFFIXES:
            path += filters.get(chosen, ".json")
        return path
