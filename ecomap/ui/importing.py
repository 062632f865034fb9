"""File > Import…: Ecomap JSON, an easyNWK record or GraphML, opened as a new case or added as versions of this one.

A Network Canvas interview is read with Ecomap's default mapping or with a
mapping file the user picks (the editor asks which), as ``ecomap import
--mapping FILE`` does (docs/interchange.md).

The file is read by :func:`ecomap.interchange.reader.read_case` and joined to
this case by :func:`~ecomap.interchange.reader.merge_details`, as ``ecomap
import`` does, so the editor accepts and refuses the same files and says why
in the same words (the command's stderr line without its ``ecomap:``).
Nothing is written until the file has been read and checked whole.

- **As a new case**: its versions become the versions of a new case file,
  saved where the user says (never over an existing file), and the window
  opens it; the working draft is its last version.
- **Added to this case**: only a writable case with a file, and only for the
  same client and case reference; after a confirmation that lists the
  versions, they are appended in one transaction through the case file's API
  (the hash chain stays whole). The working draft is left as it is: the
  History panel lists the new versions, and "Start a new draft from this
  version" takes one up.
"""

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ecomap.casefile import CaseFile
from ecomap.errors import InputError
from ecomap.interchange.graphml import looks_like_xml
from ecomap.interchange.network_canvas import looks_like_network_canvas
from ecomap.interchange.reader import merge_details, read_case, unstorable
from ecomap.interchange.strict_json import read_limited
from ecomap.language import translate
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.dates import written_date
from ecomap.model.errors import ModelError
from ecomap.ui import dialogs
from ecomap.ui.case_paths import choose_new_case_path, error_line, same_file
from ecomap.ui.context import EditorContext
from ecomap.ui.dialogs import CASE_SUFFIX
from ecomap.ui.file_words import case_name, file_stem, one_line
from ecomap.ui.files import FILE_ERRORS, FileController
from ecomap.ui.panels.controls import plain_label

ImportTarget = Literal["new", "append"]
LISTED = 8
"""Versions listed by name in the dialogs; more are counted."""


@dataclass(frozen=True, slots=True)
class FoundCase:
    """What an import file holds, read and checked."""

    path: Path
    case: Case
    format_name: str

    @property
    def count(self) -> int:
        return len(self.case.versions)


def versions_words(count: int) -> str:
    return translate("Import", "%n version(s)", None, count)


def numbers_words(first: int, count: int) -> str:
    """``version 4``, ``versions 4 and 5``, ``versions 4 to 9``: the numbers ``count`` new versions take."""
    if count == 1:
        return translate("Import", "version {first}").format(first=first)
    if count == 2:
        return translate("Import", "versions {first} and {last}").format(first=first, last=first + 1)
    return translate("Import", "versions {first} to {last}").format(first=first, last=first + count - 1)


def version_lines(versions: list[Version], first_number: int) -> list[str]:
    """``4 · 9-month review, 12 Oct 2026`` for each version (the first ``LISTED``), numbered from ``first_number``."""
    no_label = translate("Import", "(no label)")
    lines = [
        f"{number} · {version.label.strip() or no_label}, {written_date(version.date)}"
        for number, version in enumerate(versions[:LISTED], start=first_number)
    ]
    left_out = len(versions) - LISTED  # (a plain name: lupdate skips a call whose count is an expression)
    if left_out > 0:
        lines.append(translate("Import", "and %n more", None, left_out))
    return lines


def whose(details: CaseDetails) -> str:
    """``Client Sam Carter, case reference YJ-2026-0042``: whose map the file says it is."""
    if details.client and details.reference:
        words = translate("Import", "Client {client}, case reference {reference}")
    elif details.client:
        words = translate("Import", "Client {client}, no case reference")
    elif details.reference:
        words = translate("Import", "No client named, case reference {reference}")
    else:
        words = translate("Import", "No client named, no case reference")
    return one_line(words.format(client=details.client, reference=details.reference))


