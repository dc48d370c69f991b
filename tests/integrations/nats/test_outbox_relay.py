"""The outbox relayed to NATS on a real database (SQLite and PostgreSQL): a crash between
commit and publish loses nothing, a crash after publish and before marking duplicates
nothing a consumer sees (the stream drops the second publication of an id)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from safeharbour.bootstrap import build_container
from safeharbour.config import Settings
from safeharbour.integrations.nats.bus import JetStreamBus
from safeharbour.kit.clock import SystemClock
from safeharbour.kit.db import Database
from safeharbour.kit.outbox import OutboxRelay, OutboxRow, store_pending
from tests.integrations.nats.test_jetstream_bus import Seen, settled
from tests.nats_support import require_nats, wait_until

Factory = Callable[..., JetStreamBus]


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url, clock=SystemClock())
    db.before_commit_hooks.append(store_pending)
    yield db
    db.dispose()


def commit_messages(database: Database, count: int) -> None:
    with database.uow() as unit:
        for n in range(count):
            unit.publish("review.case.opened", {"n": n}, key=f"acct-{n % 3}")
        unit.commit()


def unpublished(database: Database) -> int:
    with database.reader() as reader:
        return int(
            reader.scalar(
                select(func.count()).select_from(OutboxRow).where(OutboxRow.published_at.is_(None))
            )
            or 0
        )


def test_a_crash_between_commit_and_publish_loses_nothing(
    database: Database, jetstream_factory: Factory
) -> None:
    commit_messages(database, 20)  # committed; the node died before its relay ran
    consumer = jetstream_factory()
    seen = Seen()
    consumer.subscribe("review.case.*", seen, group="after-crash")
    restarted = OutboxRelay(database, jetstream_factory())
    while restarted.relay_once():
        pass
    assert unpublished(database) == 0
    wait_until(lambda: len(seen.messages) == 20)
    wait_until(lambda: settled(consumer))
    assert sorted(seen.values("n")) == list(range(20))


def test_a_crash_after_publish_before_marking_duplicates_nothing(
    database: Database, jetstream_factory: Factory
) -> None:
    commit_messages(database, 20)
    consumer = jetstream_factory()
    seen = Seen()
    consumer.subscribe("review.case.opened", seen, group="exactly-once")

    crashed = OutboxRelay(database, jetstream_factory())
    assert crashed.relay_once() == 20
    # The marking transaction never committed: the rows look unpublished after the restart.
    with database.uow() as unit:
        unit.session.execute(update(OutboxRow).values(published_at=None))
        unit.commit()
    assert unpublished(database) == 20

    restarted = OutboxRelay(database, jetstream_factory())
    assert restarted.relay_once() == 20
    assert unpublished(database) == 0
    commit_messages(database, 1)  # a later message on acct-0: delivered after the others
    assert restarted.relay_once() == 1
    wait_until(lambda: len(seen.messages) >= 21)
    wait_until(lambda: settled(consumer))
    assert len(seen.messages) == 21
    assert set(seen.calls.values()) == {1}


def test_two_api_nodes_relaying_the_same_rows_deliver_each_once(
    database: Database, jetstream_factory: Factory
) -> None:
    consumer = jetstream_factory()
    seen = Seen()
    consumer.subscribe("review.case.opened", seen, group="two-nodes")
    relays = [OutboxRelay(database, jetstream_factory(), batch=50) for _ in range(2)]
    commit_messages(database, 200)
    start = threading.Barrier(2)

    def drain(relay: OutboxRelay) -> None:
        start.wait()
        while relay.relay_once():
            pass

    threads = [threading.Thread(target=drain, args=(relay,)) for relay in relays]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert unpublished(database) == 0
    wait_until(lambda: len(seen.messages) >= 200)
    wait_until(lambda: settled(consumer))
    assert sorted(seen.values("n")) == list(range(200))
    assert set(seen.calls.values()) == {1}
    by_key: dict[str | None, list[int]] = {}
    for message in seen.messages:
        by_key.setdefault(message.key, []).append(message.payload["n"])
    assert all(numbers == sorted(numbers) for numbers in by_key.values())


def test_the_relay_keeps_the_row_when_nats_is_gone(
    database: Database, jetstream_factory: Factory
) -> None:
    bus = jetstream_factory()
    relay = OutboxRelay(database, bus)
    bus.close()
    commit_messages(database, 2)
    assert relay.relay_once() == 0
    with database.reader() as reader:
        rows = reader.scalars(select(OutboxRow)).all()
    assert [r.attempts for r in rows] == [1, 1]
    assert all(r.published_at is None and "closed" in (r.last_error or "") for r in rows)


def test_the_container_uses_nats_when_configured(settings: Settings, tmp_path: Path) -> None:
    url = require_nats()
    suffix = uuid.uuid4().hex[:10]
    configured = settings.model_copy(
        update={
            "bus": "nats",
            "nats_url": url,
            "nats_stream": f"TEST_{suffix}",
            "nats_subject_prefix": f"t{suffix}",
        }
    )
    container = build_container(configured)
    try:
        assert isinstance(container.bus, JetStreamBus)
        assert container.bus.stream == f"TEST_{suffix}"
        seen = Seen()
        container.bus.subscribe("review.case.opened", seen, group="composition")
        with container.database.uow() as unit:
            unit.publish("review.case.opened", {"n": 1}, key="acct-1")
            unit.commit()
        assert container.relay.relay_once() == 1
        wait_until(lambda: seen.values("n") == [1])
    finally:
        bus: Any = container.bus
        container.close()
        cleaner = JetStreamBus(url, stream=bus.stream, subject_prefix=bus.prefix)
        cleaner.delete_stream()
        cleaner.close()
