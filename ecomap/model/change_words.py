"""Every word Ecomap says about change and the flow of a tie, so the command line, the editor and the PDF agree.

Plain words a practitioner can read aloud to a client: "No longer on the
map: Old crowd (friends)", "Probation officer: tenuous → strong",
"Gran: flow now both ways (was to Sam)". :mod:`ecomap.model.changes` works
out what changed and takes its sentences from here; the views only lay the
words out. Nothing here knows about Qt, reportlab or the terminal.

Every sentence is one message of the catalogue (context ``ChangeWords``)
with named placeholders, in the language in use when it is made; the
module's constants are the English, for code that needs to recognise them.
"""

from collections.abc import Iterable

from ecomap.language import QT_TRANSLATE_NOOP, TranslatedWords, translate
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.notation import CAPITAL_NAMES_IN_TEXT, DOMAIN_NAMES_IN_TEXT, STRENGTH_NAMES_IN_TEXT

_C = "ChangeWords"

UNNAMED = QT_TRANSLATE_NOOP("ChangeWords", "unnamed")
"""Stands for an empty label (in English; see :func:`name`)."""

# -- the flow of a tie ---------------------------------------------------------------

BOTH_WAYS = QT_TRANSLATE_NOOP("ChangeWords", "both ways")
NOT_MARKED = QT_TRANSLATE_NOOP("ChangeWords", "not marked")
"""A tie with no flow: no arrows drawn."""


def flow_arrow(giver: str, receiver: str) -> str:
    """``"Gran → Sam"``: energy and resources go from ``giver`` to ``receiver``."""
    return f"{giver} → {receiver}"


def flow_ends(flow: Flow, source: str, target: str) -> tuple[str, str] | None:
    """Who gives and who receives along a one-way tie from ``source`` to ``target``; None otherwise."""
    if flow is Flow.TO_TARGET:
        return source, target
    if flow is Flow.TO_SOURCE:
        return target, source
    return None


def flow_cell(flow: Flow, source: str, target: str) -> str:
    """The flow in a table of ties: ``"Gran → Sam"``, ``"both ways"`` or ``"not marked"``."""
    ends = flow_ends(flow, source, target)
    if ends is not None:
        return flow_arrow(*ends)
    return translate(_C, BOTH_WAYS if flow is Flow.BOTH else NOT_MARKED)


def flow_direction(flow: Flow, source: str, target: str) -> str:
    """The flow in a sentence, named by who receives: ``"to Sam"``, ``"both ways"`` or ``"not marked"``."""
    ends = flow_ends(flow, source, target)
    if ends is not None:
        return translate("ChangeWords", "to {name}").format(name=ends[1])
    return translate(_C, BOTH_WAYS if flow is Flow.BOTH else NOT_MARKED)


def flow_explained(flow: Flow, source: str, target: str) -> str:
    """The flow with the arrows that draw it, for a tooltip: "An arrow at Sam: energy and resources flow ..."."""
    ends = flow_ends(flow, source, target)
    if ends is not None:
        giver, receiver = ends
        return translate(
            "ChangeWords", "An arrow at {receiver}: energy and resources flow from {giver} to {receiver}"
        ).format(giver=giver, receiver=receiver)
    if flow is Flow.BOTH:
        return translate("ChangeWords", "Arrows at both ends: energy and resources flow both ways")
    return translate("ChangeWords", "No arrows: no flow of energy or resources marked")


# -- one change, in a sentence ---------------------------------------------------------


def name(label: str) -> str:
    """A label as a sentence names it: the label, or "unnamed"."""
    return label or translate(_C, UNNAMED)


def person(label: str, domain: Domain) -> str:
    """``"Warehouse job (work and education)"``."""
    return f"{name(label)} ({DOMAIN_NAMES_IN_TEXT[domain]})"


def tie_looks(strength: Strength, stressful: bool) -> str:
    """``"strong"`` or ``"strong, stressful"``."""
    if stressful:
        return translate("ChangeWords", "{strength}, stressful").format(strength=STRENGTH_NAMES_IN_TEXT[strength])
    return STRENGTH_NAMES_IN_TEXT[strength]


