"""easyNWK records (design §9): each easyNWK version becomes an Ecomap version.

easyNWK (fhstp/easynwk-web) is a peer tool for network maps in social work.
Its files are foreign data: extra keys are ignored and a missing field takes
easyNWK's own default, but a field of the wrong type or an id that does not
exist is refused with the path to it.
"""

import math
from typing import Any

from ecomap.interchange.placing import place_unplaced
from ecomap.model.case import Case, CaseDetails, Version, check_date, today
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.errors import ModelError
from ecomap.model.geometry import EASYNWK_SCALE
from ecomap.model.network import EcoMap
from ecomap.model.rules import MAX_ID_LENGTH, MAX_LABEL_LENGTH, MAX_NOTES_LENGTH, check_text

CLIENT_ID = "client"
MAX_DISTANCE = 1_000_000 / EASYNWK_SCALE
"""Largest easyNWK distance taken: it must land within Ecomap's coordinate range."""
_ALTER_PREFIX = "alter-"
SUPPORT_FIELDS = (
    "supportEmotional",
    "supportInstrumental",
    "supportInformational",
    "supportSocial",
    "supportLinking",
)
_CAPITAL_BY_DOMAIN = {
    Domain.FAMILY: Capital.BONDING,
    Domain.FRIENDS: Capital.BONDING,
    Domain.WORK_EDUCATION: Capital.BRIDGING,
    Domain.SERVICES: Capital.LINKING,
    Domain.OTHER: Capital.BRIDGING,
}


def looks_like_easynwk(document: Any) -> bool:
    """A versioned easyNWK record, or the older bare map."""
    if not isinstance(document, dict) or "format" in document:
        return False
    if "ego" in document and "alteri" in document:
        return True
    versions = document.get("versions")
    return isinstance(versions, list) and any(isinstance(v, dict) and "nwk" in v for v in versions)


def case_from_easynwk(document: dict[str, Any]) -> Case:
    """Build a case from an easyNWK record; raises :class:`ModelError` with a path."""
    if "versions" in document and "ego" not in document:
        records = _get(document, "versions", list, [], "")
        if not records:
            raise ModelError("holds no versions", "versions")
        maps = []
        for number, record in enumerate(records):
            where = f"versions[{number}]"
            if not isinstance(record, dict):
                raise ModelError(f"expected an object, got {type(record).__name__}", where)
            nwk = _get(record, "nwk", dict, None, where)
            if nwk is None:
                raise ModelError("has no 'nwk' network", where)
            maps.append((record, nwk, f"{where}.nwk"))
    else:
        maps = [({}, document, "")]
    versions = [_version(record, nwk, where) for record, nwk, where in maps]
    first_ego = _get(maps[0][1], "ego", dict, {}, maps[0][2])
    ego_where = _join(maps[0][2], "ego")
    details = CaseDetails(
        client=_line(first_ego, "name", ego_where),
        notes=_checked(_text(first_ego, "note", ego_where), _join(ego_where, "note"), MAX_NOTES_LENGTH, True),
    )
    return Case(details=details, versions=versions)


