"""The editor's language: chosen at start-up from ``ECOMAP_LANG``, the saved choice or the system, and View > Language.

The choice is saved in the window's settings under ``language`` and takes
effect the next time Ecomap starts: every window, dialog and PDF is then in
that language. Qt's own dialogs (the file dialog, standard buttons) use Qt's
translations where PySide6 ships them (German); the standard buttons, a
message box's details button and a text field's menu also come from Ecomap's
catalogue (:mod:`ecomap.ui.qt_words`), so they are Welsh in Welsh too.
"""

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ecomap.language import LANGUAGES, current_language, translate, use_language
from ecomap.language.choice import ENVIRONMENT_VARIABLE, choose_language, language_code
from ecomap.ui.qt_words import QtWordsTranslator

SETTINGS_KEY = "language"  # not user text
LOCALES = {"en": "en_GB", "cy": "cy_GB", "de": "de_DE"}  # not user text
"""The Qt locale each language formats numbers and dates in (Ecomap's English is British)."""

_qt_translators: list[QTranslator] = []


def saved_language(settings: QSettings) -> str | None:
    """The language chosen in View > Language, if one was."""
    return language_code(str(settings.value(SETTINGS_KEY, "") or ""))


def start_language(settings: QSettings) -> str:
    """Speak ``ECOMAP_LANG``, else the saved choice, else the system's language; returns its code.

    A bad ``ECOMAP_LANG`` raises :class:`~ecomap.errors.InputError`. Qt's own
    texts follow where Qt has a catalogue for the language.
    """
    language = choose_language(saved_language(settings), QLocale.system().name())
    use_language(language)
    wanted = QLocale(LOCALES[language])
    if QLocale.system().language() != wanted.language():  # else the system's own formats, as it has them
        QLocale.setDefault(wanted)
    install_qt_translations(language)
    return language


def install_qt_translations(language: str) -> None:
    """Qt's catalogue for its own dialogs and buttons in ``language``, replacing any installed before."""
    application = QCoreApplication.instance()
    while _qt_translators:
        translator = _qt_translators.pop()
        if application is not None:
            application.removeTranslator(translator)
    if application is None or language == "en":
        return
    translator = QTranslator()
    if translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        application.installTranslator(translator)
        _qt_translators.append(translator)
    own = QtWordsTranslator()  # installed last, so asked first: Qt's words Ecomap carries (all of them in Welsh)
    application.installTranslator(own)
    _qt_translators.append(own)


def add_language_menu(menu: QMenu, settings: QSettings, show_message: Callable[[str], object]) -> QMenu:
    """View > Language: one choice per language, the one in use ticked; choosing saves it for the next start."""
    submenu = menu.addMenu(translate("LanguageMenu", "Lang&uage"))
    submenu.setObjectName("languageMenu")  # not user text
    group = QActionGroup(submenu)
    group.setExclusive(True)
    for code, name in LANGUAGES.items():
        action = QAction(f"&{name}", submenu)  # each language is named in itself, in every language
        action.setObjectName(f"language.{code}")  # not user text
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.setData(code)
        group.addAction(action)
        submenu.addAction(action)
    group.triggered.connect(lambda action: _choose(action, settings, show_message))
    return submenu


def _choose(action: QAction, settings: QSettings, show_message: Callable[[str], object]) -> None:
    """Save the choice and say when it takes effect (at once if it is the language in use)."""
    code = str(action.data())
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()
    if os.environ.get(ENVIRONMENT_VARIABLE):
        words = translate("LanguageMenu", "Saved {language}; {variable} is set, so it decides while it is set.")
    elif code == current_language():
        words = translate("LanguageMenu", "Ecomap speaks {language}.")
    else:
        words = translate("LanguageMenu", "Ecomap will speak {language} the next time it starts.")
    show_message(words.format(language=LANGUAGES[code], variable=ENVIRONMENT_VARIABLE))