_NEW_TIE = {
    Capital.BONDING: QT_TRANSLATE_NOOP("ChangeWords", "New bonding tie: {who}, {looks}"),
    Capital.BRIDGING: QT_TRANSLATE_NOOP("ChangeWords", "New bridging tie: {who}, {looks}"),
    Capital.LINKING: QT_TRANSLATE_NOOP("ChangeWords", "New linking tie: {who}, {looks}"),
}
"""The sentence about a new tie, whole for each capital (in German the capital's word is declined)."""


def new_tie_opening(capital: Capital) -> str:
    """How the sentence about a new tie of ``capital`` begins, in the current language: ``"New bridging tie: "``."""
    return translate(_C, _NEW_TIE[capital]).split("{who}")[0]


def new_tie(who: str, capital: Capital, strength: Strength, stressful: bool) -> str:
    return translate(_C, _NEW_TIE[capital]).format(who=who, looks=tie_looks(strength, stressful))


def new_person(label: str, domain: Domain) -> str:
    return translate("ChangeWords", "New on the map: {person}").format(person=person(label, domain))


def ended_tie(who: str, capital: Capital, strength: Strength, stressful: bool) -> str:
    return translate("ChangeWords", "Ended: {who} (was {capital}, {looks})").format(
        who=who, capital=CAPITAL_NAMES_IN_TEXT[capital], looks=tie_looks(strength, stressful)
    )


def gone_person(label: str, domain: Domain) -> str:
    return translate("ChangeWords", "No longer on the map: {person}").format(person=person(label, domain))


def strength_changed(who: str, old: Strength, new: Strength) -> str:
    return f"{who}: {STRENGTH_NAMES_IN_TEXT[old]} → {STRENGTH_NAMES_IN_TEXT[new]}"


def capital_changed(who: str, old: Capital, new: Capital) -> str:
    return translate("ChangeWords", "{who}: {old} → {new} capital").format(
        who=who, old=CAPITAL_NAMES_IN_TEXT[old], new=CAPITAL_NAMES_IN_TEXT[new]
    )


def stress_changed(who: str, stressful: bool) -> str:
    if stressful:
        return translate("ChangeWords", "{who}: became stressful").format(who=who)
    return translate("ChangeWords", "{who}: no longer stressful").format(who=who)


def flow_changed(who: str, old: Flow, new: Flow, source: str, target: str) -> str:
    """``"Gran: flow now both ways (was to Sam)"``; ``source`` and ``target`` are the tie's ends as now drawn."""
    was = flow_direction(old, source, target)
    if new is Flow.NONE:
        return translate("ChangeWords", "{who}: flow no longer marked (was {was})").format(who=who, was=was)
    now = flow_direction(new, source, target)
    return translate("ChangeWords", "{who}: flow now {now} (was {was})").format(who=who, now=now, was=was)


TIE_NOTES_CHANGED = ": notes on the tie changed"
"""How the English sentence about a tie's notes ends (:func:`tie_notes_changed`)."""


def _tie_notes_sentence() -> str:
    return translate("ChangeWords", "{who}: notes on the tie changed")


def tie_notes_changed(who: str) -> str:
    return _tie_notes_sentence().format(who=who)


def who_of_tie_notes(sentence: str) -> str | None:
    """Whose tie a sentence of :func:`tie_notes_changed` (in the current language) is about; else None."""
    before, _, after = _tie_notes_sentence().partition("{who}")
    if len(sentence) > len(before) + len(after) and sentence.startswith(before) and sentence.endswith(after):
        return sentence[len(before) : len(sentence) - len(after)]
    return None


def notes_changed_on_ties(whos: list[str]) -> str:
    """Every tie whose notes changed, in one sentence (a dozen lines of only that would bury the rest)."""
    if len(whos) == 1:
        return tie_notes_changed(whos[0])
    count = len(whos)  # a plain name: lupdate passes over a translate() whose count is a call
    return translate("ChangeWords", "Notes changed on %n tie(s): {names}", None, count).format(names="; ".join(whos))


def renamed(old_label: str) -> str:
    return translate("ChangeWords", "renamed from {old}").format(old=name(old_label))


def moved(old: Domain, new: Domain) -> str:
    return translate("ChangeWords", "moved from {old} to {new}").format(
        old=DOMAIN_NAMES_IN_TEXT[old], new=DOMAIN_NAMES_IN_TEXT[new]
    )


