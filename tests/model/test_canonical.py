"""The canonical form of a map: the bytes that are hashed, and how the ring size joins them."""

import hashlib
import json

import pytest

from ecomap.interchange.ecomap_json import case_from_document
from ecomap.model.canonical import canonical_bytes, map_from_dict, map_to_dict, version_from_dict, version_to_dict
from ecomap.model.case import Version
from ecomap.model.errors import ModelError
from ecomap.model.network import EcoMap
from tests.conftest import SAM_JSON


def sam_map() -> EcoMap:
    document = json.loads(SAM_JSON.read_text(encoding="utf-8"))
    return case_from_document(document, SAM_JSON).versions[0].map


def with_scale(ecomap: EcoMap, scale: float) -> EcoMap:
    return EcoMap(ecomap.nodes, ecomap.ties, ring_scale=scale)


def test_standard_rings_leave_the_canonical_bytes_as_they_always_were() -> None:
    plain = sam_map()
    without = EcoMap(plain.nodes, plain.ties)
    stated = with_scale(plain, 1.0)
    assert canonical_bytes(map_to_dict(stated)) == canonical_bytes(map_to_dict(without))
    assert b"ring_scale" not in canonical_bytes(map_to_dict(stated))
    assert set(map_to_dict(stated)) == {"nodes", "ties"}


def test_grown_rings_are_written_and_read_back() -> None:
    grown = with_scale(sam_map(), 2.0)
    data = map_to_dict(grown)
    assert data["ring_scale"] == 2.0
    body = canonical_bytes(data)
    assert b'"ring_scale":2.0' in body
    assert body != canonical_bytes(map_to_dict(sam_map()))
    again = map_from_dict(json.loads(body))
    assert again == grown
    assert again.ring_scale == 2.0
    assert canonical_bytes(map_to_dict(again)) == body


def test_a_version_body_keeps_the_ring_size_and_its_hash_changes_with_it() -> None:
    version = Version("Review", "2026-04-12", "", with_scale(sam_map(), 2.5), saved_at="2026-04-12T10:00:00Z")
    body = canonical_bytes(version_to_dict(version))
    assert version_from_dict(json.loads(body)) == version
    standard = Version("Review", "2026-04-12", "", sam_map(), saved_at="2026-04-12T10:00:00Z")
    standard_body = canonical_bytes(version_to_dict(standard))
    assert hashlib.sha256(body).digest() != hashlib.sha256(standard_body).digest()
    assert json.loads(body)["map"] == {**json.loads(standard_body)["map"], "ring_scale": 2.5}


@pytest.mark.parametrize("bad", [0.5, 51.0, "big", None, True])
def test_a_body_with_a_bad_ring_size_cannot_be_read(bad: object) -> None:
    data = map_to_dict(sam_map()) | {"ring_scale": bad}
    with pytest.raises(ModelError, match="ring_scale"):
        map_from_dict(data)
