"""Every user-visible string in the editor goes through the catalogue (tests/language/untranslated.py's two rules)."""

from pathlib import Path

from tests.language.untranslated import untranslated_text

UI = Path(__file__).resolve().parents[2] / "ecomap" / "ui"


def test_the_editor_shows_no_untranslatable_text() -> None:
    findings = [finding for path in sorted(UI.rglob("*.py")) for finding in untranslated_text(path)]
    assert not findings, "\n".join(str(finding) for finding in findings[:40])


def test_the_check_finds_text_shown_without_translation(tmp_path: Path) -> None:
    """The check can fail: literals given to Qt, and sentences anywhere, are caught unless translated or marked."""
    module = tmp_path / "dialog.py"
    module.write_text(
        "def build(label, box, name):\n"
        '    """A docstring is not shown."""\n'
        '    label.setText("Save")\n'
        '    box.setToolTip(f"Saved {name}")\n'
        '    message = "the case was saved"\n'
        '    label.setText(translate("Dialog", "Save"))\n'
        '    key = "window/geometry state"  # not user text\n'
        '    label.setObjectName("canvas")\n'
        '    flags = QT_TRANSLATE_NOOP("Dialog", "a word table entry")\n'
    )
    findings = untranslated_text(module)
    assert [(finding.line, finding.text) for finding in findings] == [
        (3, "Save"),
        (4, "Saved "),
        (5, "the case was saved"),
    ]
