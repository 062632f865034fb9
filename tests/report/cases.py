"""Cases for the PDF tests, built through the model's API: Unicode names, markup in labels, a story of change,
a busy map laid out by Auto-arrange."""

from dataclasses import replace
from pathlib import Path

from ecomap.casefile import CaseFile
from ecomap.model.arrange import arrange
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.geometry import DOMAIN_SECTORS, STRENGTH_RADIUS, polar_to_scene
from ecomap.model.network import EcoMap
from ecomap.model.plan import AboutCapital, AboutDomain, AboutNode, AboutTie, Action, Status

CLIENT = "Zoë Ćwik-Müller"
REFERENCE = "YJ-2026-0777"
WORKER = "Tomás Ó Briain"
MARKUP_LABELS = ("<b>Bold</b>", '<img src="/etc/passwd"/>', '<a href="http://x">x</a>')
"""Labels that reportlab would obey if they reached a Paragraph unescaped."""
UNICODE_NAMES = ("Zoë", "Müller", "Ćwik", "Tomás")
PEOPLE = ("Nana Brigitte Müller", "Coach Darius Okonkwo", "Mate Iñaki Ferreira")
"""Labels of people (not roles): pseudonymising must remove every word of them."""
NOTE = "Visits every Sunday & brings food <i>without fail</i>"


def at(domain: Domain, strength: Strength | None, offset: float = 0.0) -> tuple[float, float]:
    start, end = DOMAIN_SECTORS[domain]
    return polar_to_scene((start + end) / 2 + offset, STRENGTH_RADIUS[strength])


def node(node_id: str, label: str, kind: Kind, domain: Domain, strength: Strength, offset: float = 0.0) -> Node:
    x, y = at(domain, strength, offset)
    return Node(node_id, label, kind, domain, x, y)


def story_case() -> Case:
    """Three versions in which the issue's example sentences come true.

    v1 to v3: a new bridging tie to the Recovery café (moderate), the
    probation officer's tie strengthened from moderate to strong, the old
    crowd from the estate (strong, stressful) ended; plus people with
    non-Latin names and labels that hold markup.
    """
    client = Node("client", CLIENT, Kind.CLIENT)
    nana = node("nana", PEOPLE[0], Kind.PERSON, Domain.FAMILY, Strength.STRONG)
    nana = Node(nana.id, nana.label, nana.kind, nana.domain, nana.x, nana.y, notes=NOTE)
    coach = node("coach", PEOPLE[1], Kind.PERSON, Domain.COMMUNITY, Strength.MODERATE)
    mate = node("mate", PEOPLE[2], Kind.PERSON, Domain.FRIENDS, Strength.MODERATE)
    crowd = node("crowd", "Old crowd from the estate", Kind.GROUP, Domain.FRIENDS, Strength.STRONG, 15)
    probation = node("probation", "Probation officer", Kind.PERSON, Domain.JUSTICE, Strength.MODERATE)
    cafe = node("cafe", "Recovery café", Kind.GROUP, Domain.COMMUNITY, Strength.MODERATE, 15)
    bold = node("bold", MARKUP_LABELS[0], Kind.PERSON, Domain.OTHER, Strength.TENUOUS, -15)
    image = node("image", MARKUP_LABELS[1], Kind.ORGANISATION, Domain.OTHER, Strength.TENUOUS, 15)
    link = node("link", MARKUP_LABELS[2], Kind.GROUP, Domain.WORK_EDUCATION, Strength.TENUOUS)

    def tie(
        tie_id: str,
        other: str,
        capital: Capital,
        strength: Strength,
        *,
        stressful: bool = False,
        flow: Flow = Flow.NONE,
        notes: str = "",
    ) -> Tie:
        return Tie(tie_id, "client", other, capital, strength, stressful, flow, notes)

    v1_ties = [
        tie("t1", "nana", Capital.BONDING, Strength.STRONG, flow=Flow.TO_TARGET, notes=NOTE),
        tie("t2", "coach", Capital.BRIDGING, Strength.MODERATE),
        tie("t3", "mate", Capital.BONDING, Strength.MODERATE, flow=Flow.BOTH),
        tie("t4", "crowd", Capital.BONDING, Strength.STRONG, stressful=True),
        tie("t5", "probation", Capital.LINKING, Strength.MODERATE),
        tie("t6", "bold", Capital.BONDING, Strength.TENUOUS),
        tie("t7", "image", Capital.LINKING, Strength.TENUOUS),
        tie("t8", "link", Capital.BRIDGING, Strength.TENUOUS),
    ]
    first = EcoMap([client, nana, coach, mate, crowd, probation, bold, image, link], v1_ties)
    middle_ties = [t for t in v1_ties if t.id != "t4"]
    middle = EcoMap([client, nana, coach, mate, probation, bold, image, link], middle_ties)
    last_ties = [
        t if t.id != "t5" else Tie("t5", "client", "probation", Capital.LINKING, Strength.STRONG) for t in middle_ties
    ]
    last_ties.append(tie("t9", "cafe", Capital.BRIDGING, Strength.MODERATE))
    last = EcoMap([client, nana, coach, mate, probation, cafe, bold, image, link], last_ties)
    details = CaseDetails(REFERENCE, CLIENT, WORKER, f"Referred by the court. {CLIENT} agreed to the map.")
    return Case(
        details,
        [
            Version("Start of order", "2026-01-12", "First session with Zoë.", first),
            Version("Three-month review", "2026-04-13", "", middle),
            Version("Six-month review", "2026-07-13", "Zoë now goes to the café.", last),
        ],
    )


