"""The plan in plain words for the editor, the command line and the PDF: statuses, what actions are about, fates."""

from ecomap.model.dates import written_date
from ecomap.model.enums import Capital, Domain
from ecomap.model.network import EcoMap
from ecomap.model.plan import About, AboutCapital, AboutDomain, AboutNode, AboutTie, Action, Status
from ecomap.model.review import Fate, MapOutcome, Movement

STATUS_WORDS = {
    Status.PLANNED: "Planned",
    Status.DOING: "Under way",
    Status.DONE: "Done",
    Status.DROPPED: "Dropped",
}
GONE = "No longer in the plan"

DOMAIN_WORDS = {
    Domain.FAMILY: "family",
    Domain.FRIENDS: "friends",
    Domain.COMMUNITY: "the community",
    Domain.WORK_EDUCATION: "work or learning",
    Domain.SERVICES: "services",
    Domain.JUSTICE: "justice",
    Domain.OTHER: "other",
}
CAPITAL_WORDS = {
    Capital.BONDING: "bonding (close ties)",
    Capital.BRIDGING: "bridging (new circles)",
    Capital.LINKING: "linking (people who open doors)",
}


def node_words(ecomap: EcoMap, node_id: str) -> str:
    """A node's label on ``ecomap`` ("unnamed" when it has none, "someone no longer on the map" when it is gone)."""
    if not ecomap.has_node(node_id):
        return "someone no longer on the map"
    return ecomap.node(node_id).label or "unnamed"


def tie_words(ecomap: EcoMap, ends: tuple[str, str]) -> str:
    """ "the tie to Gary" when the client is an end, "the tie between Mum and Gran" otherwise."""
    client = ecomap.client.id
    if client in ends:
        other = ends[1] if ends[0] == client else ends[0]
        return f"the tie to {node_words(ecomap, other)}"
    return f"the tie between {node_words(ecomap, ends[0])} and {node_words(ecomap, ends[1])}"


def about_words(about: About, ecomap: EcoMap) -> str:
    """What an action is about, as the plan's table shows it: "Gary", "the tie to Gary", "work or learning"..."""
    if isinstance(about, AboutNode):
        return node_words(ecomap, about.node)
    if isinstance(about, AboutTie):
        return tie_words(ecomap, about.ends)
    if isinstance(about, AboutCapital):
        return CAPITAL_WORDS[about.capital]
    if isinstance(about, AboutDomain):
        return DOMAIN_WORDS[about.domain]
    return "the network as a whole"


def outcome_words(about: About, outcome: MapOutcome, now: EcoMap) -> str:
    """What the map did, in a phrase: "the café is now on the map, strong"; empty when there is nothing to say."""
    if outcome.on_map is None:
        return ""
    if isinstance(about, AboutNode):
        subject = node_words(now, about.node)
        tie_subject = f"the tie to {subject}"
    elif isinstance(about, AboutTie):
        subject = tie_subject = tie_words(now, about.ends)
    else:
        return ""
    now_strength = outcome.tie_now.strength.value if outcome.tie_now else ""
    then_strength = outcome.tie_then.strength.value if outcome.tie_then else ""
    match outcome.strength:
        case Movement.NEW:
            return f"{subject} is now on the map, {now_strength}"
        case Movement.STRONGER:
            return f"{tie_subject} is stronger ({then_strength} to {now_strength})"
        case Movement.WEAKER:
            return f"{tie_subject} is weaker ({then_strength} to {now_strength})"
        case Movement.SAME:
            return f"{tie_subject} is as it was, {now_strength}"
        case Movement.ENDED:
            return f"{tie_subject} has ended"
    if isinstance(about, AboutNode) and outcome.on_map:
        return f"{subject} is on the map, with no tie to {now.client.label or 'the client'} yet"
    return f"{subject} is not on the map yet"


def fate_sentence(fate: Fate, now: EcoMap) -> str:
    """ "Done: Go to the recovery café with Gary — the café is now on the map, strong"."""
    status = GONE if fate.status_now is None else STATUS_WORDS[fate.status_now]
    phrase = outcome_words(fate.action.about, fate.outcome, now)
    text = " ".join(fate.action.text.split())
    return f"{status}: {text}" + (f" — {phrase}" if phrase else "")


def due_sentence(action: Action, today: str, *, longest: int = 120) -> str:
    """ "Call Mum on Sunday (Lee, under way): due 1 May 2026, overdue", or "...: due today" (``today``:
    YYYY-MM-DD); the action's text cut to ``longest`` characters with "…"."""
    details = [" ".join(action.owner.split())] if action.owner.strip() else []
    if action.status is Status.DOING:
        details.append("under way")
    text = " ".join(action.text.split())
    text = text if len(text) <= longest else text[: longest - 1].rstrip() + "…"
    text += f" ({', '.join(details)})" if details else ""
    if action.due is None:
        return text
    if action.due == today:
        return f"{text}: due today"
    return f"{text}: due {written_date(action.due)}" + (", overdue" if action.due < today else "")
