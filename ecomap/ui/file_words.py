"""How the File menu's dialogs and messages name things: the case, a new file, a suggested version label, a filter.

Each is worded in the current language when it is asked for (never at import).
"""

import datetime as dt
import os

from PySide6.QtCore import QDir

from ecomap.casefile import VersionSummary
from ecomap.language import translate
from ecomap.model.case import CaseDetails


def case_filter() -> str:
    """The file dialogs' filter for case files."""
    return translate("Files", "Ecomap cases (*.ecomap)")


def case_name(details: CaseDetails) -> str:
    """How prompts name the case: its reference, else the client, else "this new case"."""
    return details.reference.strip() or details.client.strip() or translate("Files", "this new case")


def suggest_label(summaries: list[VersionSummary], today: dt.date) -> str:
    """ "Start of order" first; then "3-month review" counted from the first version's date."""
    if not summaries:
        return translate("Files", "Start of order")
    try:
        months = round((today - dt.date.fromisoformat(summaries[0].date)).days / 30.44)
    except ValueError:
        months = 0
    return translate("Files", "%n-month review", None, months) if months >= 1 else translate("Files", "Review")


def saved_now() -> str:
    """The status line after File > Save: "Saved at 14:05"."""
    return translate("Files", "Saved at {time}").format(time=dt.datetime.now().strftime("%H:%M"))


def file_stem(details: CaseDetails) -> str:
    """A file name from the case reference (never the client's name: file names are seen)."""
    stem = "".join("-" if c in '/\\:*?"<>|' or not c.isprintable() else c for c in details.reference)
    return stem.strip(" .-") or translate("Files", "New case")


def recent_entry(path: str) -> str:
    """How a recent case reads in the menu: ``X123.ecomap   (~/Cases)``."""
    folder, home = os.path.dirname(path), QDir.homePath()
    if folder == home or folder.startswith(home + os.sep):
        folder = "~" + folder[len(home) :]
    return f"{os.path.basename(path)}   ({folder})"


def one_line(text: str) -> str:
    """``text`` with every run of white space (line breaks included) made one space."""
    return " ".join(text.split())
