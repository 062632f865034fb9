"""The pseudonymise options every export asks the same way: Pseudonymise, then Keep the notes and the reference."""

from PySide6.QtWidgets import QCheckBox

from ecomap.language import QT_TRANSLATE_NOOP, translate

REFERENCE_TIPS = {
    "Write": QT_TRANSLATE_NOOP(  # not user text: the key, as data_export names its verb
        "PseudonymiseChoices",
        'Write the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)',
    ),
    "Print": QT_TRANSLATE_NOOP(  # not user text: the key, as pdf_export names its verb
        "PseudonymiseChoices",
        'Print the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)',
    ),
}
"""The tooltip of "Keep the case reference" for each verb an export gives (in English; translated when shown)."""


def pseudonymise_choices(verb: str) -> tuple[QCheckBox, QCheckBox, QCheckBox]:
    """Pseudonymise, Keep the notes even so, Keep the case reference (its tooltip starts with ``verb``:
    "Print", "Write"), the last two kept on only while the first is (see :func:`qualify`)."""
    pseudonymise = QCheckBox(
        translate("PseudonymiseChoices", "Pseudonymise: initials or roles instead of names, no notes")
    )
    keep_notes = QCheckBox(translate("PseudonymiseChoices", "Keep the notes even so"))
    keep_reference = QCheckBox(translate("PseudonymiseChoices", "Keep the case reference"))
    tip = (
        translate("PseudonymiseChoices", REFERENCE_TIPS[verb])
        if verb in REFERENCE_TIPS
        else translate(
            "PseudonymiseChoices",
            '{verb} the real case reference; otherwise a pseudonym made from it ("Case" and eight letters or digits)',
        ).format(verb=verb)
    )
    keep_reference.setToolTip(tip)
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
