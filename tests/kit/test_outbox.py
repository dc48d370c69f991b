"""Outbox: stored in the transaction, published after commit, retried, dead-lettered."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from safeharbour.kit.db import SYSTEM
from safeharbour.kit.outbox import MAX_ATTEMPTS, OutboxRow


def publish(container: Any, topic: str, n: int = 1) -> None:
    with container.database.uow() as unit:
        for i in range(n):
            unit.publish(topic, {"i": i}, key="k")
        unit.record("test:outbox:published", actor=SYSTEM, subjects={"topic": topic})
        unit.commit()


def test_a_rolled_back_unit_publishes_nothing(container: Any) -> None:
    try:
        with container.database.uow() as unit:
            unit.publish("t.x", {"a": 1})
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with container.database.reader() as s:
        assert s.scalars(select(OutboxRow)).all() == []


def test_failures_are_retried_with_backoff_then_dead_lettered(container: Any, clock: Any) -> None:
    calls: list[str] = []

    def flaky(message: Any) -> None:
        calls.append(message.id)
        raise ValueError("consumer down")

    container.bus.subscribe("t.*", flaky, group="flaky")
    publish(container, "t.fail")
    assert container.relay.relay_once() == 0
    assert container.relay.relay_once() == 0  # not due yet: backoff
    assert len(calls) == 1
    for _ in range(MAX_ATTEMPTS):
        clock.advance(timedelta(minutes=10))
        container.relay.relay_once()
    with container.database.reader() as s:
        row = s.scalars(select(OutboxRow)).one()
    assert row.dead_at is not None and row.attempts == MAX_ATTEMPTS
    assert "consumer down" in row.last_error
    assert len(calls) == MAX_ATTEMPTS


def test_one_failing_message_does_not_hold_back_the_others(container: Any) -> None:
    seen: list[int] = []

    def picky(message: Any) -> None:
        if message.payload["i"] == 1:
            raise ValueError("not this one")
        seen.append(message.payload["i"])

    container.bus.subscribe("t.*", picky, group="picky")
    publish(container, "t.many", n=4)
    assert container.relay.relay_once() == 3
    assert seen == [0, 2, 3]


def test_prune_removes_old_published_rows(container: Any, clock: Any) -> None:
    publish(container, "t.old", n=3)
    container.relay.relay_once()
    clock.advance(timedelta(days=8))
    assert container.relay.prune() == 3
