"""Reading a Qt Linguist ``.ts`` file into the translations the program looks up, without Qt.

The ``.ts`` files in ``ecomap/language/translations`` are the one catalogue of
the editor's, the PDF's and the command line's human text (docs/translating.md).
Only finished translations count: a message marked ``unfinished``,
``vanished`` or ``obsolete`` falls back to its English source, as ``lrelease``
leaves it out of a ``.qm`` file.
"""

from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from ecomap.errors import InputError

MessageKey = tuple[str, str, str]
"""(context, source text, disambiguation comment or "")."""

_NOT_IN_USE = {"unfinished", "vanished", "obsolete"}


@dataclass
class Catalogue:
    """One language's finished translations: a single text, or plural forms in Qt's order."""

    language: str
    texts: dict[MessageKey, str] = field(default_factory=dict)
    plurals: dict[MessageKey, list[str]] = field(default_factory=dict)


def message_key(message: Element, context: str) -> MessageKey:
    """The key a ``<message>`` is looked up by."""
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def read_catalogue(path: Path) -> Catalogue:
    """The finished translations in the ``.ts`` file at ``path`` (its ``language`` attribute names the language).

    A file that cannot be read, is not XML, or holds entities or a DTD
    (refused by defusedxml) is an :class:`~ecomap.errors.InputError` naming it.
    """
    try:
        root = ElementTree.fromstring(path.read_bytes())
    except OSError as error:
        raise InputError(path, f"the translations cannot be read ({error.strerror or error})") from None
    except (ElementTree.ParseError, ValueError) as error:  # defusedxml's refusals are ValueErrors
        raise InputError(path, f"is not a Qt Linguist catalogue Ecomap can read ({error})") from None
    catalogue = Catalogue(language=(root.get("language") or "").split("_")[0])
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _NOT_IN_USE:
                continue
            key = message_key(message, name)
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if forms and all(forms):
                    catalogue.plurals[key] = forms
            elif translation.text:
                catalogue.texts[key] = translation.text
    return catalogue
