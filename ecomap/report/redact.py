"""Pseudonymising a case for a summary: the model's one rule, which every pseudonymised export follows.

:func:`~ecomap.model.pseudonymise.pseudonymise_case` turns people's labels
into initials or roles, carries each version's plan over with the names taken
out of its actions, and scrubs the same names from the words it keeps
(version labels, the names of groups and organisations, notes kept on
request), so the summary can promise that the client's name appears nowhere
in the file. The worker's name is left as it is; the case reference is the
model's pseudonym unless the summary keeps it on purpose.
"""

from ecomap.model.case import Case
from ecomap.model.name_scrubbing import COMMON_WORDS, name_scrubber
from ecomap.model.pseudonymise import pseudonymise_case

__all__ = ["COMMON_WORDS", "name_scrubber", "pseudonymised_for_report"]


def pseudonymised_for_report(case: Case, *, keep_notes: bool, keep_reference: bool = False) -> Case:
    """``case`` pseudonymised for the summary: plans included, every hidden name scrubbed from the words kept."""
    return pseudonymise_case(case, keep_notes=keep_notes, keep_reference=keep_reference)
