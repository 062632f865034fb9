"""Dates as people write them ("12 Jan 2026", "12. Jan. 2026"), in the language in use, for the editor and the PDF."""

import datetime as dt

from ecomap.language import QT_TRANSLATE_NOOP, translate

MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"), QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"), QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"), QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"), QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"), QT_TRANSLATE_NOOP("Dates", "December"),
)  # fmt: skip
"""The months' names in English (a date shows :func:`month_name`)."""
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "Jan"), QT_TRANSLATE_NOOP("Dates", "Feb"), QT_TRANSLATE_NOOP("Dates", "Mar"),
    QT_TRANSLATE_NOOP("Dates", "Apr"), QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"), QT_TRANSLATE_NOOP("Dates", "Aug"), QT_TRANSLATE_NOOP("Dates", "Sep"),
    QT_TRANSLATE_NOOP("Dates", "Oct"), QT_TRANSLATE_NOOP("Dates", "Nov"), QT_TRANSLATE_NOOP("Dates", "Dec"),
)  # fmt: skip
"""The months' short names in English."""


def month_name(month: int, *, long: bool = True) -> str:
    """Month ``month`` (1 to 12) in the current language: ``"July"``, or with ``long=False`` ``"Jul"``."""
    return translate("Dates", (MONTHS if long else SHORT_MONTHS)[month - 1])


def written_date(iso: str, *, long: bool = False, short_year: bool = False) -> str:
    """``2026-07-13`` as ``13 Jul 2026`` (``long``: ``13 July 2026``; ``short_year``: ``13 Jul 26``).

    In the current language ("13. Juli 2026", "13 Gorffennaf 2026"). Anything
    that is not an ISO date is given back as it is. ``strftime`` is not used:
    it follows the locale, which Qt sets.
    """
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    year = f"{day.year % 100:02d}" if short_year else str(day.year)
    month = month_name(day.month, long=long)
    return translate("Dates", "{day} {month} {year}").format(day=day.day, month=month, year=year)
