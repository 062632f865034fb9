"""Which language Ecomap speaks: ``ECOMAP_LANG``, else the editor's saved choice, else the system's.

The command line has no saved choice; it follows ``ECOMAP_LANG`` and then the
system locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them).
The editor passes its View > Language choice and Qt's reading of the system
locale. A language Ecomap has no catalogue for is English.
"""

import locale
import os

from ecomap.errors import InputError

LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg", "de": "Deutsch"}
"""The languages Ecomap speaks, by code, each named in itself (as a language menu shows them)."""

DEFAULT_LANGUAGE = "en"
ENVIRONMENT_VARIABLE = "ECOMAP_LANG"

_LOCALE_NAMES = {"english": "en", "welsh": "cy", "german": "de"}  # Windows' locale names


def language_code(locale_name: str | None) -> str | None:
    """The language of a locale name ("de_DE.UTF-8", "cy_GB", "German_Germany", "de"), if Ecomap speaks it."""
    if not locale_name:
        return None
    code = locale_name.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    code = _LOCALE_NAMES.get(code, code)
    return code if code in LANGUAGES else None


def system_language() -> str | None:
    """The system locale's language, as gettext would read it, if Ecomap speaks it."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return language_code(value)
    try:
        return language_code(
            locale.getlocale(locale.LC_MESSAGES if hasattr(locale, "LC_MESSAGES") else locale.LC_ALL)[0]
        )
    except ValueError:
        return None


def environment_language() -> str | None:
    """``ECOMAP_LANG``'s language, if set; :class:`InputError` if it names one Ecomap does not speak."""
    value = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if not value:
        return None
    code = language_code(value)
    if code is None:
        spoken = ", ".join(LANGUAGES)
        raise InputError(None, f"{ENVIRONMENT_VARIABLE}={value} is not a language Ecomap speaks ({spoken})")
    return code


def choose_language(saved: str | None = None, system: str | None = None) -> str:
    """``ECOMAP_LANG``, else ``saved`` (the editor's choice), else ``system`` (Qt's reading of the locale), else
    the locale's variables as gettext reads them (Qt says "C" where the locale is not installed), else English."""
    return (
        environment_language() or language_code(saved) or language_code(system) or system_language() or DEFAULT_LANGUAGE
    )
