"""Scale-out: end-to-end events/s from ingest to decision, single node against API + workers.

One run measures, on the same machine and the same seeded stream:

1. **embedded / SQLite**: one `safeharbour serve` process does everything (the single-node
   default): ingest, outbox relay, detection in the relay's thread;
2. **NATS + PostgreSQL, 1 worker**: one API process (`SAFEHARBOUR_BUS=nats`: persists and
   relays) and one `safeharbour worker --role detection --role enforcement` process;
3. **NATS + PostgreSQL, 2 workers**: the same with two worker processes.

End to end means: the clock starts at the first `POST /api/v1/events` (batches of 100, one
client) and stops when every post has been scanned (`detection_scans`) and every spam post
decided (`decisions`: the `act` bank removes it, the in-memory platform applies it). Events
per second = posts / that time. The scaling ratio is 2 workers / 1 worker; it cannot exceed
the cores left once the API, PostgreSQL and NATS have theirs, so the core count and the load
average at start are printed with it. PostgreSQL databases are throwaway (created, dropped);
NATS streams too.

    python bench/scale.py            # 2,000 posts per configuration
    python bench/scale.py --quick    # 200 posts, used by the test suite
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_PG, cli, postgres_available, running_server, temporary_postgres

from safeharbour.kit.db import make_engine

NATS_URL = os.environ.get("SAFEHARBOUR_TEST_NATS_URL", "nats://127.0.0.1:4222")
CHANNELS = 16
BATCH = 100
SPAM = "free money for everyone"


def events(n: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(setup events, post events): one in ten posts carries the banked phrase."""
    at = "2026-05-01T10:00:00Z"
    setup: list[dict[str, Any]] = [
        {
            "event_id": "acc-1",
            "type": "account.upserted",
            "occurred_at": at,
            "data": {"id": "acc-1", "country": "DE"},
        }
    ]
    setup += [
        {
            "event_id": f"chan-{c}",
            "type": "channel.upserted",
            "occurred_at": at,
            "data": {
                "id": f"chan-{c}",
                "kind": "channel",
                "title": f"Channel {c}",
                "owner_id": "acc-1",
                "subscribers": 100,
            },
        }
        for c in range(CHANNELS)
    ]
    posts = [
        {
            "event_id": f"post-{i}",
            "type": "post.created",
            "occurred_at": at,
            "data": {
                "id": f"post-{i}",
                "channel_id": f"chan-{i % CHANNELS}",
                "author_id": "acc-1",
                "text": SPAM if i % 10 == 0 else f"meeting tomorrow at {i % 24}h, bring coffee",
            },
        }
        for i in range(n)
    ]
    return setup, posts


def prepare(env: dict[str, str], data_dir: Path) -> str:
    """An `act` bank with the phrase, and a platform API key; returns the key."""
    bank_file = data_dir / "bank.txt"
    bank_file.write_text("free money\n")
    cli("bank", "import", "spam", str(bank_file), "--signal", "keyword", env=env)
    # The guard rail quarantines an entry after 100 distinct matches an hour (by design); the
    # bench's one phrase matches a tenth of the stream, so the threshold must exceed it.
    cli("bank", "set", "spam", "--policy", "act", "--quarantine-threshold", "1000000", env=env)
    return cli("keys", "create", "--role", "platform", env=env).splitlines()[-1]


def post_all(base: str, key: str, batches: list[list[dict[str, Any]]]) -> None:
    with httpx.Client(headers={"Authorization": f"Bearer {key}"}, timeout=60) as client:
        for batch in batches:
            reply = client.post(f"{base}/api/v1/events", json={"events": batch})
            if reply.status_code != 200:
                raise RuntimeError(f"ingest failed: {reply.status_code} {reply.text[:300]}")


def settled(database_url: str, posts: int, spam: int) -> bool:
    engine = make_engine(database_url, immediate=False)
    try:
        with engine.connect() as conn:
            scans = conn.execute(text("SELECT count(*) FROM detection_scans")).scalar_one()
            decided = conn.execute(text("SELECT count(*) FROM decisions")).scalar_one()
    finally:
        engine.dispose()
    return int(scans) >= posts and int(decided) >= spam


