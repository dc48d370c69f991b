"""Event bus throughput: the outbox relay into the embedded bus and into NATS JetStream, and
JetStream consumption by one and by two bus connections (two worker processes' worth), in
the same run.

- relay: outbox rows committed on a SQLite file, then `OutboxRelay.relay_once()` until none is
  left (read the batch, publish every message, mark them published in one transaction). The
  baseline is the embedded bus with one no-op subscriber: what the relay costs without a
  network. The NATS figure adds the publication to the stream and its ack (file storage).
- consume: worker processes subscribed in one group (handlers that take `--work-ms`,
  default 1 ms, standing for a database write, on 4 threads each); the messages are then
  published over 64 keys and the time runs until the group acknowledged them all. One worker
  process, then two: the ratio is what a second process adds (on a machine with spare cores;
  the NATS server and the publisher share them).

    python bench/bus.py            # full run (under a minute)
    python bench/bus.py --quick    # small smoke run, used by the test suite

Needs NATS with JetStream on 127.0.0.1:4222 (or `--nats-url`); every run uses a stream of
its own and deletes it.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from safeharbour.integrations.nats.bus import JetStreamBus
from safeharbour.kit.bus import BusMessage, EmbeddedBus, EventBus
from safeharbour.kit.clock import SystemClock
from safeharbour.kit.db import Database
from safeharbour.kit.migrate import upgrade_to_head
from safeharbour.kit.outbox import OutboxRelay, store_pending

PATTERN = "platform.post.created"


def relay_rate(bus: EventBus, count: int, directory: Path) -> float:
    database = Database(f"sqlite:///{directory / f'{uuid.uuid4().hex}.db'}", clock=SystemClock())
    upgrade_to_head(database.engine)
    database.before_commit_hooks.append(store_pending)
    for start in range(0, count, 500):
        with database.uow() as unit:
            for n in range(start, min(count, start + 500)):
                unit.publish("platform.post.created", {"n": n}, key=f"acct-{n % 16}")
            unit.commit()
    relay = OutboxRelay(database, bus)
    began = time.perf_counter()
    relayed = 0
    while moved := relay.relay_once():
        relayed += moved
    elapsed = time.perf_counter() - began
    database.dispose()
    assert relayed == count, (relayed, count)
    return count / elapsed


def worker(url: str, stream: str, prefix: str, group: str, work_ms: float) -> None:
    """A consumer process: subscribes, handles until SIGTERM, closes gracefully."""
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def handle(message: BusMessage) -> None:
        time.sleep(work_ms / 1000)

    bus = JetStreamBus(url, stream=stream, subject_prefix=prefix, fetch_timeout_seconds=0.5)
    bus.subscribe(PATTERN, handle, group=group)
    print("subscribed", flush=True)
    stop.wait()
    bus.close()


def consume_rate(url: str, count: int, processes: int, work_ms: float) -> float:
    """Start `processes` worker processes on a stream of their own, then publish `count`
    messages and time until the group has handled and acknowledged all of them."""
    suffix = uuid.uuid4().hex[:8]
    publisher = JetStreamBus(url, stream=f"BENCH_{suffix}", subject_prefix=f"b{suffix}")
    group = "workers"
    command = [
        sys.executable,
        __file__,
        "--worker",
        publisher.url,
        publisher.stream,
        publisher.prefix,
        group,
        str(work_ms),
    ]
    workers = [
        subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(processes)
    ]
    try:
        for process in workers:
            assert process.stdout is not None
            if process.stdout.readline().strip() != "subscribed":
                raise RuntimeError("a worker did not start")
        messages = [
            BusMessage(id=f"{group}-{n}", topic=PATTERN, key=f"acct-{n % 64}", payload={"n": n})
            for n in range(count)
        ]
        began = time.perf_counter()
        for start in range(0, count, 500):
            errors = publisher.publish_many(messages[start : start + 500])
            assert not any(errors), errors
        while True:
            backlog = publisher.backlog(PATTERN, group=group)
            if backlog["pending"] == 0 and backlog["ack_pending"] == 0:
                break
            time.sleep(0.2)  # each poll asks the server about every consumer
        return count / (time.perf_counter() - began)
    finally:
        for process in workers:
            process.terminate()
        for process in workers:
            process.wait(30)
        publisher.delete_stream()
        publisher.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--nats-url", default="nats://127.0.0.1:4222")
    parser.add_argument("--work-ms", type=float, default=1.0)
    parser.add_argument("--worker", nargs=5, metavar=("URL", "STREAM", "PREFIX", "GROUP", "MS"))
    args = parser.parse_args()
    if args.worker:
        url, stream, prefix, group, work_ms = args.worker
        worker(url, stream, prefix, group, float(work_ms))
        return
    relay_count = 300 if args.quick else 5000
    consume_count = 200 if args.quick else 3000
    suffix = uuid.uuid4().hex[:8]
    stream, prefix = f"BENCH_{suffix}", f"b{suffix}"

    publisher = JetStreamBus(args.nats_url, stream=stream, subject_prefix=prefix)
    try:
        with tempfile.TemporaryDirectory() as directory:
            embedded = EmbeddedBus()
            embedded.subscribe("platform.post.*", lambda message: None, group="noop")
            base = relay_rate(embedded, relay_count, Path(directory))
            nats_rate = relay_rate(publisher, relay_count, Path(directory))
        print(f"relay, {relay_count} outbox rows on SQLite")
        print(f"  embedded bus (baseline)      {base:10.0f} msg/s")
        print(f"  NATS JetStream               {nats_rate:10.0f} msg/s")
        print(f"  ratio nats / embedded        {nats_rate / base:10.2f}")

        one = consume_rate(args.nats_url, consume_count, 1, args.work_ms)
        two = consume_rate(args.nats_url, consume_count, 2, args.work_ms)
        print(
            f"consume, {consume_count} messages over 64 keys, handler {args.work_ms} ms, "
            f"{os.cpu_count()} cores (publishing included)"
        )
        print(f"  1 worker process             {one:10.0f} msg/s")
        print(f"  2 worker processes, 1 group  {two:10.0f} msg/s")
        print(f"  ratio 2 / 1                  {two / one:10.2f}")
    finally:
        publisher.delete_stream()
        publisher.close()


if __name__ == "__main__":
    main()
