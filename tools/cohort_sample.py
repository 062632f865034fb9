"""Writes a realistic synthetic cohort of fictional case files into a folder, for trying and measuring the cohort view.

    .venv/bin/python tools/cohort_sample.py OUT_DIR [--cases 40] [--seed 1]
        [--protected-share 0.25 --passphrase-file FILE]

Each case is a fictional client (a made-up first name, a worker, a reference)
on a 12-month order, with 2 to 6 dated versions: family and friends, services
and probation, and community assets drawn from one town's groups and
organisations (the recovery café, the five-a-side club, the college course...),
spelled as different workers type them ("Recovery Café", "recovery  café"). From
version to version ties strengthen, weaken, begin and end, bridging tending to
grow as clients find their way into the town's groups. Capital follows the
model's default rules and every version is built through the model and saved
with ``CaseFile.create``. The same seed gives the same cases (only the times
they were saved differ); case files are named by reference, never by client.
"""

import argparse
import datetime as dt
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ecomap.casefile import CaseFile
from ecomap.cli.passphrases import read_passphrase_file
from ecomap.errors import EcomapError, InputError
from ecomap.model.case import CaseDetails, Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.geometry import DOMAIN_SECTORS, STRENGTH_RADIUS, polar_to_scene
from ecomap.model.network import EcoMap
from ecomap.model.plan import AboutCapital, Action, Status
from ecomap.model.rules import default_capital

FIRST_NAMES = (
    "Jodie", "Kieran", "Shannon", "Dale", "Leanne", "Tyler", "Kayleigh", "Connor", "Chantelle", "Reece",
    "Demi", "Jordan", "Ellie", "Callum", "Amber", "Liam", "Tasha", "Bradley", "Jade", "Ashley", "Kyle",
    "Courtney", "Nathan", "Stacey", "Darren", "Paige", "Marcus", "Toni", "Wayne", "Lacey", "Rhys", "Aaron",
    "Keeley", "Dean", "Leah", "Jamal", "Nadia", "Kofi", "Priya", "Imran", "Aisha", "Tomasz", "Zofia", "Ollie",
    "Carys", "Gavin", "Shaun", "Lewis", "Ruby", "Harvey", "Stevie", "Cody", "Lola", "Mikey", "Bethany",
    "Kerry", "Jolene", "Declan", "Tamsin", "Rory", "Sadie", "Kelvin", "Natalia", "Dwayne",
)  # fmt: skip
"""Made-up clients and the people around them: they look like names, so that a leak would show."""
SURNAMES = (
    "Marsh", "Hollins", "Doyle", "Pryce", "Kaur", "Okafor", "Nowak", "Brannigan", "Whitlock", "Fenwick",
    "Ashworth", "Quinn", "Rahman", "Mensah", "Baxter", "Tully", "Garside", "Oduya", "Lister", "Creasey",
)  # fmt: skip
WORKERS = ("A. Patel", "R. Moss", "K. Lindqvist", "D. Achebe", "S. Hartley", "M. O'Brien", "J. Whitaker", "L. Chen")
PET_NAMES = ("Bruno", "Tyson", "Bella", "Smudge", "Roxy", "Diesel")