def _version(record: dict[str, Any], nwk: dict[str, Any], where: str) -> Version:
    record_where = where.rsplit(".nwk", 1)[0] if where else ""
    label = _line(record, "title", record_where)
    date = _text(record, "date", record_where).strip() or today()
    check_date(date, _join(record_where, "date"))
    ego = _get(nwk, "ego", dict, {}, where)
    client = Node(id=CLIENT_ID, label=_line(ego, "name", _join(where, "ego")) or "Client", kind=Kind.CLIENT)
    nodes, ties, unplaced = [client], [], []
    alter_ids: dict[str, Node] = {}
    for number, alter in enumerate(_get(nwk, "alteri", list, [], where)):
        alter_where = _join(where, f"alteri[{number}]")
        if not isinstance(alter, dict):
            raise ModelError(f"expected an object, got {type(alter).__name__}", alter_where)
        node, tie = _alter(alter, alter_where)
        if node.id in alter_ids:
            raise ModelError(f"a second alter with id {alter.get('id')!r}", _join(alter_where, "id"))
        alter_ids[node.id] = node
        nodes.append(node)
        if (node.x, node.y) == (0.0, 0.0):
            unplaced.append(node.id)
        if tie is not None:
            ties.append(tie)
    seen_pairs: set[frozenset[str]] = set()
    tie_ids = {tie.id for tie in ties}
    for number, connection in enumerate(_get(nwk, "connections", list, [], where)):
        connection_where = _join(where, f"connections[{number}]")
        if not isinstance(connection, dict):
            raise ModelError(f"expected an object, got {type(connection).__name__}", connection_where)
        ends = []
        for key in ("id1", "id2"):
            node_id = _alter_id(connection.get(key), _join(connection_where, key))
            if node_id not in alter_ids:
                raise ModelError(f"no alter with id {connection.get(key)!r}", _join(connection_where, key))
            ends.append(node_id)
        if ends[0] == ends[1]:
            raise ModelError("connects an alter with itself", connection_where)
        pair = frozenset(ends)
        if pair in seen_pairs:
            continue  # easyNWK may list a connection in both directions
        seen_pairs.add(pair)
        a, b = alter_ids[ends[0]], alter_ids[ends[1]]
        ties.append(
            Tie(
                id=_link_id(a.id, b.id, tie_ids),
                source=a.id,
                target=b.id,
                capital=Capital.BONDING if a.domain == b.domain else Capital.BRIDGING,
                strength=Strength.MODERATE,
            )
        )
    try:
        ecomap = EcoMap(nodes, ties)
    except ModelError as error:  # the checks above should leave nothing for the map to refuse
        raise ModelError(error.message, _join(where, error.path)) from None
    place_unplaced(ecomap, unplaced)
    return Version(label=label, date=date, note="", map=ecomap)


def _link_id(a: str, b: str, taken: set[str]) -> str:
    """``link-A-B``, or ``link-N`` when that is too long or already taken."""
    tie_id = f"link-{a}-{b}"
    number = 0
    while len(tie_id) > MAX_ID_LENGTH or tie_id in taken:
        number += 1
        tie_id = f"link-{number}"
    taken.add(tie_id)
    return tie_id