def write_case(case: Case, path: Path) -> Path:
    """``case`` saved as a case file at ``path``."""
    CaseFile.create(path, case.details, case.versions).close()
    return path


SEVENTEEN = (
    ("mum", "Mum", Kind.PERSON, Domain.FAMILY, Strength.STRONG),
    ("dad", "Dad (Gary)", Kind.PERSON, Domain.FAMILY, Strength.TENUOUS),
    ("nan", "Nan Josephine", Kind.PERSON, Domain.FAMILY, Strength.STRONG),
    ("sister", "Little sister Amira", Kind.PERSON, Domain.FAMILY, Strength.MODERATE),
    ("dog", "Biscuit (dog)", Kind.PET, Domain.FAMILY, Strength.STRONG),
    ("jordan", "Best mate Jordan", Kind.PERSON, Domain.FRIENDS, Strength.STRONG),
    ("kayla", "Kayla", Kind.PERSON, Domain.FRIENDS, Strength.MODERATE),
    ("estate", "Lads from the estate", Kind.GROUP, Domain.FRIENDS, Strength.MODERATE),
    ("boxing", "Youth boxing club", Kind.GROUP, Domain.COMMUNITY, Strength.MODERATE),
    ("cafe", "Recovery café", Kind.GROUP, Domain.COMMUNITY, Strength.STRONG),
    ("tutor", "College tutor", Kind.PERSON, Domain.WORK_EDUCATION, Strength.MODERATE),
    ("job", "Warehouse job (nights)", Kind.ORGANISATION, Domain.WORK_EDUCATION, Strength.TENUOUS),
    ("gp", "GP", Kind.ORGANISATION, Domain.SERVICES, Strength.MODERATE),
    ("housing", "Housing officer", Kind.PERSON, Domain.SERVICES, Strength.TENUOUS),
    ("jobcentre", "Jobcentre", Kind.ORGANISATION, Domain.SERVICES, Strength.TENUOUS),
    ("probation", "Probation officer", Kind.PERSON, Domain.JUSTICE, Strength.STRONG),
    ("yot", "Youth offending team", Kind.ORGANISATION, Domain.JUSTICE, Strength.MODERATE),
)
"""Seventeen people and places around a client, in every domain and ring: a busy map."""


