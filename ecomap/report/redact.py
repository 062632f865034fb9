"""Pseudonymising a case for a summary: the model's pseudonymised copy, then every name scrubbed from the words left.

:func:`~ecomap.model.pseudonymise.pseudonymise_case` turns people's labels
into initials or roles, but the words it keeps (version labels, the names of
groups and organisations, notes kept on request) can still hold a name:
"Lee's first review", "Tomás's five-a-side team". A summary promises that the
client's name appears nowhere in the file, so every name that was replaced is
also looked for in those words, as a whole and word by word, and replaced by
its initials. The worker's name is left as it is; the case reference is the
model's pseudonym unless the summary keeps it on purpose.

Each version's plan (design §14) comes along: what an action is about follows
the nodes' new ids, and its text and owner are scrubbed the same way, so a
name reads the same in an action as on the map ("Peer mentor G.", "Meet T.
for a coffee"); an owner who is the worker is kept, as the worker's name is.
An action's outcome is a note, left out or kept with the others.

Names are found in any case, as typed ("İlkay", "ILKAY", "ilkay"): the
patterns are made from the names as written and matched ignoring case; what
a match becomes is looked up by :func:`~ecomap.model.roles.fold`, which
folds case without changing the length of a name (``str.lower`` makes the
Turkish "İ" two characters).
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.network import EcoMap
from ecomap.model.plan import About, AboutNode, AboutTie, Action
from ecomap.model.pseudonymise import initials, pseudonymise_case
from ecomap.model.roles import fold, name_words, pseudonymise_label

_WORD = re.compile(r"[^\W\d_]+")
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"

_COMMON_WORDS = """
a an and at by for from in into of on or the to with without my his her their our your its
de del der den des di du la le les van von da dos el al bin ibn
new old big little young senior junior mr mrs ms miss dr sir
group team club centre center service services office church mosque temple school college
"""
COMMON_WORDS = frozenset(_COMMON_WORDS.split())
"""Words of a replaced label that are not names: never scrubbed on their own."""


def pseudonymised_for_report(case: Case, *, keep_notes: bool, keep_reference: bool = False) -> Case:
    """``case`` pseudonymised, with every replaced name also scrubbed from the words that remain,
    and each version's plan carried over (see :func:`hidden_plan`)."""
    hidden = pseudonymise_case(case, keep_notes=keep_notes, keep_reference=keep_reference)
    scrub = name_scrubber(_replaced_names(case, hidden))
    owner = owner_pseudonym(case.details.worker, scrub)
    plans = [
        hidden_plan(before.map, after.map, scrub, owner, keep_outcomes=keep_notes)
        for before, after in zip(case.versions, hidden.versions, strict=True)
    ]
    return _map_text(hidden, scrub, plans)


def _replaced_names(original: Case, hidden: Case) -> list[tuple[str, str]]:
    """(real name, what it became) for the client and every label pseudonymising changed."""
    names: list[tuple[str, str]] = []
    if original.details.client:
        names.append((original.details.client, hidden.details.client))
    for before, after in zip(original.versions, hidden.versions, strict=True):
        for old, new in zip(before.map.nodes, after.map.nodes, strict=True):
            if old.label != new.label:
                names.append((old.label, new.label))
    return names


def name_scrubber(names: Iterable[tuple[str, str]]) -> Callable[[str], str]:
    """A function that replaces each name (whole, then word by word) in a text by its initials.

    Matching ignores case and stops at letters, so "Lee" is found in
    "Lee's" and "LEE" but not in "Leeds".
    """
    whole: dict[str, str] = {}
    parts: dict[str, str] = {}
    spellings: tuple[set[str], set[str]] = (set(), set())
    for name, becomes in names:
        flat = " ".join(name.split())
        if len(flat) < 2:
            continue
        whole.setdefault(_key(flat), becomes or pseudonymise_label(flat))
        spellings[0].add(flat)
        named = name_words(flat) or [flat]  # the words the one rule initials (all, for a client called "Baby")
        for word in (part for text in named for part in _WORD.findall(text)):
            key = _key(word)
            if len(word) >= 2 and key not in COMMON_WORDS:
                parts.setdefault(key, f"{word[0].upper()}.")
                spellings[1].add(word)
    passes = [
        (pattern, table)
        for pattern, table in ((_pattern(spellings[0]), whole), (_pattern(spellings[1]), parts))
        if pattern
    ]

    def scrub(text: str) -> str:
        for pattern, table in passes:
            text = pattern.sub(_replacer(table), text)
        return text

    return scrub


