"""The words the Plan panel starts a new action with, and who it suggests as an action's owner.

A prompt made into an action gets a small first step in plain words, which the
worker and client then make their own; an action about a selected person,
place or tie starts as "A step about …" with the text ready to be typed over.
"""

from collections.abc import Iterable

from ecomap.model.case import CaseDetails
from ecomap.model.catalogue import owner_roles
from ecomap.model.enums import Capital, Domain
from ecomap.model.network import EcoMap
from ecomap.model.plan import About, AboutCapital, AboutDomain, AboutTie
from ecomap.model.plan_words import about_words, node_words
from ecomap.model.prompts import Prompt

_CAPITAL_STEPS = {
    Capital.BONDING: "Think together of one person to feel closer to, and one small way to be in touch",
    Capital.BRIDGING: "Try one group or place that opens new circles: a club, a café or a course",
    Capital.LINKING: "Find one person who can open doors, such as a tutor, a housing officer or a GP",
}
_DOMAIN_STEPS = {
    Domain.FAMILY: "Think together of someone in the family to be back in touch with",
    Domain.FRIENDS: "Find one friend, old or new, to add to the map",
    Domain.COMMUNITY: "Find one group, club, faith or recovery community to try",
    Domain.WORK_EDUCATION: "Find one person from work or learning to add to the map",
}
_OTHER_STEPS = {
    "no_support": "Find one person who can be a steady support",
    "stress_outweighs": "Agree one small step that makes a stressful tie easier, or brings in support",
    "professionals_only": "Find one person outside services to add to the map: a friend, a neighbour or a group",
}
NEW_STEP = "A new step"
"""The text of an action added with nothing to go on, ready to be typed over."""


def suggested_step(prompt: Prompt, ecomap: EcoMap) -> str:
    """A first small step for ``prompt`` on ``ecomap``: "Find one person from work or learning to add to the map"."""
    about = prompt.about
    if isinstance(about, AboutCapital):
        return _CAPITAL_STEPS[about.capital]
    if isinstance(about, AboutDomain) and about.domain in _DOMAIN_STEPS:
        return _DOMAIN_STEPS[about.domain]
    if isinstance(about, AboutTie):
        client = ecomap.client.id
        other = about.ends[1] if about.ends[0] == client else about.ends[0]
        return f"Find one more person to lean on, as well as {node_words(ecomap, other)}"
    return _OTHER_STEPS.get(prompt.code, "Agree one small step to make the network stronger")


def step_about(about: About, ecomap: EcoMap) -> str:
    """The first words of an action about a selected person, place or tie: "A step about Gary"."""
    return f"A step about {about_words(about, ecomap)}"


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