G, ORG, P = Kind.GROUP, Kind.ORGANISATION, Kind.PERSON
C, W = Domain.COMMUNITY, Domain.WORK_EDUCATION
ASSETS: tuple[tuple[str, Kind, Domain, int], ...] = (
    ("Recovery Café", G, C, 10), ("Five-a-side club", G, C, 8), ("Riverside College construction course", ORG, W, 7),
    ("Food bank volunteering", G, C, 7), ("Northgate Boxing Gym", G, C, 6), ("SMART Recovery group", G, C, 6),
    ("Central Library", ORG, C, 5), ("St Anne's church", G, C, 4), ("Hillside Allotment Society", G, C, 4),
    ("Narcotics Anonymous", G, C, 4), ("Saturday parkrun", G, C, 4), ("Riverside College English and maths", ORG, W, 4),
    ("Men's Shed", G, C, 3), ("Warehouse job at Brightway", ORG, W, 3), ("CSCS card course", ORG, W, 3),
    ("Youth club", G, C, 3), ("Al-Noor mosque", G, C, 2), ("Community garden", G, C, 2),
    ("Art group at the Hub", G, C, 2), ("Chess club", G, C, 1), ("Fishing club", G, C, 1), ("Gospel choir", G, C, 1),
    ("Climbing wall", G, C, 1), ("Dog walking volunteers", G, C, 1),
)  # fmt: skip
"""The town's groups and organisations: label, kind, domain, how many clients tend to find them (a weight)."""
FAMILY = (
    "Mum",
    "Dad",
    "Nan",
    "Grandad",
    "Brother",
    "Sister",
    "Partner",
    "Son",
    "Daughter",
    "Auntie",
    "Uncle",
    "Cousin",
)
NAMED = frozenset({"Brother", "Sister", "Partner", "Son", "Daughter", "Auntie", "Uncle", "Cousin"})
FRIENDS = ("Friend", "Mate", "Neighbour", "Best friend")
MENTORS = ("Peer mentor", "Community mentor", "Relational navigator")
SERVICES: tuple[tuple[str, Kind], ...] = (
    ("GP", ORG), ("Jobcentre", ORG), ("Housing officer", P), ("Drug and alcohol service", ORG),
    ("Mental health team", ORG), ("Citizens Advice", ORG), ("Talking therapies", ORG), ("Debt advice", ORG),
)  # fmt: skip
JUSTICE: tuple[tuple[str, Kind], ...] = (("Youth offending team", ORG), ("Solicitor", P), ("Approved premises", ORG))
ORDER = (Strength.TENUOUS, Strength.MODERATE, Strength.STRONG)
FIRST_ORDER_DAY = dt.date(2025, 1, 6)


@dataclass
class Member:
    """Someone or somewhere on a client's map, with the tie to the client as it stands."""

    node: Node
    strength: Strength
    stressful: bool = False
    flow: Flow = Flow.BOTH
    capital: Capital | None = None
    """``None``: the model's default capital for the pair."""


@dataclass
class Story:
    """One client's map as it changes over the order: members by id, ties among them, the plan."""

    client: Node
    rng: random.Random
    members: dict[str, Member] = field(default_factory=dict)
    among: dict[frozenset[str], Strength] = field(default_factory=dict)
    spellings: dict[str, str] = field(default_factory=dict)
    """Asset id -> the label as this case's worker types it."""
    plan: list[Action] = field(default_factory=list)
    used_names: set[str] = field(default_factory=set)

    def name(self) -> str:
        free = [n for n in FIRST_NAMES if n not in self.used_names and n != self.client.label]
        chosen = self.rng.choice(free)
        self.used_names.add(chosen)
        return chosen

    def add(
        self,
        node_id: str,
        label: str,
        kind: Kind,
        domain: Domain,
        strength: Strength,
        *,
        stressful: bool = False,
        flow: Flow = Flow.BOTH,
    ) -> str:
        """Put someone or somewhere on the map, tied to the client (if not there already)."""
        if node_id not in self.members:
            self.members[node_id] = Member(Node(node_id, label, kind, domain), strength, stressful, flow)
        return node_id

    def add_asset(self, *, start: Strength | None = None) -> str | None:
        """A community asset this client is not yet tied to, chosen by how many clients tend to find it."""
        free = [a for a in ASSETS if slug(a[0]) not in self.members]
        if not free:
            return None
        label, kind, domain, _ = self.rng.choices(free, weights=[a[3] for a in free])[0]
        node_id = slug(label)
        shown = self.spellings.setdefault(node_id, spelling(label, self.rng))
        strength = start or self.rng.choice((Strength.TENUOUS, Strength.TENUOUS, Strength.MODERATE))
        return self.add(node_id, shown, kind, domain, strength, flow=Flow.TO_SOURCE)

    def remove(self, node_id: str) -> None:
        del self.members[node_id]
        for pair in [p for p in self.among if node_id in p]:
            del self.among[pair]

    def tie_among(self, a: str, b: str, strength: Strength = Strength.MODERATE) -> None:
        if a != b and a in self.members and b in self.members:
            self.among.setdefault(frozenset((a, b)), strength)


