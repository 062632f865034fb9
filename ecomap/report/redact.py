"""Pseudonymising a case for a summary: the model's pseudonymised copy, then every name scrubbed from the words left.

:func:`~ecomap.model.pseudonymise.pseudonymised` turns people's labels into
initials or roles and carries each version's plan over with the names taken
out of its actions (the rule every pseudonymised export follows), but the
words it keeps (version labels, the names of groups and organisations, notes
kept on request) can still hold a name: "Lee's first review", "Tomás's
five-a-side team". A summary promises that the client's name appears nowhere
in the file, so the same scrubber that went through the plans
(:func:`~ecomap.model.name_scrubbing.name_scrubber`) goes through those words
too. The worker's name is left as it is; the case reference is the model's
pseudonym unless the summary keeps it on purpose.
"""

from dataclasses import replace

from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.name_scrubbing import COMMON_WORDS, name_scrubber
from ecomap.model.network import EcoMap
from ecomap.model.pseudonymise import Scrub, pseudonymised

__all__ = ["COMMON_WORDS", "name_scrubber", "pseudonymised_for_report"]


def pseudonymised_for_report(case: Case, *, keep_notes: bool, keep_reference: bool = False) -> Case:
    """``case`` pseudonymised, plans included, with every replaced name also scrubbed from the words that remain."""
    hidden, scrub = pseudonymised(case, keep_notes=keep_notes, keep_reference=keep_reference)
    return _map_text(hidden, scrub)


def _map_text(case: Case, scrub: Scrub) -> Case:
    """``case`` with ``scrub`` applied to every label, version label and note (its plans are scrubbed already)."""
    details = CaseDetails(
        reference=case.details.reference,
        client=case.details.client,
        worker=case.details.worker,
        notes=scrub(case.details.notes),
    )
    versions = []
    for version in case.versions:
        ecomap = version.map
        nodes = [replace(n, label=scrub(n.label), notes=scrub(n.notes)) for n in ecomap.nodes]
        ties = [replace(t, notes=scrub(t.notes)) for t in ecomap.ties]
        versions.append(
            Version(
                label=scrub(version.label),
                date=version.date,
                note=scrub(version.note),
                map=EcoMap(nodes, ties, ring_scale=ecomap.ring_scale, plan=ecomap.plan.actions),
                saved_at=version.saved_at,
            )
        )
    return Case(details=details, versions=versions)
