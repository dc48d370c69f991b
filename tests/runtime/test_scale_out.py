"""Crash safety of the scale-out layout, with real processes on PostgreSQL and NATS JetStream.

API nodes (`safeharbour serve`, SAFEHARBOUR_BUS=nats) accept and persist events and relay the
outbox to JetStream; worker processes (`safeharbour worker --role detection --role
enforcement`) scan the posts, decide automatically on an `act` bank and make the platform calls
to the webhook reference receiver, which applies each action id once and records it: what the
platform did is counted there, on the platform's side.

NATS missing: skipped locally, failed under CI=true (tests/nats_support.py).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, text

from safeharbour.bootstrap import Container
from safeharbour.config import Settings
from safeharbour.detection.banks.actions import do_add_bank_entries, do_create_bank
from safeharbour.detection.banks.models import DetectionScan
from safeharbour.detection.banks.values import Signal
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.integrations.webhook.reference_receiver import ReferenceReceiver
from safeharbour.kit.db import Actor
from safeharbour.review.models import Decision
from tests import factories
from tests.conftest import bearer
from tests.nats_support import require_nats
from tests.runtime.support import Proc, base_env, start_server, start_worker, wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

SECRET = "scale-out-test-secret"
ACTOR = Actor("cli", "test", "admin")
BAD_TEXT = "free money for everyone"


@dataclass
class Cluster:
    container: Container
    env: dict[str, str]
    logs: Path
    receiver: ReferenceReceiver
    key: str
    auditor_key: str
    """For the readiness details (`/api/v1/system/status`); `/readyz` says only ready or not."""
    procs: list[Proc] = field(default_factory=list)

    def server(self, name: str) -> tuple[Proc, str]:
        proc, base = start_server(self.env, self.logs, name)
        self.procs.append(proc)
        return proc, base

    def worker(self, name: str) -> Proc:
        proc = start_worker(
            self.env,
            self.logs,
            name,
            "--role",
            "detection",
            "--role",
            "enforcement",
            "--concurrency",
            "2",
        )
        self.procs.append(proc)
        return proc

    def count(self, statement: Any) -> int:
        with self.container.database.reader() as session:
            return int(session.scalar(statement) or 0)

    def scans(self) -> int:
        return self.count(select(func.count()).select_from(DetectionScan))

    def settled(self, posts: int, bad: int) -> bool:
        """Every post scanned, every bad post decided and its calls made (and answered)."""
        return (
            self.scans() == posts
            and self.count(select(func.count()).select_from(Decision)) == bad
            and self.count(
                select(func.count())
                .select_from(EnforcementAction)
                .where(EnforcementAction.status == "pending")
            )
            == 0
            and self.count(select(func.count()).select_from(EnforcementAction)) == 2 * bad
        )

    def logs_tail(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.log()[-2500:]}" for p in self.procs)


CHANNELS = [f"chan-{n}" for n in range(16)]


def setup_events() -> list[dict[str, Any]]:
    """The author and 16 channels: posts are keyed (ordered) per channel, so they spread over
    the bus's partitions as a real platform's traffic does."""
    return [factories.account("acc-1")] + [factories.channel(c) for c in CHANNELS]


def post_batch(batch: int, size: int) -> tuple[list[dict[str, Any]], list[str]]:
    """`size` post events, one in ten with the banked phrase; returns (events, bad post ids)."""
    events, bad = [], []
    for n in range(size):
        post_id = f"p{batch}-{n}"
        spam = n % 10 == 0
        event = factories.post(
            post_id, BAD_TEXT if spam else f"hello number {n}", channel_id=CHANNELS[n % 16]
        )
        event["event_id"] = f"e-{post_id}"  # stable: a retry sends the same ids
        events.append(event)
        if spam:
            bad.append(post_id)
    return events, bad


def send(base: str, key: str, events: list[dict[str, Any]]) -> None:
    reply = httpx.post(
        f"{base}/api/v1/events", json={"events": events}, headers=bearer(key), timeout=30
    )
    assert reply.status_code == 200, reply.text


@pytest.fixture
def cluster(
    container: Container,
    settings: Settings,
    database_url: str,
    tmp_path: Path,
    make_key: Callable[..., str],
) -> Iterator[Cluster]:
    nats_url = require_nats()
    suffix = uuid.uuid4().hex[:10]
    receiver = ReferenceReceiver(SECRET).start()
    env = base_env(
        settings.resolved_data_dir,
        database_url,
        SAFEHARBOUR_BUS="nats",
        SAFEHARBOUR_NATS_URL=nats_url,
        SAFEHARBOUR_NATS_STREAM=f"TEST_{suffix}",
        SAFEHARBOUR_NATS_SUBJECT_PREFIX=f"t{suffix}",
        # A killed process's claims and unacked messages come back after 3 s, not minutes.
        SAFEHARBOUR_NATS_ACK_WAIT_SECONDS="3",
        SAFEHARBOUR_CLAIM_LEASE_SECONDS="3",
        SAFEHARBOUR_WEBHOOK_URL=receiver.url,
        SAFEHARBOUR_WEBHOOK_SECRET=SECRET,
        SAFEHARBOUR_WEBHOOK_BACKOFF_SECONDS="[0.1]",
    )
    with container.database.uow() as unit:
        bank = do_create_bank(
            unit,
            "scam-act",
            policy="act",
            category="STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
            actor=ACTOR,
        )
        do_add_bank_entries(unit, bank, Signal.KEYWORD, ["free money"], actor=ACTOR)
        unit.commit()
    running = Cluster(container, env, tmp_path, receiver, make_key("platform"), make_key("auditor"))
    try:
        yield running
    finally:
        for proc in running.procs:
            if proc.alive():
                proc.kill()
        receiver.stop()
        from safeharbour.integrations.nats.bus import JetStreamBus

        cleaner = JetStreamBus(nats_url, stream=f"TEST_{suffix}", subject_prefix=f"t{suffix}")
        cleaner.delete_stream()
        cleaner.close()


def assert_applied_once(cluster: Cluster, bad: list[str]) -> None:
    """On the platform's side: one removal per bad post and one statement of reasons each,
    nothing else; in the database: every call recorded as done, none twice."""
    with cluster.receiver.state.lock:
        applied = dict(cluster.receiver.state.applied)
    removals = Counter(a["target"]["id"] for a in applied.values() if a["type"] == "remove_post")
    assert removals == Counter(dict.fromkeys(bad, 1)), cluster.logs_tail()
    kinds = Counter(a["type"] for a in applied.values())
    assert kinds == Counter({"remove_post": len(bad), "notify_user": len(bad)})
    with cluster.container.database.reader() as session:
        rows = session.scalars(select(EnforcementAction)).all()
        assert {r.status for r in rows} <= {"applied", "already_applied"}
        assert {str(r.id) for r in rows} == set(applied)
        decided = Counter(
            session.scalars(
                text("SELECT target_id FROM enforcement_actions WHERE kind = 'remove_post'")
            )
        )
    assert decided == Counter(dict.fromkeys(bad, 1))


def test_two_workers_process_every_event_once_and_a_killed_worker_loses_nothing(
    cluster: Cluster,
) -> None:
    _api, base = cluster.server("api")
    first, second = cluster.worker("worker-a"), cluster.worker("worker-b")
    send(base, cluster.key, setup_events())

    # Two workers share the work: every event once in effect.
    events, bad = post_batch(1, 100)
    for start in range(0, len(events), 50):
        send(base, cluster.key, events[start : start + 50])
    wait_for(lambda: cluster.settled(100, len(bad)), what="batch 1 settled", alive=first)
    assert_applied_once(cluster, bad)

    # SIGKILL one worker in the middle of the next batch, then restart it.
    events2, bad2 = post_batch(2, 200)
    for start in range(0, len(events2), 100):
        send(base, cluster.key, events2[start : start + 100])
    wait_for(lambda: cluster.scans() >= 130, what="batch 2 under way")
    first.kill()
    assert cluster.scans() < 300, "the batch finished before the kill: make it longer"
    restarted = cluster.worker("worker-a-restarted")
    wait_for(
        lambda: cluster.settled(300, len(bad) + len(bad2)),
        what="batch 2 settled after the kill",
        timeout=90,
        alive=restarted,
    )
    assert_applied_once(cluster, bad + bad2)
    # The API node reports the workers: their group's lag on the bus, and who is alive.
    metrics = httpx.get(f"{base}/metrics", timeout=30).text
    assert 'safeharbour_bus_group_pending{group="detection"} 0.0' in metrics
    assert 'safeharbour_bus_up{bus="nats"} 1.0' in metrics
    auditor = bearer(cluster.auditor_key)
    ready = httpx.get(f"{base}/api/v1/system/status", headers=auditor, timeout=30).json()
    assert ready["bus_lag"]["detection"] == {"pending": 0, "ack_pending": 0}
    assert ready["workers"]["roles_running"]["detection"] >= 2  # a killed one fades in 30 s
    assert [p["kind"] for p in ready["workers"]["processes"]].count("api") == 1
    for worker in (second, restarted):
        assert worker.stop() == 0, worker.log()[-2000:]  # SIGTERM: a clean exit


def test_killing_an_api_node_while_clients_send_loses_no_acknowledged_event(
    cluster: Cluster,
) -> None:
    first, base_a = cluster.server("api-a")
    _second, base_b = cluster.server("api-b")
    cluster.worker("worker")
    send(base_a, cluster.key, setup_events())

    acknowledged: list[str] = []
    lock = threading.Lock()
    target = {"a": base_a, "b": base_b}

    def client(node: str, batch: int) -> None:
        """Sends 12 batches of 10; on any error retries the same batch (same event ids)."""
        for n in range(12):
            events, _ = post_batch(batch * 100 + n, 10)
            while True:
                try:
                    send(target[node], cluster.key, events)
                    break
                except (httpx.HTTPError, AssertionError):
                    time.sleep(0.05)
            with lock:
                acknowledged.extend(e["event_id"] for e in events)

    # Two API nodes write at once (one audit chain); node a dies mid-stream.
    clients = [
        threading.Thread(target=client, args=("a", 1)),
        threading.Thread(target=client, args=("b", 2)),
    ]
    for thread in clients:
        thread.start()
    wait_for(lambda: len(acknowledged) >= 60, what="clients under way")
    first.kill()
    _restarted, base_c = cluster.server("api-a-restarted")
    target["a"] = base_c
    for thread in clients:
        thread.join(timeout=120)
    assert len(acknowledged) == 240

    with cluster.container.database.reader() as session:
        stored = set(session.scalars(text("SELECT event_id FROM ingested_events")))
    assert set(acknowledged) <= stored
    bad = [f"p{b * 100 + n}-0" for b in (1, 2) for n in range(12)]
    wait_for(lambda: cluster.settled(240, len(bad)), what="every event relayed and scanned")
    assert_applied_once(cluster, bad)

    result = subprocess.run(
        [sys.executable, "-m", "safeharbour", "audit", "verify"],
        env=cluster.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok: "), result.stdout


def test_killing_an_api_node_amid_grouped_single_event_requests_loses_no_acknowledged_event(
    cluster: Cluster,
) -> None:
    """Eight clients send one event per request, so the node answers them from shared
    (group) commits; SIGKILL in the middle: every answered event is stored, the chain whole."""
    first, base_a = cluster.server("api-a")
    send(base_a, cluster.key, setup_events())
    acknowledged: list[str] = []
    lock = threading.Lock()
    target = {"a": base_a}

    def client(number: int) -> None:
        events, _ = post_batch(500 + number, 20)
        for event in events:
            while True:
                try:
                    send(target["a"], cluster.key, [event])
                    break
                except (httpx.HTTPError, AssertionError):
                    time.sleep(0.05)
            with lock:
                acknowledged.append(event["event_id"])

    clients = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for thread in clients:
        thread.start()
    wait_for(lambda: len(acknowledged) >= 40, what="clients under way")
    first.kill()
    _restarted, target["a"] = cluster.server("api-a-restarted")
    for thread in clients:
        thread.join(timeout=120)
    assert len(acknowledged) == 160

    with cluster.container.database.reader() as session:
        stored = set(session.scalars(text("SELECT event_id FROM ingested_events")))
    assert set(acknowledged) <= stored
    result = subprocess.run(
        [sys.executable, "-m", "safeharbour", "audit", "verify"],
        env=cluster.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok: "), result.stdout
