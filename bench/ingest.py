"""Ingest throughput: `POST /api/v1/events` in batches of 1, 100 and 1,000, on SQLite and on
PostgreSQL, next to a raw `executemany` of the same rows measured in the same run.

The API figure includes everything an acknowledged batch costs: HTTP, JSON decoding,
validation, idempotency lookups, the mirror writes, one audit entry per change, outbox rows and
a durable commit (SQLite WAL with synchronous=FULL). The baseline inserts the same post and
event-id rows with one `executemany` and one durable commit per batch: the floor the database
itself sets. The ratio says how close the full path comes to that floor.

Concurrent clients: 8 clients each sending single-event requests, next to the floor for the
same number of durable commits — a single-row insert of the same rows and a durable commit per
event from 8 threads. The server shares one durable commit among the requests that arrive
while a commit is in flight (group commit, `kit/transactions.py`), so this ratio may exceed 1.

Where the time goes (cProfile with a CPU-time clock, in process: body decoding through the
commit, SQLite; shares of CPU under the profiler, 2026-12-08, after the changes listed in the
CHANGELOG; the fsync wait of the commit is not CPU and comes on top):

    batch of 1,000                                 batch of 1
    audit chain rows (append_pending)  27 %        audit head read + row + head update  24 %
      of which entry hashing             16 %      idempotency SELECT                    20 %
    mirror row writes + event ids      20 %        mirror: load current rows             19 %
    validation (pydantic, times)       14 %        commit (CPU part)                     18 %
    mirror: apply events + digests     12 %        mirror row writes + event ids         13 %
    outbox rows (JSON encoding)        11 %        outbox row                             6 %
    event digests (idempotency)         7 %        validation                             2 %
    idempotency SELECT                   3 %
    NUL guard                           2 %  (was 18 % before this change)

A batch of 1,000 writes 4,000 rows (post, event id, audit entry, outbox message) where the raw
floor writes 2,000; a single event spends its CPU on statement overhead (9 statements). What is
left to reach half the floor for large batches is in the audit chain (one hashed row per
change) and the outbox rows: one audit entry per batch carrying a digest of every event's
change is the documented next step, a contract change (docs/foundation.md).

    python bench/ingest.py                 # full run (a few minutes)
    python bench/ingest.py --quick         # small smoke run, used by the test suite
    python bench/ingest.py --batches 1000 --clients 8 --no-postgres   # one comparison
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import cli, postgres_available, running_server, temporary_postgres

from safeharbour.intake.models import IngestedEvent, Post
from safeharbour.kit.db import make_engine
from safeharbour.kit.migrate import upgrade_to_head

T0 = datetime(2026, 3, 1, tzinfo=UTC)
TEXT = (
    "Breaking: the council voted on the new transport plan tonight; details and a link "
    "to the full minutes at https://news.example/council/{n} — share your thoughts below."
)


def make_events(prefix: str, n: int) -> list[dict[str, Any]]:
    return [
        {
            "event_id": f"{prefix}-{i}",
            "type": "post.created",
            "occurred_at": (T0 + timedelta(milliseconds=i)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "data": {
                "id": f"{prefix}-post-{i}",
                "channel_id": f"chan-{i % 500}",
                "author_id": f"acc-{i % 5000}",
                "text": TEXT.format(n=i),
            },
        }
        for i in range(n)
    ]


def api_rate(base: str, key: str, events: list[dict[str, Any]], batch: int) -> float:
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    bodies = [orjson.dumps({"events": events[i : i + batch]}) for i in range(0, len(events), batch)]
    with httpx.Client(timeout=120) as client:
        start = time.perf_counter()
        for body in bodies:
            reply = client.post(f"{base}/api/v1/events", content=body, headers=headers)
            reply.raise_for_status()
        elapsed = time.perf_counter() - start
    return len(events) / elapsed


def in_threads(clients: int, items: list[Any], fn: Callable[[list[Any]], None]) -> float:
    """Seconds for `clients` threads to work through `items` (dealt round-robin), all
    starting together."""
    shares = [items[i::clients] for i in range(clients)]
    ready = threading.Barrier(clients + 1)
    errors: list[BaseException] = []

    def run(share: list[Any]) -> None:
        ready.wait()
        try:
            fn(share)
        except BaseException as exc:  # reported after the run
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(share,)) for share in shares]
    for thread in threads:
        thread.start()
    ready.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise errors[0]
    return elapsed


def api_concurrent_rate(base: str, key: str, events: list[dict[str, Any]], clients: int) -> float:
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    bodies = [orjson.dumps({"events": [event]}) for event in events]

    def send(share: list[bytes]) -> None:
        with httpx.Client(timeout=120) as client:
            for body in share:
                client.post(
                    f"{base}/api/v1/events", content=body, headers=headers
                ).raise_for_status()

    return len(events) / in_threads(clients, bodies, send)


def raw_concurrent_rate(url: str, events: list[dict[str, Any]], clients: int) -> float:
    """The floor for one durable commit per event: single-row inserts from `clients` threads."""
    engine = make_engine(url, pool_size=clients)
    upgrade_to_head(engine)

    def insert_each(share: list[dict[str, Any]]) -> None:
        for event in share:
            post_rows, event_rows = raw_rows([event])
            with engine.begin() as conn:
                conn.execute(insert(Post), post_rows)
                conn.execute(insert(IngestedEvent), event_rows)

    rate = len(events) / in_threads(clients, events, insert_each)
    engine.dispose()
    return rate


def raw_rows(chunk: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    now = datetime.now(UTC)
    post_rows = [
        {
            "id": e["data"]["id"],
            "channel_id": e["data"]["channel_id"],
            "author_id": e["data"]["author_id"],
            "text": e["data"]["text"],
            "text_sha256": hashlib.sha256(e["data"]["text"].encode()).hexdigest(),
            "source_version": now,
            "first_seen_at": now,
            "demo": False,
        }
        for e in chunk
    ]
    event_rows = [
        {
            "event_id": e["event_id"],
            "type": e["type"],
            "occurred_at": now,
            "received_at": now,
            "payload_sha256": "0" * 64,
            "source": "bench",
        }
        for e in chunk
    ]
    return post_rows, event_rows


def raw_rate(url: str, events: list[dict[str, Any]], batch: int) -> float:
    engine = make_engine(url)
    upgrade_to_head(engine)
    start = time.perf_counter()
    for i in range(0, len(events), batch):
        post_rows, event_rows = raw_rows(events[i : i + batch])
        with engine.begin() as conn:
            conn.execute(insert(Post), post_rows)
            conn.execute(insert(IngestedEvent), event_rows)
    elapsed = time.perf_counter() - start
    engine.dispose()
    return len(events) / elapsed


def run_backend(
    name: str,
    api_url: str | None,
    raw_url: str,
    sizes: dict[int, int],
    workdir: Path,
    concurrent: tuple[int, int] | None = None,
) -> list[tuple[str, str, float, float]]:
    rows = []
    with running_server(workdir / f"{name}-api", api_url) as (base, env):
        key = cli("keys", "create", "--role", "platform", env=env)
        for batch, total in sizes.items():
            events = make_events(f"{name}-api-{batch}", total)
            api = api_rate(base, key, events, batch)
            raw = raw_rate(raw_url, make_events(f"{name}-raw-{batch}", total), batch)
            rows.append((name, f"batch {batch}", api, raw))
            print(
                f"{name:<10} batch {batch:>5}: API {api:>9,.0f} events/s   raw executemany "
                f"{raw:>9,.0f} rows/s   ratio {api / raw:5.2f}",
                flush=True,
            )
        if concurrent:
            clients, total = concurrent
            api = api_concurrent_rate(base, key, make_events(f"{name}-c-api", total), clients)
            raw = raw_concurrent_rate(raw_url, make_events(f"{name}-c-raw", total), clients)
            rows.append((name, f"{clients} clients", api, raw))
            print(
                f"{name:<10} {clients} clients x 1 event: API {api:>9,.0f} events/s   raw insert + "
                f"commit per event {raw:>9,.0f} rows/s   ratio {api / raw:5.2f}",
                flush=True,
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument(
        "--batches", type=int, nargs="*", help="batch sizes to run (default 1 100 1000)"
    )
    parser.add_argument(
        "--clients", type=int, default=8, help="concurrent single-event clients (0: skip)"
    )
    args = parser.parse_args()
    sizes = {1: 100, 100: 1000, 1000: 2000} if args.quick else {1: 2000, 100: 20000, 1000: 50000}
    if args.batches is not None:
        sizes = {b: sizes.get(b, b * (2 if args.quick else 20)) for b in args.batches}
    concurrent = (args.clients, 80 if args.quick else 2000) if args.clients else None
    print(
        f"ingest benchmark ({'quick' if args.quick else 'full'}): events per batch size {sizes}"
        + (f"; {concurrent[0]} clients x {concurrent[1]} single events" if concurrent else "")
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not args.no_sqlite:
            run_backend("sqlite", None, f"sqlite:///{work / 'raw.db'}", sizes, work, concurrent)
        if not args.no_postgres and postgres_available():
            with temporary_postgres() as api_db, temporary_postgres() as raw_db:
                run_backend("postgresql", api_db, raw_db, sizes, work, concurrent)
        elif not args.no_postgres:
            print("postgresql: no server on 127.0.0.1:5432, skipped")


if __name__ == "__main__":
    main()