def spelling(label: str, rng: random.Random) -> str:
    """The label as one worker types it: as listed, lower case, first letter only, capitals or a double space."""
    words = label.split()
    roll = rng.random()
    if roll < 0.5:
        return label
    if roll < 0.65:
        return label.lower()
    if roll < 0.75:
        return label[:1] + label[1:].lower()
    if roll < 0.85 and len(words) > 1:
        cut = rng.randrange(1, len(words))
        return " ".join(words[:cut]) + "  " + " ".join(words[cut:])
    if roll < 0.92:
        return " ".join(w[:1].upper() + w[1:] for w in words)
    return label.upper()


def slug(label: str) -> str:
    """A node id from a label: "Recovery Café" -> "recovery-café"."""
    return "-".join("".join(c for c in word.lower() if c.isalnum()) for word in label.split())


def start_story(rng: random.Random, client_name: str) -> Story:
    """The map at the start of the order: family, perhaps friends, services, probation, a few assets or none."""
    story = Story(Node("client", client_name, Kind.CLIENT), rng, used_names={client_name})
    strengths = (Strength.STRONG, Strength.MODERATE, Strength.MODERATE, Strength.TENUOUS)
    for role in rng.sample(FAMILY, rng.randint(1, 4)):
        label = f"{role} {story.name()}" if role in NAMED else role
        stressful = role in ("Dad", "Partner", "Brother") and rng.random() < 0.35
        story.add(role.lower(), label, P, Domain.FAMILY, rng.choice(strengths), stressful=stressful)
    if rng.random() < 0.25:
        story.add("pet", f"{rng.choice(PET_NAMES)} (dog)", Kind.PET, Domain.FAMILY, Strength.STRONG)
    for number in range(rng.randint(0, 3)):
        label = f"{rng.choice(FRIENDS)} {story.name()}"
        story.add(f"friend{number + 1}", label, P, Domain.FRIENDS, rng.choice(strengths))
    if rng.random() < 0.4:  # the old crowd: bonding that pulls the wrong way
        story.add("crowd", "Lads from the estate", G, Domain.FRIENDS, Strength.MODERATE, stressful=True)
    story.add("probation", "Probation officer", P, Domain.JUSTICE, Strength.MODERATE, flow=Flow.TO_TARGET)
    if rng.random() < 0.3:
        label, kind = rng.choice(JUSTICE)
        story.add("justice2", label, kind, Domain.JUSTICE, Strength.TENUOUS, flow=Flow.TO_TARGET)
    for label, kind in rng.sample(SERVICES, rng.randint(1, 3)):
        story.add(slug(label), label, kind, Domain.SERVICES, rng.choice(strengths[1:]), flow=Flow.TO_TARGET)
    if rng.random() < 0.3:
        story.add("mentor", f"{rng.choice(MENTORS)} {story.name()}", P, C, Strength.MODERATE)
    for _ in range(rng.choice((0, 0, 1, 1, 1, 2, 2, 3))):
        story.add_asset()
    _family_ties(story)
    return story


def _family_ties(story: Story) -> None:
    family = [m for m, member in story.members.items() if member.node.domain is Domain.FAMILY and m != "pet"]
    for index, a in enumerate(family):
        for b in family[index + 1 :]:
            if story.rng.random() < 0.5:
                story.tie_among(a, b, story.rng.choice(ORDER[1:]))


def step(strength: Strength, up: float, down: float, rng: random.Random) -> Strength:
    """One review's change to a tie's strength: a step up, a step down, or the same."""
    index, roll = ORDER.index(strength), rng.random()
    if roll < up:
        return ORDER[min(index + 1, 2)]
    if roll < up + down:
        return ORDER[max(index - 1, 0)]
    return strength


