"""A case: the client's details and the dated versions of their map, in order."""

import datetime as dt
from dataclasses import dataclass, field

from ecomap.model.network import EcoMap
from ecomap.model.rules import MAX_LABEL_LENGTH, MAX_NOTES_LENGTH, check_date, check_text

__all__ = ["Case", "CaseDetails", "Version", "check_date", "today", "utc_now"]


@dataclass(frozen=True, slots=True)
class CaseDetails:
    """Who the case is about and who holds it; kept once per case."""

    reference: str = ""
    client: str = ""
    worker: str = ""
    notes: str = ""

    def check(self, path: str = "case") -> None:
        for name in ("reference", "client", "worker"):
            check_text(getattr(self, name), f"{path}.{name}", MAX_LABEL_LENGTH, multiline=False)
        check_text(self.notes, f"{path}.notes", MAX_NOTES_LENGTH, multiline=True)


@dataclass(frozen=True, eq=True)
class Version:
    """A saved, dated map: "Start of order", "3-month review", ...

    ``saved_at`` is the UTC time it was stored in a case file (ISO 8601,
    seconds precision); empty until it is stored.
    """

    label: str
    date: str
    note: str
    map: EcoMap
    saved_at: str = ""

    def check(self, path: str = "version") -> None:
        check_text(self.label, f"{path}.label", MAX_LABEL_LENGTH, multiline=False)
        check_text(self.note, f"{path}.note", MAX_NOTES_LENGTH, multiline=True)
        check_date(self.date, f"{path}.date")


@dataclass
class Case:
    """A case as a whole: details plus versions in the order they were saved."""

    details: CaseDetails = field(default_factory=CaseDetails)
    versions: list[Version] = field(default_factory=list)


def today() -> str:
    """Today's local date, YYYY-MM-DD."""
    return dt.date.today().isoformat()


def utc_now() -> str:
    """The current UTC time, ISO 8601 to the second, e.g. 2026-11-28T14:02:11Z."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
