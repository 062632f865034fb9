"""The .ecomap case file: one SQLite file holding a case, its versions and its draft."""

from ecomap.casefile.store import CaseFile, Draft, VersionSummary

__all__ = ["CaseFile", "Draft", "VersionSummary"]
