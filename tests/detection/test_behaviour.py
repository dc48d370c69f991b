"""Behaviour windows: the same contract for the database store and the in-memory one, driven by a
manual clock; mass joins and shared links through the pipeline, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from safeharbour.detection.behaviour import (
    MASS_JOINS,
    POSTING_BURST,
    SHARED_DOMAIN,
    SHARED_LINK,
    MemoryWindowStore,
    SqlWindowStore,
    WindowStore,
    record_join,
    record_post,
)
from safeharbour.detection.models import BehaviourHit
from safeharbour.detection.rules.schema import BehaviourSpec, WindowSpec
from safeharbour.kit.clock import ManualClock
from safeharbour.review.models import CaseSignal
from tests.detection.test_pipeline import ingest
from tests.detection.test_rules_pipeline import rules_file
from tests.factories import account, channel, event, post

MINUTE = timedelta(minutes=1)


@pytest.fixture(params=["memory", "sql"])
def store(request: Any, container: Any) -> Iterator[WindowStore]:
    """Both stores (the memory one needs no database, but runs next to each backend's)."""
    if request.param == "memory":
        yield MemoryWindowStore()
        return
    with container.database.uow() as unit:
        yield SqlWindowStore(unit.session)
        unit.commit()


def test_windows_count_distinct_members_and_slide(store: WindowStore) -> None:
    clock = ManualClock(datetime(2026, 6, 1, 12, 0, tzinfo=UTC))
    span = 5 * MINUTE
    assert store.hit("posting_burst", "acc-1", "p1", clock.now(), span) == 1
    assert store.hit("posting_burst", "acc-1", "p1", clock.now(), span) == 1  # replay
    assert store.hit("posting_burst", "acc-2", "p9", clock.now(), span) == 1  # another key
    clock.advance(2 * MINUTE)
    assert store.hit("posting_burst", "acc-1", "p2", clock.now(), span) == 2
    clock.advance(3 * MINUTE)  # p1 exactly 5 minutes old: still in
    assert store.count("posting_burst", "acc-1", clock.now(), span) == 2
    clock.advance(timedelta(seconds=1))
    assert store.count("posting_burst", "acc-1", clock.now(), span) == 1
    assert store.hit("posting_burst", "acc-1", "p3", clock.now(), span) == 2
    clock.advance(10 * MINUTE)
    assert store.count("posting_burst", "acc-1", clock.now(), span) == 0
    assert store.hit("posting_burst", "acc-1", "p1", clock.now(), span) == 1  # counts again


def test_post_signals(store: WindowStore) -> None:
    spec = BehaviourSpec(
        posting_burst=WindowSpec(window_seconds=60),
        mass_joins=WindowSpec(window_seconds=600, new_account_days=7),
        shared_link=WindowSpec(window_seconds=3600, new_account_days=7),
    )
    at = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    new = at - timedelta(days=1)
    old = at - timedelta(days=100)
    for number, (account_id, created) in enumerate(
        [("a1", new), ("a2", new), ("a3", old), ("a4", None)]
    ):
        record_join(
            store,
            spec,
            channel_id="c1",
            account_id=account_id,
            account_created_at=created,
            at=at + number * MINUTE,
        )
    signals = {}
    for number, (author, created) in enumerate([("a1", new), ("a2", new), ("a3", old)]):
        signals = record_post(
            store,
            spec,
            post_id=f"p{number}",
            author_id=author,
            author_created_at=created,
            channel_id="c1",
            text=f"see HTTPS://Scam-Offers.com/win?x=1 and https://sub{number}.scam-offers.com/",
            at=at + 5 * MINUTE,
        )
    assert signals[MASS_JOINS] == 2  # new accounts only
    assert signals[SHARED_LINK] == 2  # a3 is not new: it is not counted, but reads the count
    assert signals[SHARED_DOMAIN] == 2
    assert signals[POSTING_BURST] == 1


def test_mass_joins_and_shared_links_reach_the_rules(container: Any, clock: Any) -> None:
    rules_file(
        container,
        """\
behaviour:
  mass_joins: {window_seconds: 600, new_account_days: 7}
  shared_link: {window_seconds: 3600, new_account_days: 7}
rules:
  - id: raid
    when: {behaviour: {mass_joins: 3}}
    review: {queue: raids}
  - id: link-wave
    when: {behaviour: {shared_link: 3}}
    review: {queue: spam-waves, priority: high}
""",
    )
    young = "2026-05-31T00:00:00Z"
    accounts = [account(f"new-{i}", created_at=young) for i in range(3)]
    joins = [
        event("member.joined", {"channel_id": "chan-1", "account_id": f"new-{i}"}) for i in range(3)
    ]
    ingest(container, [*accounts, account("acc-1"), channel("chan-1"), *joins])
    ingest(container, [post("p1", "hello")])
    with container.database.reader() as session:
        [signal] = session.scalars(select(CaseSignal)).all()
        assert signal.details["rule"] == "raid"
        joined = session.scalars(
            select(BehaviourHit).where(BehaviourHit.window == MASS_JOINS)
        ).all()
        assert {h.member for h in joined} == {"new-0", "new-1", "new-2"}
    link = "https://wave-offers.com/offer"
    ingest(
        container,
        [
            post(f"w{i}", f"look {link}", author_id=f"new-{i}", channel_id="chan-2")
            for i in range(3)
        ],
    )
    with container.database.reader() as session:
        waves = [s for s in session.scalars(select(CaseSignal)) if s.details["rule"] == "link-wave"]
    assert len(waves) == 1  # the third new account's post