def _alter(alter: dict[str, Any], where: str) -> tuple[Node, Tie | None]:
    node_id = _alter_id(alter.get("id"), _join(where, "id"))
    name = _line(alter, "name", where)
    role = _line(alter, "role", where)
    angle = _number(alter, "angle", 0.0, where)
    distance = _number(alter, "distance", 0.0, where, limit=MAX_DISTANCE)
    human = _get(alter, "human", bool, True, where)
    deceased = _get(alter, "deceased", bool, False, where)
    edge_type = _get(alter, "edgeType", int, 1, where)
    if edge_type not in (0, 1, 2):
        raise ModelError(f"{edge_type!r} is not 0, 1 or 2", _join(where, "edgeType"))
    domain = _sector(angle, distance)
    x, y = (0.0, 0.0)
    if distance > 0:
        radians = math.radians(angle)
        x = round(distance * math.cos(radians) * EASYNWK_SCALE, 2)
        y = round(-distance * math.sin(radians) * EASYNWK_SCALE, 2)
    notes = []
    if role:
        notes.append(f"Role: {role}")
    age = alter.get("age")
    if age not in (None, ""):
        if isinstance(age, bool) or not isinstance(age, (str, int, float)):
            raise ModelError(f"expected text or a number, got {age!r}"[:120], _join(where, "age"))
        notes.append(f"Age: {_checked(str(age).strip(), _join(where, 'age'), MAX_LABEL_LENGTH, False)}")
    if deceased:
        notes.append("Deceased")
    note = _text(alter, "note", where).strip()
    if note:
        notes.append(note)
    node = Node(
        id=node_id,
        label=name or role or "Unnamed",
        kind=Kind.PERSON if human else Kind.PET,
        domain=domain,
        x=x,
        y=y,
        notes=_checked("; ".join(notes), _join(where, "note"), MAX_NOTES_LENGTH, True),
    )
    if edge_type == 0:
        return node, None
    support = [_get(alter, key, int, 0, where) for key in SUPPORT_FIELDS]
    for key, value in zip(SUPPORT_FIELDS, support, strict=True):
        if value not in (0, 1, 2, 3):
            raise ModelError(f"{value!r} is not 0, 1, 2 or 3", _join(where, key))
    to_alter = any(v in (1, 3) for v in support)
    to_client = any(v in (2, 3) for v in support)
    flow = {
        (False, False): Flow.NONE,
        (True, False): Flow.TO_TARGET,
        (False, True): Flow.TO_SOURCE,
        (True, True): Flow.BOTH,
    }[(to_alter, to_client)]
    linking = support[SUPPORT_FIELDS.index("supportLinking")] > 0
    tie = Tie(
        id=f"tie-{node_id}",
        source=CLIENT_ID,
        target=node_id,
        capital=Capital.LINKING if linking else _CAPITAL_BY_DOMAIN.get(domain, Capital.BRIDGING),
        strength=_strength(distance),
        stressful=_get(alter, "conflict", bool, False, where),
        flow=flow,
        notes="Multiplex tie" if edge_type == 2 else "",
    )
    return node, tie


def _sector(angle: float, distance: float) -> Domain:
    """easyNWK's ``sectorIndex``: quadrants from the angle; none at the centre."""
    if distance <= 0:
        return Domain.OTHER
    if 0 <= angle < 90:
        return Domain.FAMILY
    if angle >= 90:
        return Domain.FRIENDS
    if angle < -90:
        return Domain.WORK_EDUCATION
    return Domain.SERVICES


def _strength(distance: float) -> Strength:
    if distance < 100 / 3:
        return Strength.STRONG
    if distance < 200 / 3:
        return Strength.MODERATE
    return Strength.TENUOUS


def _alter_id(value: Any, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, str)) or value == "":
        raise ModelError(f"expected an alter id (a number), got {value!r}"[:120], where)
    text = str(value) if isinstance(value, str) else f"{value:d}"
    longest = MAX_ID_LENGTH - len(_ALTER_PREFIX)
    if len(text) > longest:
        raise ModelError(f"an alter id is {len(text)} characters long; at most {longest} allowed", where)
    check_text(text, where, longest, multiline=False)
    return _ALTER_PREFIX + text


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _get(data: dict[str, Any], key: str, kind: type, default: Any, where: str) -> Any:
    value = data.get(key)
    if value is None:
        return default
    if kind is int and isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        names = {str: "text", int: "a whole number", bool: "true or false", list: "a list", dict: "an object"}
        raise ModelError(f"expected {names.get(kind, kind.__name__)}, got {value!r}"[:120], _join(where, key))
    return value


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value: str = _get(data, key, str, "", where)
    return value


def _line(data: dict[str, Any], key: str, where: str) -> str:
    """A one-line text field, stripped, within the model's label limits."""
    return _checked(_text(data, key, where).strip(), _join(where, key), MAX_LABEL_LENGTH, False)


def _checked(value: str, where: str, limit: int, multiline: bool) -> str:
    check_text(value, where, limit, multiline=multiline)
    return value


def _number(data: dict[str, Any], key: str, default: float, where: str, limit: float = math.inf) -> float:
    value = data.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ModelError(f"expected a number, got {value!r}"[:120], _join(where, key))
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number) or abs(number) > limit:
        problem = f"{number:g} is out of range" if math.isfinite(number) else "holds a number too large to use"
        raise ModelError(problem, _join(where, key))
    return number
