"""Hypothesis strategies for maps, versions and cases that obey the domain rules."""

import string

from hypothesis import strategies as st

from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.network import EcoMap
from ecomap.model.plan import About, AboutCapital, AboutDomain, AboutNode, AboutTie, Action, Status
from ecomap.model.rules import MAX_RING_SCALE, MIN_RING_SCALE

# Any printable text, including markup and non-Latin scripts, but no control
# characters or lone surrogates (the model refuses those).
line_text = st.text(st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufffe\uffff"), max_size=24)
notes_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x0b\x0c\x7f\ufffe\uffff").filter(
        lambda c: c in "\n\t" or ord(c) >= 32
    ),
    max_size=40,
)
node_ids = st.text(string.ascii_lowercase + string.digits + "-_", min_size=1, max_size=8)
coordinates = st.floats(min_value=-2000, max_value=2000, allow_nan=False, allow_infinity=False)
dates = st.dates().map(lambda d: d.isoformat())
ring_scales = st.one_of(
    st.just(1.0),
    st.floats(min_value=MIN_RING_SCALE, max_value=MAX_RING_SCALE, allow_nan=False, allow_infinity=False),
)
"""The standard rings often, any size a map's rings may grow to otherwise."""
standard_rings = st.just(1.0)


@st.composite
def nodes(draw: st.DrawFn, node_id: str, kind: Kind | None = None) -> Node:
    return Node(
        id=node_id,
        label=draw(line_text),
        kind=kind or draw(st.sampled_from([k for k in Kind if k is not Kind.CLIENT])),
        domain=draw(st.sampled_from(list(Domain))),
        x=draw(coordinates),
        y=draw(coordinates),
        notes=draw(notes_text),
    )


@st.composite
def ties(draw: st.DrawFn, tie_id: str, source: str, target: str) -> Tie:
    return Tie(
        id=tie_id,
        source=source,
        target=target,
        capital=draw(st.sampled_from(list(Capital))),
        strength=draw(st.sampled_from(list(Strength))),
        stressful=draw(st.booleans()),
        flow=draw(st.sampled_from(list(Flow))),
        notes=draw(notes_text),
    )


@st.composite
def ecomaps(
    draw: st.DrawFn,
    id_pool: list[str] | None = None,
    max_nodes: int = 8,
    scales: st.SearchStrategy[float] = standard_rings,
    with_plan: bool = False,
) -> EcoMap:
    """A valid map: a client plus up to ``max_nodes`` others, ties between random pairs.

    Drawing ids from a small shared ``id_pool`` makes two maps overlap, as
    versions of one case do. The rings are standard unless ``scales`` (such
    as :data:`ring_scales`) says otherwise; versions and cases draw them.
    ``with_plan`` gives it a plan (:func:`plans`) about its own nodes.
    """
    pool = id_pool or draw(st.lists(node_ids, min_size=1, max_size=max_nodes, unique=True))
    others = draw(st.lists(st.sampled_from(pool), max_size=max_nodes, unique=True)) if pool else []
    client = draw(nodes("client", Kind.CLIENT))
    members = [client, *(draw(nodes(node_id)) for node_id in others if node_id != "client")]
    ids = [n.id for n in members]
    pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]
    chosen = draw(st.lists(st.sampled_from(pairs), unique_by=lambda p: frozenset(p), max_size=12)) if pairs else []
    links = []
    for number, (a, b) in enumerate(chosen, start=1):
        source, target = (a, b) if draw(st.booleans()) else (b, a)
        links.append(draw(ties(f"t{number}", source, target)))
    plan = draw(plans(ids)) if with_plan else []
    return EcoMap(members, links, ring_scale=draw(scales), plan=plan)


action_ids = st.sampled_from(["a1", "a2", "a3", "a4", "a5", "a6"])
action_text = line_text.filter(lambda text: text.strip() != "").map(lambda text: text[:500])


@st.composite
def plans(draw: st.DrawFn, node_ids_on_map: list[str]) -> list[Action]:
    """Up to four actions about the map's nodes, a pair of them (tied or not), a capital, a domain or nothing."""
    abouts: list[st.SearchStrategy[About]] = [
        st.none(),
        st.sampled_from(list(Capital)).map(AboutCapital),
        st.sampled_from(list(Domain)).map(AboutDomain),
    ]
    abouts.append(st.sampled_from(node_ids_on_map).map(AboutNode))
    if len(node_ids_on_map) > 1:
        abouts.append(
            st.lists(st.sampled_from(node_ids_on_map), min_size=2, max_size=2, unique=True).map(
                lambda ends: AboutTie((ends[0], ends[1]))
            )
        )
    ids = draw(st.lists(action_ids, max_size=4, unique=True))
    return [
        Action(
            id=action_id,
            text=draw(action_text),
            about=draw(st.one_of(abouts)),
            owner=draw(line_text),
            due=draw(st.none() | dates),
            status=draw(st.sampled_from(list(Status))),
            outcome=draw(notes_text),
        )
        for action_id in ids
    ]


@st.composite
def versions(draw: st.DrawFn, id_pool: list[str] | None = None, with_plan: bool = False) -> Version:
    return Version(
        label=draw(line_text),
        date=draw(dates),
        note=draw(notes_text),
        map=draw(ecomaps(id_pool, scales=ring_scales, with_plan=with_plan)),
    )


@st.composite
def cases(draw: st.DrawFn, max_versions: int = 4, min_versions: int = 0, with_plan: bool = False) -> Case:
    """A case of ``min_versions`` to ``max_versions`` versions whose maps share node ids (and, asked, plans)."""
    pool = draw(st.lists(node_ids, min_size=1, max_size=8, unique=True))
    return Case(
        details=CaseDetails(
            reference=draw(line_text), client=draw(line_text), worker=draw(line_text), notes=draw(notes_text)
        ),
        versions=draw(st.lists(versions(pool, with_plan), min_size=min_versions, max_size=max_versions)),
    )