def run_to_decision(
    base: str, key: str, database_url: str, setup: list[dict[str, Any]], posts: list[Any]
) -> float:
    """Events/s from the first POST to the last decision."""
    post_all(base, key, [setup])
    batches = [posts[i : i + BATCH] for i in range(0, len(posts), BATCH)]
    spam = sum(1 for p in posts if p["data"]["text"] == SPAM)
    started = time.perf_counter()
    post_all(base, key, batches)
    deadline = time.monotonic() + 600
    while not settled(database_url, len(posts), spam):
        if time.monotonic() > deadline:
            raise RuntimeError("not settled within 10 minutes")
        time.sleep(0.05)
    return len(posts) / (time.perf_counter() - started)


@contextlib.contextmanager
def workers(env: dict[str, str], count: int, log_dir: Path) -> Iterator[None]:
    procs = []
    for n in range(count):
        log = (log_dir / f"worker-{n}.log").open("ab")
        procs.append(
            (
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "safeharbour",
                        "worker",
                        "--role",
                        "detection",
                        "--role",
                        "enforcement",
                        "--concurrency",
                        "4",
                    ],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                ),
                log,
            )
        )
    try:
        yield
    finally:
        for process, _log in procs:
            process.terminate()
        for process, log in procs:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()


def embedded_sqlite(n: int) -> float:
    setup, posts = events(n)
    with tempfile.TemporaryDirectory(prefix="sh-scale-") as tmp:
        data_dir = Path(tmp)
        database_url = f"sqlite:///{data_dir / 'safeharbour.db'}"
        with running_server(data_dir, None) as (base, env):
            key = prepare(env, data_dir)
            return run_to_decision(base, key, database_url, setup, posts)


def nats_postgres(n: int, worker_count: int) -> float:
    setup, posts = events(n)
    suffix = uuid.uuid4().hex[:10]
    nats_env = {
        "SAFEHARBOUR_BUS": "nats",
        "SAFEHARBOUR_NATS_URL": NATS_URL,
        "SAFEHARBOUR_NATS_STREAM": f"BENCH_{suffix}",
        "SAFEHARBOUR_NATS_SUBJECT_PREFIX": f"b{suffix}",
        "SAFEHARBOUR_OUTBOX_POLL_SECONDS": "0.1",
    }
    with (
        tempfile.TemporaryDirectory(prefix="sh-scale-") as tmp,
        temporary_postgres(DEFAULT_PG) as database_url,
    ):
        data_dir = Path(tmp)
        try:
            with running_server(data_dir, database_url, nats_env) as (base, env):
                key = prepare(env, data_dir)
                with workers(env, worker_count, data_dir):
                    return run_to_decision(base, key, database_url, setup, posts)
        finally:
            from safeharbour.integrations.nats.bus import JetStreamBus

            cleaner = JetStreamBus(NATS_URL, stream=f"BENCH_{suffix}", subject_prefix=f"b{suffix}")
            cleaner.delete_stream()
            cleaner.close()


def nats_available() -> bool:
    import socket
    from urllib.parse import urlparse

    parsed = urlparse(NATS_URL)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 4222), 3):
            return True
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 posts (smoke test)")
    parser.add_argument("--events", type=int, default=None)
    args = parser.parse_args()
    n = args.events or (200 if args.quick else 2_000)
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores; load average at start {load:.1f}")
    print(f"stream: {n} posts in batches of {BATCH}, 1 in 10 spam on an act bank")
    base = embedded_sqlite(n)
    print(f"embedded bus, SQLite, 1 process      {base:9.1f} events/s  (baseline)")
    if not (postgres_available() and nats_available()):
        print("NATS + PostgreSQL: not available here; skipped")
        return
    one = nats_postgres(n, 1)
    print(f"NATS + PostgreSQL, API + 1 worker    {one:9.1f} events/s")
    two = nats_postgres(n, 2)
    print(f"NATS + PostgreSQL, API + 2 workers   {two:9.1f} events/s")
    print(f"ratio 2 workers / 1 worker: {two / one:.2f}")
    print(f"ratio 1 worker / embedded SQLite: {one / base:.2f}")


if __name__ == "__main__":
    main()
