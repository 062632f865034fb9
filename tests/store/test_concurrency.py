"""Two people on one case at once: versions queue on the case's lock and both land; a draft saved by
someone else since you opened it is refused with who and when (design §15)."""

import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecomap.casefile.schema import GENESIS_SHA256
from ecomap.casefile.versions_table import chain_hash
from ecomap.errors import DraftConflictError
from ecomap.model.case import Version
from ecomap.store.team_case import StoreCase
from ecomap.store.transfer import push
from tests.conftest import EXAMPLE_CASE
from tests.store.conftest import Store

REF = "PR-2026-0318"


@pytest.fixture
def pair(store: Store, tmp_path: Path) -> tuple[str, str]:
    """alice and bob, both assigned the example case."""
    alice = store.add_worker("alice", tmp=tmp_path)
    bob = store.add_worker("bob", tmp=tmp_path)
    push(EXAMPLE_CASE, alice)
    from ecomap.store.team_store import TeamStore

    with TeamStore(store.url()) as admin:
        admin.assign(REF, "bob")
    return alice, bob


def verify_chain(url: str) -> list[str]:
    """Every version follows the one before; returns the labels in order."""
    with StoreCase.open(url, REF) as case:
        rows = case.rows()
    prev = GENESIS_SHA256
    for number, row in enumerate(rows, start=1):
        assert row.number == number
        assert row.prev_sha256 == prev
        assert chain_hash(prev, row.body) == row.sha256
        prev = row.sha256
    return [row.label for row in rows]


def test_a_save_waits_for_the_lock_and_lands_after_the_one_holding_it(pair: tuple[str, str]) -> None:
    alice, bob = pair
    first = StoreCase.open(alice, REF, writable=True)
    second = StoreCase.open(bob, REF, writable=True)
    base = first.version(3).map
    landed: list[str] = []
    db = first._connection
    with db.transaction():
        db.execute("SELECT * FROM ecomap.lock_case(%s)", (first.case_id,))  # alice is saving...
        waiting = threading.Thread(
            target=lambda: landed.append(
                second.append_version(Version(label="bob's", date="2026-08-01", note="", map=base)).label
            )
        )
        waiting.start()
        time.sleep(0.5)
        assert landed == []  # ...so bob's save waits
        first.append_version(Version(label="alice's", date="2026-08-01", note="", map=base))
    waiting.join(timeout=30)
    assert landed == ["bob's"]
    assert verify_chain(alice)[3:] == ["alice's", "bob's"]
    first.close()
    second.close()


def test_many_saves_at_once_all_land_and_never_fork(pair: tuple[str, str]) -> None:
    alice, bob = pair
    errors: list[BaseException] = []

    def save(url: str, who: str) -> None:
        try:
            with StoreCase.open(url, REF, writable=True) as case:
                base = case.version(1).map
                for n in range(5):
                    case.append_version(Version(label=f"{who} {n}", date="2026-08-01", note="", map=base))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [
        threading.Thread(target=save, args=(url, f"{who}{i}"))
        for i in range(3)
        for who, url in (("alice", alice), ("bob", bob))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    labels = verify_chain(alice)
    assert len(labels) == 3 + 30
    assert sorted(labels[3:]) == sorted(f"{who}{i} {n}" for who in ("alice", "bob") for i in range(3) for n in range(5))
    for who in ("alice0", "bob2"):
        own = [label for label in labels if label.startswith(who)]
        assert own == [f"{who} {n}" for n in range(5)]  # each writer's saves in the order made


def test_a_draft_changed_by_someone_else_is_refused_with_who_and_when(pair: tuple[str, str]) -> None:
    alice, bob = pair
    with StoreCase.open(alice, REF, writable=True) as mine, StoreCase.open(bob, REF, writable=True) as theirs:
        base = mine.version(3).map
        when = theirs.write_draft(base, 3)
        mine_changed = base.copy()
        with pytest.raises(DraftConflictError) as caught:
            mine.write_draft(mine_changed, 3)
        assert (caught.value.who, caught.value.when) == ("bob", when)
        assert "changed by bob" in str(caught.value)
        assert f"store:{REF}" in str(caught.value)
        # reload theirs, then saving works again; or save mine as a version after theirs
        assert mine.take_their_draft() is not None
        mine.write_draft(mine_changed, 3)
        with pytest.raises(DraftConflictError):
            theirs.write_draft(base, 3)
        theirs.append_version(Version(label="theirs as a version", date="2026-08-02", note="", map=base), draft=base)
        theirs.write_draft(base, 4)  # the version's draft is theirs now: saving again is fine
    assert verify_chain(alice)[-1] == "theirs as a version"


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["alice", "bob"]), min_size=1, max_size=6))
def test_any_order_of_draft_saves_refuses_exactly_the_stale_ones(pair: tuple[str, str], order: list[str]) -> None:
    alice, bob = pair
    cases = {"alice": StoreCase.open(alice, REF, writable=True), "bob": StoreCase.open(bob, REF, writable=True)}
    try:
        base = cases["alice"].version(1).map
        current = 0  # revisions saved since both opened; each login knows the draft as of one of them
        known = {"alice": 0, "bob": 0}
        last = ""
        for who in order:
            conflict: list[DraftConflictError] = []
            try:
                cases[who].write_draft(base, 1)
            except DraftConflictError as error:
                conflict.append(error)
            if known[who] == current:
                assert conflict == []
                current += 1
                known[who], last = current, who
            else:
                assert [error.who for error in conflict] == [last]
                cases[who].take_their_draft()
                known[who] = current
    finally:
        for case in cases.values():
            case.close()