def seventeen_people() -> EcoMap:
    """A client and the seventeen of :data:`SEVENTEEN`, tied to the client and to one another, all
    at their domain's middle (for Auto-arrange to spread out)."""
    nodes = [Node("client", "Ash", Kind.CLIENT)]
    ties = []
    for number, (node_id, label, kind, domain, strength) in enumerate(SEVENTEEN, start=1):
        nodes.append(node(node_id, label, kind, domain, strength, offset=(number % 3 - 1) * 12))
        capital = Capital.LINKING if domain in (Domain.SERVICES, Domain.JUSTICE) else Capital.BONDING
        flow = (Flow.NONE, Flow.TO_TARGET, Flow.BOTH)[number % 3]
        ties.append(Tie(f"c{number}", "client", node_id, capital, strength, number % 5 == 0, flow))
    for number, (a, b) in enumerate(
        [("mum", "nan"), ("mum", "dad"), ("jordan", "kayla"), ("jordan", "boxing"), ("tutor", "job"), ("gp", "housing")]
    ):
        ties.append(Tie(f"x{number}", a, b, Capital.BRIDGING, Strength.MODERATE, number == 1, Flow.NONE))
    return EcoMap(nodes, ties)


def arranged(ecomap: EcoMap) -> EcoMap:
    """``ecomap`` as Auto-arrange lays it out."""
    return arrange(ecomap).apply_to(ecomap)


def with_latest_arranged(case: Case) -> Case:
    """``case`` with its latest version's map arranged."""
    *earlier, latest = case.versions
    return Case(case.details, [*earlier, replace(latest, map=arranged(latest.map))])


MARKUP_ACTION = '<img src="/etc/passwd"/> Ask & <a href="http://x">see</a> <b>both</b>'
"""An action's text that reportlab would obey if it reached a Paragraph unescaped."""
PLAN_OWNERS = (PEOPLE[1], CLIENT, WORKER, "Peer mentor", "<b>Owner</b>")
"""Owners of the plan case's actions: a label on the map, the client, the worker, a role, markup."""


def plan_case() -> Case:
    """The story case with a plan at each version, telling what became of it.

    v1 agrees five actions: about a capital, a person, a tie of the client's,
    the old crowd (who are gone by v2, so that action turns to their area of
    life, as removing a node does) and a tie that does not exist yet, with
    markup in its text. At v2 one is done, one dropped, a new one added; at v3
    the dropped one is gone from the plan and a last one is added, and nobody
    from work or learning is left on the map (so the prompts have something to say).
    """
    story = story_case()
    capital, nana, probation, crowd, markup = (
        Action(
            "p1", f"Go to the Recovery café with {PEOPLE[1]}", AboutCapital(Capital.BRIDGING), PEOPLE[1], "2026-02-01"
        ),
        Action("p2", "Ask Nana Brigitte about Sunday lunch with Zoë", AboutNode("nana"), CLIENT),
        Action(
            "p3",
            f"Meet the probation officer with {PEOPLE[2]}",
            AboutTie(("client", "probation")),
            WORKER,
            "2026-03-01",
        ),
        Action("p4", "See less of the old crowd from the estate", AboutNode("crowd"), "Peer mentor", "2026-02-15"),
        Action("p5", MARKUP_ACTION, AboutTie(("mate", "coach")), "<b>Owner</b>", "2026-04-30"),
    )
    first = [capital, nana, probation, crowd, markup]
    gone = replace(crowd, about=AboutDomain(Domain.FRIENDS), status=Status.DROPPED)
    gone = replace(gone, outcome="Zoë and Mate Iñaki Ferreira agreed it can wait & <i>that is fine</i>")
    second = [
        replace(capital, status=Status.DOING),
        replace(nana, status=Status.DONE, outcome="Nana Brigitte Müller came to lunch"),
        replace(probation, status=Status.DOING),
        gone,
        markup,
        Action("p6", "Try the café's Friday breakfast", AboutDomain(Domain.COMMUNITY), "Peer mentor", "2026-06-01"),
    ]
    third = [
        replace(capital, status=Status.DONE, outcome="Goes every week with Darius"),
        second[1],
        replace(probation, status=Status.DONE),
        replace(markup, status=Status.DOING),
        replace(second[5], status=Status.DONE),
        Action("p7", "Help set up at the café on Fridays", AboutNode("cafe"), CLIENT, "2026-09-01"),
    ]
    versions = [
        replace(version, map=EcoMap(version.map.nodes, version.map.ties, plan=plan))
        for version, plan in zip(story.versions, (first, second, third), strict=True)
    ]
    versions[-1].map.remove_node("link")  # nobody from work or learning: a prompt at v3
    return Case(story.details, versions)