_KIND_WITH_ARTICLE: TranslatedWords[Kind] = TranslatedWords(
    _C,
    {
        Kind.CLIENT: QT_TRANSLATE_NOOP("ChangeWords", "the client"),
        Kind.PERSON: QT_TRANSLATE_NOOP("ChangeWords", "a person"),
        Kind.PET: QT_TRANSLATE_NOOP("ChangeWords", "a pet"),
        Kind.GROUP: QT_TRANSLATE_NOOP("ChangeWords", "a group"),
        Kind.ORGANISATION: QT_TRANSLATE_NOOP("ChangeWords", "an organisation"),
    },
)


def kind_changed(old: Kind, new: Kind) -> str:
    return translate("ChangeWords", "now {new} (was {old})").format(
        new=_KIND_WITH_ARTICLE[new], old=_KIND_WITH_ARTICLE[old]
    )


PERSON_NOTES_CHANGED = QT_TRANSLATE_NOOP("ChangeWords", "notes changed")
"""In English; a sentence says :func:`person_notes_changed`."""


def person_notes_changed() -> str:
    """``"notes changed"``, a part of :func:`person_changed`, in the current language."""
    return translate(_C, PERSON_NOTES_CHANGED)


def person_changed(label: str, parts: Iterable[str]) -> str:
    """``"Dr Okafor: renamed from GP; moved from family to community"``."""
    return f"{name(label)}: {'; '.join(parts)}"


# -- many changes ----------------------------------------------------------------------

NEW, ENDED, STRONGER, WEAKER, RETYPED, STRESS, OTHER = (
    QT_TRANSLATE_NOOP("ChangeWords", "New"),
    QT_TRANSLATE_NOOP("ChangeWords", "Ended"),
    QT_TRANSLATE_NOOP("ChangeWords", "Stronger"),
    QT_TRANSLATE_NOOP("ChangeWords", "Weaker"),
    QT_TRANSLATE_NOOP("ChangeWords", "Re-typed"),
    QT_TRANSLATE_NOOP("ChangeWords", "Stress"),
    QT_TRANSLATE_NOOP("ChangeWords", "Other"),
)
"""The headings changes are listed under (design §11), in English: they key the groups
(:attr:`~ecomap.model.changes.Change.group`); a list shows :func:`heading_words`."""

NO_CHANGES = QT_TRANSLATE_NOOP(
    "ChangeWords", "No changes: both versions hold the same people and ties, described the same way."
)
"""In English; a list shows :func:`no_changes`."""

_COUNTED = {
    NEW: QT_TRANSLATE_NOOP("ChangeWords", "%n new"),
    ENDED: QT_TRANSLATE_NOOP("ChangeWords", "%n ended"),
    STRONGER: QT_TRANSLATE_NOOP("ChangeWords", "%n stronger"),
    WEAKER: QT_TRANSLATE_NOOP("ChangeWords", "%n weaker"),
    RETYPED: QT_TRANSLATE_NOOP("ChangeWords", "%n re-typed"),
    STRESS: QT_TRANSLATE_NOOP("ChangeWords", "%n stress change(s)"),
    OTHER: QT_TRANSLATE_NOOP("ChangeWords", "%n other change(s)"),
}
"""How a count names the changes under each heading (one message with plural forms each)."""


def heading_words(title: str) -> str:
    """A heading (one of :data:`NEW` ... :data:`OTHER`) in the current language; any other text as it is."""
    return translate(_C, title)


def no_changes() -> str:
    """:data:`NO_CHANGES` in the current language."""
    return translate(_C, NO_CHANGES)


def heading(title: str, count: int) -> str:
    """A heading as listed, with how many changes it holds: ``"New (3)"``."""
    return f"{title} ({count})"


def counted(title: str, count: int) -> str:
    """``"3 new"``, ``"1 stress change"``, ``"4 other changes"`` (``title``: a heading in English)."""
    source = _COUNTED.get(title)
    if source is None:
        return f"{count} {title.lower()}"
    return translate(_C, source, None, count)


def counts_summary(groups: Iterable[tuple[str, int]]) -> str:
    """``"11 new, 3 ended, 5 stronger, ..."`` from (heading in English, count) pairs, or that nothing changed."""
    said = ", ".join(counted(title, count) for title, count in groups)
    return said or translate("ChangeWords", "No changes")
