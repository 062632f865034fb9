"""The .ecomap case file: one SQLite file holding a case, its versions and its draft."""

from ecomap.casefile.store import CaseFile, Draft
from ecomap.casefile.versions_table import VersionSummary

__all__ = ["CaseFile", "Draft", "VersionSummary"]
