"""The words the Plan panel starts a new action with, and who it suggests as an action's owner.

A prompt made into an action gets a small first step in plain words, which the
worker and client then make their own; an action about a selected person,
place or tie starts as "A step about …" with the text ready to be typed over.
"""

from collections.abc import Iterable

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.case import CaseDetails
from ecomap.model.catalogue import owner_roles
from ecomap.model.enums import Capital, Domain
from ecomap.model.network import EcoMap
from ecomap.model.plan import About, AboutCapital, AboutDomain, AboutTie
from ecomap.model.plan_words import about_words, node_words
from ecomap.model.prompts import Prompt

_CAPITAL_STEPS = {
    Capital.BONDING: QT_TRANSLATE_NOOP(
        "PlanSuggestions", "Think together of one person to feel closer to, and one small way to be in touch"
    ),
    Capital.BRIDGING: QT_TRANSLATE_NOOP(
        "PlanSuggestions", "Try one group or place that opens new circles: a club, a café or a course"
    ),
    Capital.LINKING: QT_TRANSLATE_NOOP(
        "PlanSuggestions", "Find one person who can open doors, such as a tutor, a housing officer or a GP"
    ),
}
_DOMAIN_STEPS = {
    Domain.FAMILY: QT_TRANSLATE_NOOP(
        "PlanSuggestions", "Think together of someone in the family to be back in touch with"
    ),
    Domain.FRIENDS: QT_TRANSLATE_NOOP("PlanSuggestions", "Find one friend, old or new, to add to the map"),
    Domain.COMMUNITY: QT_TRANSLATE_NOOP("PlanSuggestions", "Find one group, club, faith or recovery community to try"),
    Domain.WORK_EDUCATION: QT_TRANSLATE_NOOP(
        "PlanSuggestions", "Find one person from work or learning to add to the map"
    ),
}
_OTHER_STEPS = {
    "no_support": QT_TRANSLATE_NOOP("PlanSuggestions", "Find one person who can be a steady support"),
    "stress_outweighs": QT_TRANSLATE_NOOP(
        "PlanSuggestions", "Agree one small step that makes a stressful tie easier, or brings in support"
    ),
    "professionals_only": QT_TRANSLATE_NOOP(
        "PlanSuggestions", "Find one person outside services to add to the map: a friend, a neighbour or a group"
    ),
}
"""The first small steps, in English (translated when an action is made of one)."""
NEW_STEP = QT_TRANSLATE_NOOP("PlanSuggestions", "A new step")
"""The text of an action added with nothing to go on, ready to be typed over (in English: see :func:`new_step`)."""


def new_step() -> str:
    """:data:`NEW_STEP` in the language spoken."""
    return translate("PlanSuggestions", NEW_STEP)


def suggested_step(prompt: Prompt, ecomap: EcoMap) -> str:
    """A first small step for ``prompt`` on ``ecomap``: "Find one person from work or learning to add to the map"."""
    about = prompt.about
    if isinstance(about, AboutCapital):
        return translate("PlanSuggestions", _CAPITAL_STEPS[about.capital])
    if isinstance(about, AboutDomain) and about.domain in _DOMAIN_STEPS:
        return translate("PlanSuggestions", _DOMAIN_STEPS[about.domain])
    if isinstance(about, AboutTie):
        client = ecomap.client.id
        other = about.ends[1] if about.ends[0] == client else about.ends[0]
        words = translate("PlanSuggestions", "Find one more person to lean on, as well as {name}")
        return words.format(name=node_words(ecomap, other))
    if prompt.code in _OTHER_STEPS:
        return translate("PlanSuggestions", _OTHER_STEPS[prompt.code])
    return translate("PlanSuggestions", "Agree one small step to make the network stronger")


def step_about(about: About, ecomap: EcoMap) -> str:
    """The first words of an action about a selected person, place or tie: "A step about Gary"."""
    return translate("PlanSuggestions", "A step about {about}").format(about=about_words(about, ecomap))


def owner_suggestions(details: CaseDetails, ecomap: EcoMap, used: Iterable[str]) -> list[str]:
    """Who may own an action: the client, the worker, the field's roles, then owners used before in the case."""
    client = details.client.strip() or ecomap.client.label.strip()
    names = [client, details.worker.strip(), *owner_roles(), *sorted(o.strip() for o in used)]
    seen: set[str] = set()
    unique = []
    for name in names:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            unique.append(name)
    return unique
