"""The .ecomap case file: one SQLite file holding a case, its versions and its draft."""

from ecomap.casefile.store import CaseFile
from ecomap.casefile.versions_table import VersionSummary
from ecomap.casefile.working_map import Draft

__all__ = ["CaseFile", "Draft", "VersionSummary"]
