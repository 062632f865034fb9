"""The plan in plain words for the editor, the command line and the PDF: statuses, what actions are about, fates.

The words are in the language in use (context ``PlanWords``); ``english=True``
gives what an action is about in English, for files that machines read (the
plan's CSV).
"""

from ecomap.language import QT_TRANSLATE_NOOP, TranslatedWords, translate
from ecomap.model.dates import written_date
from ecomap.model.enums import Capital, Domain
from ecomap.model.network import EcoMap
from ecomap.model.notation import STRENGTH_NAMES_IN_TEXT
from ecomap.model.plan import About, AboutCapital, AboutDomain, AboutNode, AboutTie, Action, Status
from ecomap.model.review import Fate, MapOutcome, Movement

_C = "PlanWords"

STATUS_WORDS: TranslatedWords[Status] = TranslatedWords(
    _C,
    {
        Status.PLANNED: QT_TRANSLATE_NOOP("PlanWords", "Planned"),
        Status.DOING: QT_TRANSLATE_NOOP("PlanWords", "Under way"),
        Status.DONE: QT_TRANSLATE_NOOP("PlanWords", "Done"),
        Status.DROPPED: QT_TRANSLATE_NOOP("PlanWords", "Dropped"),
    },
)
GONE = QT_TRANSLATE_NOOP("PlanWords", "No longer in the plan")
"""In English; a sentence says it in the current language."""

DOMAIN_WORDS: TranslatedWords[Domain] = TranslatedWords(
    _C,
    {
        Domain.FAMILY: QT_TRANSLATE_NOOP("PlanWords", "family"),
        Domain.FRIENDS: QT_TRANSLATE_NOOP("PlanWords", "friends"),
        Domain.COMMUNITY: QT_TRANSLATE_NOOP("PlanWords", "the community"),
        Domain.WORK_EDUCATION: QT_TRANSLATE_NOOP("PlanWords", "work or learning"),
        Domain.SERVICES: QT_TRANSLATE_NOOP("PlanWords", "services"),
        Domain.JUSTICE: QT_TRANSLATE_NOOP("PlanWords", "justice"),
        Domain.OTHER: QT_TRANSLATE_NOOP("PlanWords", "other"),
    },
)
CAPITAL_WORDS: TranslatedWords[Capital] = TranslatedWords(
    _C,
    {
        Capital.BONDING: QT_TRANSLATE_NOOP("PlanWords", "bonding (close ties)"),
        Capital.BRIDGING: QT_TRANSLATE_NOOP("PlanWords", "bridging (new circles)"),
        Capital.LINKING: QT_TRANSLATE_NOOP("PlanWords", "linking (people who open doors)"),
    },
)


def _said(source: str, english: bool) -> str:
    """``source`` (a message of this module) in the current language, or as it is when ``english``."""
    return source if english else translate(_C, source)


def node_words(ecomap: EcoMap, node_id: str, *, english: bool = False) -> str:
    """A node's label on ``ecomap`` ("unnamed" when it has none, "someone no longer on the map" when it is gone)."""
    if not ecomap.has_node(node_id):
        return _said(QT_TRANSLATE_NOOP("PlanWords", "someone no longer on the map"), english)
    return ecomap.node(node_id).label or _said(QT_TRANSLATE_NOOP("PlanWords", "unnamed"), english)


def tie_words(ecomap: EcoMap, ends: tuple[str, str], *, english: bool = False) -> str:
    """ "the tie to Gary" when the client is an end, "the tie between Mum and Gran" otherwise."""
    client = ecomap.client.id
    if client in ends:
        other = ends[1] if ends[0] == client else ends[0]
        words = _said(QT_TRANSLATE_NOOP("PlanWords", "the tie to {name}"), english)
        return words.format(name=node_words(ecomap, other, english=english))
    words = _said(QT_TRANSLATE_NOOP("PlanWords", "the tie between {first} and {second}"), english)
    return words.format(
        first=node_words(ecomap, ends[0], english=english), second=node_words(ecomap, ends[1], english=english)
    )


