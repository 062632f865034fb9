"""The program's human text in English, Welsh or German: one catalogue, looked up by context and source text.

Every user-visible string goes through :func:`translate`, which has the
signature of ``QCoreApplication.translate`` so that Qt's ``pyside6-lupdate``
finds it in the editor, the PDF and the command line alike
(``python tools/update_translations.py``). Text in tables of data is marked
with :func:`QT_TRANSLATE_NOOP` and translated where it is shown. A plural is
one message whose source holds ``%n``, passed the count as the fourth
argument: ``translate("History", "%n version(s)", None, count)``.

Machine-read output never goes through here: JSON, CSV and GraphML field
names and values, ``--json`` output, and file formats stay English.
"""

from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TypeVar

from ecomap.language.catalogue import Catalogue, read_catalogue
from ecomap.language.choice import DEFAULT_LANGUAGE, LANGUAGES, choose_language
from ecomap.language.plurals import plural_form

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "TranslatedWords",
    "current_language",
    "finished_translation",
    "translate",
    "translations_folder",
    "use_language",
]

K = TypeVar("K")


class _Speaking:
    language: str = DEFAULT_LANGUAGE
    chosen: bool = False


def translations_folder() -> Path:
    """Where the ``ecomap_<code>.ts`` files are (inside the package, so a wheel and the one-folder build carry them)."""
    return Path(__file__).resolve().parent / "translations"


@cache
def catalogue(language: str) -> Catalogue:
    """The finished translations for ``language`` (read once)."""
    return read_catalogue(translations_folder() / f"ecomap_{language}.ts")


def use_language(language: str) -> None:
    """Speak ``language`` (a code of :data:`LANGUAGES`) from now on.

    Its catalogue is read here, so that a damaged one is one clear
    :class:`~ecomap.errors.InputError` naming the file, and nothing is changed.
    """
    if language not in LANGUAGES:
        raise ValueError(f"Ecomap speaks no language {language!r}")
    catalogue(language)
    _Speaking.language, _Speaking.chosen = language, True


def current_language() -> str:
    """The language in use: the one last passed to :func:`use_language`, else ``ECOMAP_LANG`` or the system's."""
    if not _Speaking.chosen:
        use_language(choose_language())
    return _Speaking.language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language; with ``n >= 0``, the plural form for ``n`` with ``%n`` replaced by it."""
    language = current_language()
    if n < 0 and language == DEFAULT_LANGUAGE:
        return source  # English is the source text; its catalogue holds only the plural forms
    found = catalogue(language)
    key = (context, source, disambiguation or "")
    if n < 0:
        return found.texts.get(key, source)
    forms = found.plurals.get(key)
    text = forms[min(plural_form(found.language, n), len(forms) - 1)] if forms else source
    return text.replace("%n", str(n))


def finished_translation(context: str, source: str, disambiguation: str | None = None) -> str | None:
    """``source``'s finished translation in the current language, or None if it has none (English included)."""
    language = current_language()
    if language == DEFAULT_LANGUAGE:
        return None
    return catalogue(language).texts.get((context, source, disambiguation or ""))


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark ``source`` for the catalogue where it is written (a table of data); :func:`translate` it where shown."""
    del context
    return source


class TranslatedWords(Mapping[K, str]):
    """A table of words (say, each capital's name) that reads out in the current language each time it is looked up.

    Write its English words with :func:`QT_TRANSLATE_NOOP` and the same
    ``context`` so that lupdate finds them::

        CAPITAL_NAMES = TranslatedWords("Notation", {Capital.BONDING: QT_TRANSLATE_NOOP("Notation", "bonding"), ...})

    ``english(key)`` gives the untranslated word, for output that machines read.
    """

    def __init__(self, context: str, words: Mapping[K, str]) -> None:
        self._context = context
        self._words = dict(words)

    def __getitem__(self, key: K) -> str:
        return translate(self._context, self._words[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)

    def english(self, key: K) -> str:
        """The English word for ``key``, whatever the language."""
        return self._words[key]
