"""Qt's own words (standard buttons, a message box's details, a text field's menu) from Ecomap's catalogue.

Qt ships no Welsh catalogue, so without this a Welsh dialog would say "Cancel"
and "Show Details...". Qt asks every installed translator for its own texts
by their Qt context and English words; :class:`QtWordsTranslator` answers those
listed here from Ecomap's `.ts` files (where lupdate finds them, marked below)
and leaves everything else to Qt's catalogue or English. In German it answers
too, with the words PySide6's own German catalogue uses, so the two agree.
"""

from PySide6.QtCore import QTranslator

from ecomap.language import QT_TRANSLATE_NOOP, finished_translation

QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
)
"""The texts of Qt's that Ecomap's catalogue carries (context, then Qt's English words)."""

_CONTEXTS = frozenset({"QPlatformTheme", "QMessageBox", "QLineEdit"})  # not user text: Qt's contexts


class QtWordsTranslator(QTranslator):
    """Answers Qt's requests for the words in :data:`QT_WORDS` in the language Ecomap speaks; None for the rest."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if context not in _CONTEXTS:
            return None  # (None, not "": an empty string would be taken as the translation)
        return finished_translation(context, source, disambiguation)

    def isEmpty(self) -> bool:
        return False