def review(story: Story) -> None:
    """The map at the next review: ties move, some end, new ones begin; bridging tends to grow."""
    rng = story.rng
    promised = [a for a in story.plan if a.status.is_open]
    for member_id, member in list(story.members.items()):
        domain = member.node.domain
        if domain in (C, W) and member.node.kind is not P:
            if rng.random() < 0.07:
                story.remove(member_id)
                continue
            member.strength = step(member.strength, 0.35, 0.1, rng)
            member.flow = Flow.BOTH if member.strength is Strength.STRONG else member.flow
        elif member_id == "crowd":
            if rng.random() < 0.3:
                story.remove(member_id)
                continue
            member.strength = step(member.strength, 0.05, 0.35, rng)
        elif domain is Domain.SERVICES:
            if rng.random() < 0.12:
                story.remove(member_id)
                continue
            member.strength = step(member.strength, 0.15, 0.1, rng)
        elif domain in (Domain.FAMILY, Domain.FRIENDS):
            member.strength = step(member.strength, 0.15, 0.12, rng)
            if rng.random() < 0.1:
                member.stressful = not member.stressful
        elif member_id == "mentor" and rng.random() < 0.15:
            member.capital = Capital.BONDING  # the mentor has become a friend
    found = 0
    for _ in promised:
        if rng.random() < 0.45 and story.add_asset() is not None:
            found += 1
    if rng.random() < 0.3 and story.add_asset():
        found += 1
    if found and "mentor" not in story.members and rng.random() < 0.3:
        story.add("mentor", f"{rng.choice(MENTORS)} {story.name()}", P, C, Strength.TENUOUS)
    assets = [m for m, member in story.members.items() if member.node.domain in (C, W) and member.node.kind is not P]
    if assets and rng.random() < 0.2:  # a friend met at one of them
        friend = story.add(f"friend{len(story.members)}", f"Friend {story.name()}", P, Domain.FRIENDS, Strength.TENUOUS)
        story.tie_among(friend, rng.choice(assets))
    if "mentor" in story.members and assets:
        story.tie_among("mentor", rng.choice(assets))
    if rng.random() < 0.2:
        label, kind = rng.choice(SERVICES)
        story.add(slug(label), label, kind, Domain.SERVICES, Strength.TENUOUS, flow=Flow.TO_TARGET)
    done = Status.DONE if found else rng.choice((Status.DOING, Status.DROPPED))
    story.plan = [replace(a, status=done, outcome="Went along" if found else "") for a in promised]


def agree_step(story: Story, number: int, due: str | None) -> None:
    """The step agreed at this review: try one more place in town (about bridging capital)."""
    owner = story.rng.choice(("Client", "Worker", "Peer mentor"))
    text = "Go along to one new group or course before the next review"
    story.plan.append(Action(f"a{number}", text, AboutCapital(Capital.BRIDGING), owner, due))


def snapshot(story: Story) -> EcoMap:
    """The story as a map: each node in its domain's sector, in the band of its tie to the client."""
    by_domain: dict[Domain, list[Member]] = {}
    for member in story.members.values():
        by_domain.setdefault(member.node.domain, []).append(member)
    nodes, ties = [story.client], []
    for domain, members in by_domain.items():
        start, end = DOMAIN_SECTORS[domain]
        for index, member in enumerate(members):
            angle = start + (index + 0.5) * (end - start) / len(members)
            x, y = polar_to_scene(angle, STRENGTH_RADIUS[member.strength] * (1 + 0.08 * (index % 2)))
            nodes.append(replace(member.node, x=round(x, 1) + 0.0, y=round(y, 1) + 0.0))
    for member in story.members.values():
        node = member.node
        capital = member.capital or default_capital(story.client, node)
        ties.append(Tie(f"t-{node.id}", "client", node.id, capital, member.strength, member.stressful, member.flow))
    for pair, strength in story.among.items():
        a, b = sorted(pair)
        capital = default_capital(story.members[a].node, story.members[b].node)
        ties.append(Tie(f"t-{a}-{b}", a, b, capital, strength))
    return EcoMap(nodes, ties, plan=story.plan)