def _replacer(table: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """What a match becomes: the name's pseudonym as recorded, else its initials."""

    def replace_match(match: re.Match[str]) -> str:
        return table.get(_key(match.group(0))) or initials(match.group(0))

    return replace_match


def _key(text: str) -> str:
    """How a name is looked up: folded (case and accents), spaces collapsed."""
    return fold(" ".join(text.split()))


def _pattern(spellings: set[str]) -> re.Pattern[str] | None:
    if not spellings:
        return None
    # Longest first, so "Lee Marsh" is replaced whole before "Lee" alone; sorted for a fixed order.
    words = sorted(spellings, key=lambda key: (-len(key), key))
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in word.split(" ")) for word in words)
    return re.compile(f"{_LETTER_BEFORE}(?:{alternatives}){_LETTER_AFTER}", re.IGNORECASE)


def owner_pseudonym(worker: str, scrub: Callable[[str], str]) -> Callable[[str], str]:
    """What an action's owner becomes: the worker's name as the summary prints it (kept, as in the
    header band); any other owner with every replaced name scrubbed out, so an owner who is the
    client or someone on the map reads as their label does ("Peer mentor Gary": "Peer mentor G.")."""
    kept = _key(worker)

    def owner(text: str) -> str:
        return text if kept and _key(text) == kept else scrub(text)

    return owner


def hidden_plan(
    before: EcoMap,
    after: EcoMap,
    scrub: Callable[[str], str],
    owner: Callable[[str], str],
    *,
    keep_outcomes: bool,
) -> list[Action]:
    """``before``'s plan for ``after``, its pseudonymised copy: what each action is about follows the
    nodes' new ids (the two maps list the same nodes in the same order), and its text and owner lose
    the names that pseudonymising replaced, as the labels did ("Gary" is "G." in "Peer mentor G." and
    in "Go to the café with G."). An outcome is a note on the action: left out with the other notes,
    and scrubbed like them when they are kept."""
    ids = {old.id: new.id for old, new in zip(before.nodes, after.nodes, strict=True)}
    return [
        replace(
            action,
            text=scrub(action.text),
            about=_renamed(action.about, ids),
            owner=owner(action.owner),
            outcome=scrub(action.outcome) if keep_outcomes else "",
        )
        for action in before.plan.actions
    ]


def _renamed(about: About, ids: dict[str, str]) -> About:
    if isinstance(about, AboutNode):
        return AboutNode(ids[about.node])
    if isinstance(about, AboutTie):
        return AboutTie((ids[about.ends[0]], ids[about.ends[1]]))
    return about


def _map_text(case: Case, scrub: Callable[[str], str], plans: list[list[Action]]) -> Case:
    """``case`` with ``scrub`` applied to every label, version label and note, and ``plans`` as its plans."""
    details = CaseDetails(
        reference=case.details.reference,
        client=case.details.client,
        worker=case.details.worker,
        notes=scrub(case.details.notes),
    )
    versions = []
    for version, plan in zip(case.versions, plans, strict=True):
        ecomap = version.map
        nodes = [replace(n, label=scrub(n.label), notes=scrub(n.notes)) for n in ecomap.nodes]
        ties = [replace(t, notes=scrub(t.notes)) for t in ecomap.ties]
        versions.append(
            Version(
                label=scrub(version.label),
                date=version.date,
                note=scrub(version.note),
                map=EcoMap(nodes, ties, ring_scale=ecomap.ring_scale, plan=plan),
                saved_at=version.saved_at,
            )
        )
    return Case(details=details, versions=versions)
