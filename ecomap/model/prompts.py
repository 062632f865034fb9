"""Where the network is thin: the prompts of design §14, worked out from one map, in words a client can hear.

Prompts are never stored: they follow from the map as it is. Each has a
code (for scripts and tests), a sentence a worker can read aloud without
blame, and what it is about, in the form an action's ``about`` takes, so that
"Make it an action" can carry it over. They come in the order of §14's table.
"""

from dataclasses import dataclass

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.enums import Capital, Domain, Strength
from ecomap.model.network import EcoMap
from ecomap.model.plan import About, AboutCapital, AboutDomain, AboutTie

PROMPT_DOMAINS = (Domain.FAMILY, Domain.FRIENDS, Domain.COMMUNITY, Domain.WORK_EDUCATION)
"""The areas of life whose absence is a prompt, in the order the prompts come."""

# The sentences in English; a prompt's ``text`` is its sentence in the current language.
_NO_CAPITAL = {
    Capital.BONDING: QT_TRANSLATE_NOOP(
        "Prompts", "There is no close tie yet to family, friends or people like them to lean on."
    ),
    Capital.BRIDGING: QT_TRANSLATE_NOOP(
        "Prompts", "There is no tie yet to a group or place that opens new circles: a club, a café or a course."
    ),
    Capital.LINKING: QT_TRANSLATE_NOOP(
        "Prompts", "There is no tie yet to someone who can open doors: a tutor, a housing officer or a GP."
    ),
}
_EMPTY_DOMAIN = {
    Domain.FAMILY: QT_TRANSLATE_NOOP("Prompts", "There is nobody on the map from family yet."),
    Domain.FRIENDS: QT_TRANSLATE_NOOP("Prompts", "There are no friends on the map yet."),
    Domain.COMMUNITY: QT_TRANSLATE_NOOP(
        "Prompts", "There is nobody on the map from the community yet: a group, a club, faith or recovery."
    ),
    Domain.WORK_EDUCATION: QT_TRANSLATE_NOOP("Prompts", "There is nobody on the map from work or learning yet."),
}
ONE_SUPPORT = QT_TRANSLATE_NOOP("Prompts", "There is one supportive tie so far; one more would share the load.")
NO_SUPPORT = QT_TRANSLATE_NOOP(
    "Prompts", "There is no supportive tie on the map yet: one that is strong or moderate and not stressful."
)
STRESS_OUTWEIGHS = QT_TRANSLATE_NOOP("Prompts", "At the moment more of the ties are stressful than supportive.")
PROFESSIONALS_ONLY = QT_TRANSLATE_NOOP("Prompts", "So far every tie on the map is to a professional or a service.")


@dataclass(frozen=True, slots=True)
class Prompt:
    """One place where the network is thin: ``english`` is its sentence in English (for ``plan --json``),
    ``text`` the same in the current language (for people)."""

    code: str
    english: str
    about: About

    @property
    def text(self) -> str:
        return translate("Prompts", self.english)


def prompts_for(ecomap: EcoMap) -> list[Prompt]:
    """The prompts of ``ecomap``, in §14's order (``empty_domain`` in the order of :data:`PROMPT_DOMAINS`)."""
    client = ecomap.client.id
    client_ties = ecomap.ties_of(client)
    found: list[Prompt] = []
    capitals = {tie.capital for tie in client_ties}
    for capital in Capital:
        if capital not in capitals:
            found.append(Prompt(f"no_{capital.value}", _NO_CAPITAL[capital], AboutCapital(capital)))
    reached = {ecomap.node(tie.other_end(client)).domain for tie in client_ties}
    for domain in PROMPT_DOMAINS:
        if domain not in reached:
            found.append(Prompt("empty_domain", _EMPTY_DOMAIN[domain], AboutDomain(domain)))
    supportive = [t for t in client_ties if t.strength is not Strength.TENUOUS and not t.stressful]
    if len(supportive) == 1:
        tie = supportive[0]
        found.append(Prompt("one_support", ONE_SUPPORT, AboutTie((tie.source, tie.target))))
    if not supportive:
        found.append(Prompt("no_support", NO_SUPPORT, None))
    if sum(t.stressful for t in client_ties) > len(supportive):
        found.append(Prompt("stress_outweighs", STRESS_OUTWEIGHS, None))
    if client_ties and all(t.capital is Capital.LINKING for t in client_ties):
        found.append(Prompt("professionals_only", PROFESSIONALS_ONLY, None))
    return found