def about_words(about: About, ecomap: EcoMap, *, english: bool = False) -> str:
    """What an action is about, as the plan's table shows it: "Gary", "the tie to Gary", "work or learning"...

    ``english``: in English whatever the language (for the plan's CSV)."""
    if isinstance(about, AboutNode):
        return node_words(ecomap, about.node, english=english)
    if isinstance(about, AboutTie):
        return tie_words(ecomap, about.ends, english=english)
    if isinstance(about, AboutCapital):
        return CAPITAL_WORDS.english(about.capital) if english else CAPITAL_WORDS[about.capital]
    if isinstance(about, AboutDomain):
        return DOMAIN_WORDS.english(about.domain) if english else DOMAIN_WORDS[about.domain]
    return _said(QT_TRANSLATE_NOOP("PlanWords", "the network as a whole"), english)


def outcome_words(about: About, outcome: MapOutcome, now: EcoMap) -> str:
    """What the map did, in a phrase: "the café is now on the map, strong"; empty when there is nothing to say."""
    if outcome.on_map is None:
        return ""
    if isinstance(about, AboutNode):
        subject = node_words(now, about.node)
        tie_subject = translate("PlanWords", "the tie to {name}").format(name=subject)
    elif isinstance(about, AboutTie):
        subject = tie_subject = tie_words(now, about.ends)
    else:
        return ""
    new = STRENGTH_NAMES_IN_TEXT[outcome.tie_now.strength] if outcome.tie_now else ""
    old = STRENGTH_NAMES_IN_TEXT[outcome.tie_then.strength] if outcome.tie_then else ""
    match outcome.strength:
        case Movement.NEW:
            return translate("PlanWords", "{subject} is now on the map, {now}").format(subject=subject, now=new)
        case Movement.STRONGER:
            words = translate("PlanWords", "{subject} is stronger ({then} to {now})")
            return words.format(subject=tie_subject, then=old, now=new)
        case Movement.WEAKER:
            words = translate("PlanWords", "{subject} is weaker ({then} to {now})")
            return words.format(subject=tie_subject, then=old, now=new)
        case Movement.SAME:
            return translate("PlanWords", "{subject} is as it was, {now}").format(subject=tie_subject, now=new)
        case Movement.ENDED:
            return translate("PlanWords", "{subject} has ended").format(subject=tie_subject)
    if isinstance(about, AboutNode) and outcome.on_map:
        if now.client.label:
            words = translate("PlanWords", "{subject} is on the map, with no tie to {client} yet")
            return words.format(subject=subject, client=now.client.label)
        return translate("PlanWords", "{subject} is on the map, with no tie to the client yet").format(subject=subject)
    return translate("PlanWords", "{subject} is not on the map yet").format(subject=subject)


def fate_sentence(fate: Fate, now: EcoMap) -> str:
    """ "Done: Go to the recovery café with Gary — the café is now on the map, strong"."""
    status = translate(_C, GONE) if fate.status_now is None else STATUS_WORDS[fate.status_now]
    phrase = outcome_words(fate.action.about, fate.outcome, now)
    text = " ".join(fate.action.text.split())
    return f"{status}: {text}" + (f" — {phrase}" if phrase else "")


def due_sentence(action: Action, today: str, *, longest: int = 120) -> str:
    """ "Call Mum on Sunday (Lee, under way): due 1 May 2026, overdue", or "...: due today" (``today``:
    YYYY-MM-DD); the action's text cut to ``longest`` characters with "…"."""
    details = [" ".join(action.owner.split())] if action.owner.strip() else []
    if action.status is Status.DOING:
        details.append(translate("PlanWords", "under way"))
    text = " ".join(action.text.split())
    text = text if len(text) <= longest else text[: longest - 1].rstrip() + "…"
    text += f" ({', '.join(details)})" if details else ""
    if action.due is None:
        return text
    if action.due == today:
        return translate("PlanWords", "{text}: due today").format(text=text)
    if action.due < today:
        return translate("PlanWords", "{text}: due {date}, overdue").format(text=text, date=written_date(action.due))
    return translate("PlanWords", "{text}: due {date}").format(text=text, date=written_date(action.due))
