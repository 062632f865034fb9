"""Dates as people write them ("12 Jan 2026"), in English whatever the locale, for the editor and the PDF."""

import datetime as dt

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def written_date(iso: str, *, long: bool = False, short_year: bool = False) -> str:
    """``2026-07-13`` as ``13 Jul 2026`` (``long``: ``13 July 2026``; ``short_year``: ``13 Jul 26``).

    Anything that is not an ISO date is given back as it is. ``strftime`` is
    not used: it follows the locale, which Qt sets.
    """
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    month = MONTHS[day.month - 1]
    year = f"{day.year % 100:02d}" if short_year else str(day.year)
    return f"{day.day} {month if long else month[:3]} {year}"
