"""A worker process SIGKILLed mid-batch, against the real NATS server: another process of
the group gets what the dead one had taken and not acknowledged, after `ack_wait`; nothing
is lost, and only the messages in flight at the kill can be handled twice (consumers are
idempotent by message id)."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from safeharbour.integrations.nats.bus import JetStreamBus
from safeharbour.kit.bus import BusMessage
from tests.nats_support import NATS_URL, wait_until

REPO = Path(__file__).resolve().parents[3]
CONCURRENCY = 4  # the adapter's default handler threads per process


def start_worker(bus: JetStreamBus, out: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.integrations.nats.worker_process",
            NATS_URL,
            bus.stream,
            bus.prefix,
            "crashy",
            str(out),
            "20",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "subscribed"
    return process


def handled(out: Path) -> list[str]:
    return out.read_text().split() if out.exists() else []


def test_a_worker_killed_mid_batch_loses_nothing(
    jetstream_factory: Callable[..., JetStreamBus], tmp_path: Path
) -> None:
    publisher = jetstream_factory(partitions=4)
    out = tmp_path / "handled.txt"
    first = start_worker(publisher, out)
    try:
        ids = [f"m-{n}" for n in range(60)]
        errors = publisher.publish_many(
            [
                BusMessage(id=i, topic="platform.post.created", key=f"acct-{n % 8}", payload={})
                for n, i in enumerate(ids)
            ]
        )
        assert not any(errors)
        wait_until(lambda: len(handled(out)) >= 10)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    assert len(handled(out)) < 60  # killed mid-batch

    second = start_worker(publisher, out)
    try:
        wait_until(lambda: set(handled(out)) == set(ids), timeout=60)
        wait_until(
            lambda: publisher.backlog("platform.post.created", group="crashy")["pending"] == 0
        )
    finally:
        second.terminate()
        second.wait(10)
    twice = [i for i, count in Counter(handled(out)).items() if count > 1]
    assert len(twice) <= CONCURRENCY, twice
