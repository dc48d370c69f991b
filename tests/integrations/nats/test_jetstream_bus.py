"""What only the JetStream bus promises, against the real NATS server: work shared between
processes, durability while no consumer runs, de-duplication by message id, per-key order
across processes with retries, dead letters, graceful close, health, and configuration."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from safeharbour.config import Settings
from safeharbour.integrations.nats.bus import BusUnavailable, JetStreamBus, partition_of
from safeharbour.kit.bus import BusMessage
from tests.nats_support import require_nats, wait_until

Factory = Callable[..., JetStreamBus]


class Seen:
    def __init__(self) -> None:
        self.messages: list[BusMessage] = []
        self.calls: Counter[str] = Counter()
        self.lock = threading.Lock()

    def __call__(self, message: BusMessage) -> None:
        with self.lock:
            self.calls[message.id] += 1
            self.messages.append(message)

    def values(self, name: str) -> list[Any]:
        with self.lock:
            return [m.payload[name] for m in self.messages]


def message(
    n: int, *, key: str | None = "acct-1", topic: str = "platform.post.created"
) -> BusMessage:
    return BusMessage(id=f"m-{n}", topic=topic, key=key, payload={"n": n})


def settled(bus: JetStreamBus) -> bool:
    health = bus.health()
    return bool(health["connected"]) and all(v == 0 for v in health["lag"].values())


def test_two_processes_in_one_group_share_the_work(jetstream_factory: Factory) -> None:
    publisher, first_bus, second_bus = (jetstream_factory() for _ in range(3))
    first, second = Seen(), Seen()

    def slowly(seen: Seen) -> Callable[[BusMessage], None]:
        def handle(m: BusMessage) -> None:
            time.sleep(0.002)
            seen(m)

        return handle

    first_bus.subscribe("platform.post.created", slowly(first), group="workers")
    second_bus.subscribe("platform.post.created", slowly(second), group="workers")
    for n in range(100):
        publisher.publish(message(n, key=f"acct-{n % 16}"))
    wait_until(lambda: len(first.messages) + len(second.messages) >= 100)
    wait_until(lambda: settled(first_bus) and settled(second_bus))
    firsts, seconds = set(first.values("n")), set(second.values("n"))
    assert firsts | seconds == set(range(100))
    assert firsts & seconds == set()
    assert firsts and seconds


def test_messages_published_while_no_consumer_runs_are_delivered_when_one_starts(
    jetstream_factory: Factory,
) -> None:
    publisher = jetstream_factory()
    for n in range(10):
        publisher.publish(message(n))
    early = Seen()
    worker = jetstream_factory()
    worker.subscribe("platform.post.created", early, group="late")
    wait_until(lambda: len(early.messages) == 10)
    wait_until(lambda: settled(worker))
    worker.close()

    for n in range(10, 15):  # the group's only process is down
        publisher.publish(message(n))
    restarted = Seen()
    jetstream_factory().subscribe("platform.post.created", restarted, group="late")
    wait_until(lambda: len(restarted.messages) == 5)
    assert restarted.values("n") == [10, 11, 12, 13, 14]  # acknowledged ones are not replayed


def test_a_duplicate_publication_with_the_same_id_is_delivered_once(
    jetstream_factory: Factory,
) -> None:
    bus = jetstream_factory()
    seen = Seen()
    bus.subscribe("platform.post.created", seen, group="dedup")
    bus.publish(message(1))
    bus.publish(message(1))  # the relay crashed after publishing, before marking
    bus.publish(message(2))  # same key, so it is delivered after the first
    wait_until(lambda: 2 in seen.values("n"))
    wait_until(lambda: settled(bus))
    assert seen.values("n") == [1, 2]


def test_per_key_order_holds_across_processes_with_retries(jetstream_factory: Factory) -> None:
    publisher = jetstream_factory()
    buses = [jetstream_factory(concurrency=4) for _ in range(2)]
    order: dict[str, list[int]] = {}
    failed_once: set[int] = set()
    lock = threading.Lock()
    jitter = random.Random(11)

    def handle(m: BusMessage) -> None:
        time.sleep(jitter.random() * 0.003)
        with lock:
            if m.payload["n"] % 7 == 0 and m.payload["n"] not in failed_once:
                failed_once.add(m.payload["n"])
                raise RuntimeError("transient")
            order.setdefault(m.key or "", []).append(m.payload["n"])

    for bus in buses:
        bus.subscribe("platform.post.created", handle, group="ordered")
    for n in range(80):
        publisher.publish(message(n, key=f"acct-{n % 6}"))
    wait_until(lambda: sum(len(v) for v in order.values()) >= 80)
    assert failed_once == {n for n in range(80) if n % 7 == 0}
    assert sorted(order) == [f"acct-{k}" for k in range(6)]
    for key, numbers in order.items():
        assert numbers == [n for n in range(80) if f"acct-{n % 6}" == key]


def test_the_dead_letter_keeps_the_error_and_the_partition_moves_on(
    jetstream_factory: Factory,
) -> None:
    bus = jetstream_factory(max_deliver=2)
    seen = Seen()

    def handle(m: BusMessage) -> None:
        if m.payload["n"] == 1:
            raise ValueError("cannot parse n=1")
        seen(m)

    bus.subscribe("platform.post.created", handle, group="strict")
    for n in (1, 2, 3):
        bus.publish(message(n))
    wait_until(lambda: seen.values("n") == [2, 3])
    (letter,) = bus.dead_letters("strict")
    assert letter["id"] == "m-1"
    assert letter["topic"] == "platform.post.created"
    assert letter["key"] == "acct-1"
    assert letter["payload"] == {"n": 1}
    assert letter["deliveries"] == 2
    assert "cannot parse n=1" in letter["error"]
    assert bus.dead_letters("other") == []


def test_a_second_handler_in_the_same_process_and_group_sees_every_message(
    jetstream_factory: Factory,
) -> None:
    bus = jetstream_factory()
    one, two = Seen(), Seen()
    bus.subscribe("platform.post.created", one, group="g")
    bus.subscribe("platform.post.created", two, group="g")
    for n in range(5):
        bus.publish(message(n))
    wait_until(lambda: len(one.messages) == 5 and len(two.messages) == 5)


def test_close_lets_the_running_handler_finish_and_acknowledges_it(
    jetstream_factory: Factory,
) -> None:
    publisher = jetstream_factory()
    worker = jetstream_factory()
    started, release = threading.Event(), threading.Event()
    finished: list[int] = []

    def handle(m: BusMessage) -> None:
        started.set()
        release.wait(10)
        finished.append(m.payload["n"])

    worker.subscribe("platform.post.created", handle, group="graceful")
    publisher.publish(message(1))
    assert started.wait(10)
    closing = threading.Thread(target=worker.close)
    closing.start()
    release.set()
    closing.join(20)
    assert not closing.is_alive()
    assert finished == [1]

    again = Seen()
    publisher.publish(message(2))
    jetstream_factory().subscribe("platform.post.created", again, group="graceful")
    wait_until(lambda: again.values("n") == [2])  # 1 was acknowledged at close
    with pytest.raises(BusUnavailable):
        worker.publish(message(3))


def test_health_reports_the_backlog_per_group(jetstream_factory: Factory) -> None:
    bus = jetstream_factory()
    gate = threading.Event()

    def blocked(_message: BusMessage) -> None:
        gate.wait(10)

    bus.subscribe("platform.post.created", blocked, group="blocked")
    for n in range(6):
        bus.publish(message(n))
    wait_until(lambda: bus.health()["lag"].get("blocked") == 6)
    health = bus.health()
    assert health["connected"] is True and health["bus"] == "nats"
    assert health["stream_messages"] == 6
    assert {c["group"] for c in health["consumers"]} == {"blocked"}
    assert len(health["consumers"]) == bus.partitions
    assert sum(c["ack_pending"] for c in health["consumers"]) == 1  # one partition in flight
    # Seen from a process that does not consume (an API node's metrics): the same backlog.
    observer = jetstream_factory()
    assert observer.backlog("platform.post.created", group="blocked") == {
        "pending": 5,
        "ack_pending": 1,
        "consumers": bus.partitions,
    }
    assert observer.backlog("platform.post.created", group="nobody")["consumers"] == 0
    gate.set()
    wait_until(lambda: bus.health()["lag"] == {"blocked": 0})


def test_subjects_are_partitioned_by_key_stably(jetstream_factory: Factory) -> None:
    bus = jetstream_factory(partitions=16)
    subject = bus.subject_for(message(1, key="acct-42"))
    assert subject == f"{bus.prefix}.platform.post.created.p{partition_of('acct-42', 16)}"
    assert partition_of("acct-42", 16) == partition_of("acct-42", 16) == 9  # CRC-32, not hash()
    assert bus.subject_for(message(2, key="acct-42")) == subject


@pytest.mark.parametrize(
    ("topic", "field"),
    [("platform post", "topic"), ("dlq.anything", "topic"), ("a..b", "topic"), ("", "topic")],
)
def test_a_bad_topic_is_refused_naming_it(
    jetstream_factory: Factory, topic: str, field: str
) -> None:
    bus = jetstream_factory()
    with pytest.raises(ValueError, match=field):
        bus.publish(BusMessage(id="x", topic=topic, key=None, payload={}))


def test_bad_options_are_refused_naming_the_option() -> None:
    url = require_nats()
    with pytest.raises(ValueError, match="partitions"):
        JetStreamBus(url, partitions=0)
    with pytest.raises(ValueError, match="subject_prefix"):
        JetStreamBus(url, subject_prefix="sh.x")
    with pytest.raises(ValueError, match="stream"):
        JetStreamBus(url, stream="with space")


def test_an_unreachable_server_is_reported_with_the_url() -> None:
    with pytest.raises(BusUnavailable, match=r"nats_url nats://127\.0\.0\.1:1"):
        JetStreamBus("nats://127.0.0.1:1", request_timeout_seconds=1.0)


def test_settings_choose_the_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setenv("SAFEHARBOUR_BUS", "nats")
    monkeypatch.setenv("SAFEHARBOUR_NATS_SUBJECT_PREFIX", "shx")
    settings = Settings(data_dir=tmp_path)
    assert (
        settings.bus,
        settings.nats_url,
        settings.nats_stream,
        settings.nats_subject_prefix,
    ) == (
        "nats",
        "nats://127.0.0.1:4222",
        "SAFEHARBOUR",
        "shx",
    )
    monkeypatch.setenv("SAFEHARBOUR_BUS", "kafka")
    with pytest.raises(ValidationError, match="bus"):
        Settings(data_dir=tmp_path)


def test_a_message_that_kills_its_process_every_time_is_dead_lettered(
    jetstream_factory: Factory,
) -> None:
    """Each "process" takes the message and dies before answering (closed without acking);
    past `max_deliver` deliveries the next one dead-letters it without running its handler."""
    publisher = jetstream_factory()
    publisher.publish(message(1))
    never = threading.Event()
    try:
        for _ in range(2):  # max_deliver=2
            took = threading.Event()

            def hang(_message: BusMessage, took: threading.Event = took) -> None:
                took.set()
                never.wait(30)

            doomed = jetstream_factory(max_deliver=2, ack_wait_seconds=1.0)
            doomed.subscribe("platform.post.created", hang, group="poisoned")
            assert took.wait(15)
            doomed.close(timeout=0.2)  # the handler never answered: like SIGKILL

        survivor = Seen()
        healthy = jetstream_factory(max_deliver=2, ack_wait_seconds=1.0)
        healthy.subscribe("platform.post.created", survivor, group="poisoned")
        wait_until(lambda: len(healthy.dead_letters("poisoned")) == 1)
        (letter,) = healthy.dead_letters("poisoned")
        assert letter["id"] == "m-1" and letter["deliveries"] == 3
        assert "no outcome" in letter["error"]
        assert survivor.messages == []
        publisher.publish(message(2))  # the partition moves on
        wait_until(lambda: survivor.values("n") == [2])
    finally:
        never.set()