class ImportTargetDialog(QDialog):
    """Where the file's versions go: a new case file, or after this case's saved versions."""

    def __init__(
        self, parent: QWidget | None, found: FoundCase, this_case: CaseDetails, next_number: int, refusal: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Import", "Import"))
        kind = f"{found.format_name}, {versions_words(found.count)}"
        listing = "\n".join(version_lines(found.case.versions, 1))
        self.as_new = QRadioButton(translate("Import", "Open as a new case"))
        self.as_versions = QRadioButton(
            translate("Import", "Add its versions to this case ({case})").format(case=case_name(this_case))
        )
        if refusal:
            said = refusal.removeprefix(f"{found.path}: ")  # the file is named above
            if said != refusal:
                append_hint = translate("Import", "Not possible: {file} {reason}").format(
                    file=found.path.name, reason=said
                )
            else:
                append_hint = translate("Import", "Not possible: {reason}").format(reason=refusal)
        else:
            append_hint = translate(
                "Import",
                "Saved as {numbers}, after the versions already saved; "
                "saved versions cannot be changed or removed. The working draft stays as it is.",
            ).format(numbers=numbers_words(next_number, found.count))
        new_hint = translate(
            "Import", "Its versions become the versions of a new case file; you choose where to save it."
        )
        self.as_versions.setEnabled(not refusal)
        same_case = not refusal and _names_the_same_case(found.case.details, this_case)
        chosen = self.as_versions if same_case else self.as_new
        chosen.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            translate("Import", "Import…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(found.path.name, name=translate("Import", "File"), bold=True))
        layout.addWidget(plain_label(f"{kind}. {whose(found.case.details)}."))
        layout.addWidget(plain_label(listing, name=translate("Import", "Versions in the file"), wrap=False))
        layout.addSpacing(8)
        for button, hint in ((self.as_new, new_hint), (self.as_versions, append_hint)):
            label = plain_label(hint)
            label.setContentsMargins(22, 0, 0, 6)  # under the choice it explains
            label.setEnabled(button.isEnabled() or bool(refusal))  # a reason stays readable
            layout.addWidget(button)
            layout.addWidget(label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.import_button.setDefault(True)  # Enter imports; the chosen way has the focus
        chosen.setFocus()

    def choice(self) -> ImportTarget:
        return "append" if self.as_versions.isChecked() else "new"


def _is_network_canvas(path: Path) -> bool:
    """Whether ``path`` is Network Canvas GraphML (a file that cannot be read is left to the import to explain)."""
    try:
        data = read_limited(path)
    except (OSError, InputError):
        return False
    return looks_like_xml(data) and looks_like_network_canvas(data)


def _names_the_same_case(incoming: CaseDetails, this_case: CaseDetails) -> bool:
    """Whether the file names this case's client or reference (given that it names no other): then adding its
    versions is the likely wish, and the dialog offers that first."""
    return bool((incoming.client and this_case.client) or (incoming.reference and this_case.reference))


class ImportController(QObject):
    """File > Import… in one editor; the questions it asks are ``ask_*`` methods tests replace."""

    versions_added = Signal()
    """Versions were appended to the open case (the History panel lists them again)."""

    def __init__(self, context: EditorContext, files: FileController) -> None:
        super().__init__(context.dialog_parent)
        self.context = context
        self.files = files

    def import_file(self, path: str | None = None) -> None:
        """Read ``path`` (or a file the user picks) and open it as a new case or add its versions here."""
        context = self.context
        if context.view_state.busy:
            context.notify(translate("Import", "{task} is still going on").format(task=context.view_state.busy))
            return
        chosen = path if path is not None else self.ask_import_path()
        if chosen is None:
            return
        source = Path(os.path.abspath(Path(chosen).expanduser()))
        context.settings.setValue("last_directory", str(source.parent))
        mapping: Path | None = None
        if _is_network_canvas(source):  # its types may need the service's own mapping to Ecomap's
            answer = self.ask_network_canvas_mapping(source)
            if answer is None:
                return
            mapping = None if answer == "default" else answer
        try:
            case, format_name = read_case(source, mapping)
        except FILE_ERRORS as error:
            context.show_error(translate("Import", "Nothing was imported."), error_line(error))
            return
        found = FoundCase(source, case, format_name)
        if not found.count:
            holds_none = translate("Import", "{path}: holds no versions").format(path=source)
            context.show_error(translate("Import", "Nothing was imported."), holds_none)
            return
        refusal, merged = self._append_refusal(found)
        target = self.ask_import_target(found, refusal)
        if target == "new":
            self._open_as_new_case(found)
        elif target == "append":
            if refusal or merged is None:
                context.show_error(translate("Import", "No versions were added to this case."), refusal)
                return
            self._add_versions(found, merged)

    # -- questions for the user (tests replace these) -------------------------

    def ask_import_path(self) -> str | None:
        directory = str(self.context.settings.value("last_directory", "") or "")
        if not os.path.isdir(directory):
            directory = str(self.context.case.path.parent if self.context.case.path else Path.home())
        kinds = translate("Files", "Ecomap JSON, easyNWK or GraphML (*.json *.graphml *.xml)")
        every_file = translate("Files", "All files (*)")
        filters = f"{kinds};;{every_file}"
        path, _filter = QFileDialog.getOpenFileName(
            self.context.dialog_parent, translate("Import", "Import"), directory, filters
        )
        return path or None

    def ask_network_canvas_mapping(self, source: Path) -> Path | Literal["default"] | None:
        """A Network Canvas interview: Ecomap's default mapping, a mapping file the user picks, or None (cancel)."""
        box = QMessageBox(self.context.dialog_parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Import", "Import"))
        box.setText(translate("Import", "{file} is a Network Canvas interview.").format(file=source.name))
        box.setInformativeText(
            translate(
                "Import",
                "Ecomap's default mapping reads the client from the ego, people and places from the node types, "
                "and strength from a closeness variable. A mapping file says exactly how your protocol's types "
                "and variables become Ecomap's.",
            )
        )
        default = box.addButton(translate("Import", "Use the default mapping"), QMessageBox.ButtonRole.AcceptRole)
        choose = box.addButton(translate("Import", "Choose a mapping file…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(default)
        box.exec()
        if box.clickedButton() is default:
            return "default"
        if box.clickedButton() is not choose:
            return None
        kinds = translate("Files", "Network Canvas mapping (*.toml *.json)")
        path, _filter = QFileDialog.getOpenFileName(
            self.context.dialog_parent, translate("Import", "Mapping file"), str(source.parent), kinds
        )
        return Path(path) if path else None

    def ask_import_target(self, found: FoundCase, refusal: str) -> ImportTarget | None:
        """A new case, this case's versions (offered only when ``refusal`` is empty), or None (cancelled)."""
        case = self.context.case
        dialog = ImportTargetDialog(self.context.dialog_parent, found, case.details, len(case.summaries()) + 1, refusal)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_new_case_path(self, suggested: str) -> str | None:
        return dialogs.choose_new_case_file(self.context.dialog_parent, suggested)

    def ask_confirm_append(self, found: FoundCase, first_number: int) -> bool:
        """Add these versions, listed with their new numbers, labels and dates, for good?"""
        count = found.count
        question = translate("Import", "Add %n version(s) from {file} to {case}?", None, count)
        box = dialogs.message_box(
            self.context.dialog_parent,
            QMessageBox.Icon.Question,
            question.format(file=found.path.name, case=case_name(self.context.case.details)),
            "\n".join(version_lines(found.case.versions, first_number))
            + "\n\n"
            + translate(
                "Import", "Saved versions cannot be changed or removed afterwards. The working draft stays as it is."
            ),
        )
        add = box.addButton(translate("Import", "Add %n version(s)", None, count), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(add)
        box.exec()
        return box.clickedButton() is add

    # -- the steps -------------------------------------------------------------

    def _append_refusal(self, found: FoundCase) -> tuple[str, CaseDetails | None]:
        """Why the versions cannot be added to this case ("" if they can), and the details it would then have."""
        case = self.context.case
        if case.read_only:
            return translate("Import", "this case is read-only ({reason})").format(reason=case.read_only_reason), None
        if case.path is None:
            return translate("Import", "this case has no file yet; save it first (File > Save)"), None
        try:
            return "", merge_details(case.details, found.case.details, found.path)
        except InputError as error:
            return error_line(error), None

    def _open_as_new_case(self, found: FoundCase) -> None:
        context = self.context
        suggested = found.path.parent / f"{file_stem(found.case.details)}{CASE_SUFFIX}"
        target = choose_new_case_path(self.ask_new_case_path, context.show_error, suggested)
        if target is None:
            return
        try:
            try:
                CaseFile.create(target, found.case.details, found.case.versions).close()
            except ModelError as error:
                raise unstorable(target, error) from None
        except FILE_ERRORS as error:
            context.show_error(translate("Import", "The case was not created."), error_line(error))
            return
        self.files.open_case(str(target))
        opened = context.case.path is not None and same_file(context.case.path, target)
        if not opened:
            self.files.recent.remember(target)
            not_opened = translate("Import", "Imported {file} into {target}; it was not opened")
            context.notify(not_opened.format(file=found.path.name, target=target.name))
            return
        count = found.count  # (a plain name: lupdate skips a call whose count is an expression)
        imported = translate("Import", "Imported %n version(s) from {file} into {target}", None, count)
        context.notify(imported.format(file=found.path.name, target=target.name))

    def _add_versions(self, found: FoundCase, details: CaseDetails) -> None:
        context = self.context
        case = context.case
        first = len(case.summaries()) + 1
        if not self.ask_confirm_append(found, first):
            return
        before = case.details
        try:
            try:
                case.append_versions(found.case.versions, details)
            except ModelError as error:
                raise unstorable(case.path or found.path, error) from None
        except FILE_ERRORS as error:
            context.show_error(translate("Import", "No versions were added to this case."), error_line(error))
            return
        if case.details != before:
            context.view_state.rename_case_to(case.details, case.path)
        self.versions_added.emit()
        added = translate("Import", "Added {numbers} from {file}")
        context.notify(added.format(numbers=numbers_words(first, found.count), file=found.path.name))
