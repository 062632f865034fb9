"""The pseudonymise options every export asks the same way: Pseudonymise, then Keep the notes and the reference."""

from PySide6.QtWidgets import QCheckBox

REFERENCE_TIP = 'the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)'


def pseudonymise_choices(verb: str) -> tuple[QCheckBox, QCheckBox, QCheckBox]:
    """Pseudonymise, Keep the notes even so, Keep the case reference (its tooltip starts with ``verb``:
    "Print", "Write"), the last two kept on only while the first is (see :func:`qualify`)."""
    pseudonymise = QCheckBox("Pseudonymise: initials or roles instead of names, no notes")
    keep_notes = QCheckBox("Keep the notes even so")
    keep_reference = QCheckBox("Keep the case reference")
    keep_reference.setToolTip(f"{verb} {REFERENCE_TIP}")
    qualify(pseudonymise, keep_notes, keep_reference)
    return pseudonymise, keep_notes, keep_reference


def qualify(pseudonymise: QCheckBox, *qualifiers: QCheckBox) -> None:
    """Indent ``qualifiers`` ("Keep the notes even so", "Keep the case reference") under ``pseudonymise``
    and keep them on only while it is: off, they are cleared and greyed out."""

    def follow(on: bool) -> None:
        for qualifier in qualifiers:
            qualifier.setEnabled(on)
            if not on:
                qualifier.setChecked(False)

    for qualifier in qualifiers:
        qualifier.setStyleSheet("QCheckBox { margin-left: 22px; }")  # under the option it qualifies
    pseudonymise.toggled.connect(follow)
    follow(pseudonymise.isChecked())