def review_dates(rng: random.Random, count: int) -> list[tuple[str, dt.date]]:
    """The start of a 12-month order and ``count - 1`` reviews within it, labelled and dated."""
    start = FIRST_ORDER_DAY + dt.timedelta(days=rng.randrange(0, 300))  # every order ended by November 2026
    months = sorted(rng.sample(range(1, 13), count - 1))
    dated = [("Start of order", start)]
    for month in months:
        label = "End of order" if month == 12 else f"{month}-month review"
        dated.append((label, start + dt.timedelta(days=month * 30 + rng.randint(-4, 4))))
    return dated


def sample_case(seed: int, index: int) -> tuple[CaseDetails, list[Version]]:
    """Case ``index`` of the cohort made with ``seed`` (the same whatever the cohort's size)."""
    rng = random.Random(f"ecomap-cohort-sample:{seed}:{index}")
    first = rng.choice(FIRST_NAMES)
    details = CaseDetails(
        reference=f"SAMPLE-{index + 1:04d}",
        client=f"{first} {rng.choice(SURNAMES)}",
        worker=rng.choice(WORKERS),
        notes="A fictional case made by tools/cohort_sample.py: not a real person.",
    )
    story = start_story(rng, first)
    dated = review_dates(rng, rng.randint(2, 6))
    versions = []
    for number, (label, date) in enumerate(dated, start=1):
        if number > 1:
            review(story)
        following = dated[number][1].isoformat() if number < len(dated) else None
        if following is not None:
            agree_step(story, number, following)
        versions.append(Version(label, date.isoformat(), "Drawn together in the session.", snapshot(story)))
    return details, versions


def write_cohort(
    folder: Path, cases: int, seed: int = 1, *, protected_share: float = 0.0, passphrase: str | None = None
) -> list[Path]:
    """Write ``cases`` sample case files into ``folder`` (made if missing); a share of them protected."""
    folder.mkdir(parents=True, exist_ok=True)
    protected = set(random.Random(f"protected:{seed}").sample(range(cases), round(cases * protected_share)))
    written = []
    for index in range(cases):
        details, versions = sample_case(seed, index)
        path = folder / f"{details.reference.lower()}.ecomap"
        key = passphrase if index in protected else None
        CaseFile.create(path, details, versions, passphrase=key).close()
        written.append(path)
    return written


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="cohort_sample.py", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folder", metavar="OUT_DIR", help="where the case files go (made if missing)")
    parser.add_argument("--cases", type=int, default=40, help="how many cases (default 40)")
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same cohort (default 1)")
    parser.add_argument("--protected-share", type=float, default=0.0, metavar="F", help="share protected, 0 to 1")
    parser.add_argument("--passphrase-file", metavar="FILE", help="the protected cases' passphrase (first line)")
    args = parser.parse_args(argv)
    if args.cases < 1:
        parser.error("--cases must be at least 1")
    if not 0.0 <= args.protected_share <= 1.0:
        parser.error("--protected-share must be from 0 to 1")
    if args.protected_share > 0 and args.passphrase_file is None:
        parser.error("--protected-share needs --passphrase-file FILE")
    try:
        passphrase = read_passphrase_file(Path(args.passphrase_file)) if args.passphrase_file else None
        folder = Path(args.folder)
        if folder.exists() and not folder.is_dir():
            raise InputError(folder, "is not a folder")
        written = write_cohort(
            folder, args.cases, args.seed, protected_share=args.protected_share, passphrase=passphrase
        )
    except EcomapError as error:
        print(f"cohort_sample.py: {error}", file=sys.stderr)
        return 2
    shielded = round(args.cases * args.protected_share)
    print(f"{args.folder}: wrote {len(written)} sample cases" + (f" ({shielded} protected)" if shielded else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
