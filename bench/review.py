"""Notice and action: notices accepted per second by the API, and the time to list a queue of
100,000 open cases, on SQLite and on PostgreSQL, each next to a baseline measured in the same run.

Notices: `POST /api/v1/notices` one request per notice, against `safeharbour serve` in its own
process, answered only after a durable commit: first sequentially over one keep-alive
connection, then from 8 clients at once. The mix: half with a notifier (two fields encrypted, a
receipt e-mail queued), a quarter from a trusted flagger's key, a quarter anonymous; one in five
joins the case of an earlier notice. Every accepted notice costs validation, the rate-accounting
and idempotency lookups, the case lookup or insert, the notice row, an audit entry, an outbox
message and the commit. Source budgets are switched off (`SAFEHARBOUR_NOTICE_*_LIMIT_PER_HOUR=0`)
since one machine sends them all; the lookups still run. Baseline: one notice row and one case
row inserted and committed per transaction by a bare engine: the floor one durable transaction
per notice sets.

Queue: 100,000 open cases are bulk-inserted with realistic priorities into the server's
database, then the first page (50 cases, highest priority first) is fetched with
`GET /api/v1/cases` (HTTP, authentication, the query, JSON) and with the query function alone,
next to the bare indexed `SELECT <the same columns> ... WHERE status = 'open'
ORDER BY rank_key, id LIMIT 50` of the same page. Medians of 25 runs; a page deep in the queue
(cursor after 50,000 cases) too.

Notice list: as many notices as cases are bulk-inserted, and the console's first page of 50
(`list_notices_page`: keyset query, case and decision joins, each row's status), all and one
category, is timed next to the bare indexed `SELECT * FROM notices ORDER BY received_at DESC,
id DESC LIMIT 51` of the same rows.

    python bench/review.py            # full run (a few minutes)
    python bench/review.py --quick    # small smoke run, used by the test suite
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
from sqlalchemy import Engine, insert, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import cli, postgres_available, running_server, temporary_postgres
from cryptography.fernet import Fernet

from safeharbour.config import Settings
from safeharbour.intake.access import NoticeScope
from safeharbour.intake.models import Notice
from safeharbour.intake.notice_queries import list_notices_page
from safeharbour.kit.db import Database, make_engine, table_of
from safeharbour.kit.keys import FieldCipher
from safeharbour.kit.migrate import upgrade_to_head
from safeharbour.review.models import Case
from safeharbour.review.policy import ReviewPolicy
from safeharbour.review.priority import StaticPriority
from safeharbour.review.queries import list_queue

WORKERS = 8
NO_BUDGETS = {
    "SAFEHARBOUR_NOTICE_HARD_LIMIT_PER_HOUR": "0",
    "SAFEHARBOUR_NOTICE_SOFT_LIMIT_PER_HOUR": "0",
    "SAFEHARBOUR_FLAGGER_SOFT_LIMIT_PER_HOUR": "0",
}
CATEGORIES = [
    ("STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", []),
    ("STATEMENT_CATEGORY_SCAMS_AND_FRAUD", ["KEYWORD_PHISHING"]),
    ("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS", []),
    ("STATEMENT_CATEGORY_PROTECTION_OF_MINORS", ["KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL"]),
    ("STATEMENT_CATEGORY_VIOLENCE", []),
]


def notice_bodies(prefix: str, n: int) -> list[tuple[dict[str, Any], str]]:
    rng = random.Random(7)
    bodies = []
    for i in range(n):
        item = f"{prefix}-post-{i}" if i % 5 else f"{prefix}-post-{max(0, i - 5)}"
        category, keywords = CATEGORIES[i % len(CATEGORIES)]
        body: dict[str, Any] = {
            "location": {"kind": "post", "id": item},
            "category": category,
            "category_specification": keywords,
            "explanation": "The post " + "offends and threatens " * rng.randint(2, 8),
            "good_faith": True,
        }
        who = ("notifier", "flagger", "notifier", "anonymous")[i % 4]
        if who == "notifier":
            body["notifier"] = {"name": f"Person {i}", "email": f"person{i}@example.org"}
        bodies.append((body, who))
    return bodies


def api_notices_rate(
    base: str, flagger_key: str, bodies: list[tuple[dict[str, Any], str]]
) -> float:
    encoded = [(orjson.dumps(b), who) for b, who in bodies]
    anonymous = {"Content-Type": "application/json"}
    trusted = {**anonymous, "Authorization": f"Bearer {flagger_key}"}
    with httpx.Client(timeout=60) as client:
        start = time.perf_counter()
        for raw, who in encoded:
            reply = client.post(
                f"{base}/api/v1/notices",
                content=raw,
                headers=trusted if who == "flagger" else anonymous,
            )
            if reply.status_code != 201:
                raise RuntimeError(f"notice refused: {reply.status_code} {reply.text}")
        elapsed = time.perf_counter() - start
    return len(encoded) / elapsed


def api_notices_rate_concurrent(
    base: str, flagger_key: str, bodies: list[tuple[dict[str, Any], str]], workers: int
) -> float:
    """The same notices from `workers` clients at once (each its own connection)."""
    encoded = [(orjson.dumps(b), who) for b, who in bodies]
    anonymous = {"Content-Type": "application/json"}
    trusted = {**anonymous, "Authorization": f"Bearer {flagger_key}"}
    shares = [encoded[i::workers] for i in range(workers)]
    failures: list[str] = []

    def send(share: list[tuple[bytes, str]]) -> None:
        with httpx.Client(timeout=60) as client:
            for raw, who in share:
                reply = client.post(
                    f"{base}/api/v1/notices",
                    content=raw,
                    headers=trusted if who == "flagger" else anonymous,
                )
                if reply.status_code != 201:
                    failures.append(f"{reply.status_code} {reply.text}")

    threads = [threading.Thread(target=send, args=(share,)) for share in shares]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if failures:
        raise RuntimeError(f"{len(failures)} notices refused, first: {failures[0]}")
    return len(encoded) / elapsed


def raw_notices_rate(url: str, n: int, threads: int = 1, prefix: str = "raw") -> float:
    """One case and one notice row per durable transaction, from `threads` threads at once."""
    engine = make_engine(url, pool_size=max(threads, 5))
    upgrade_to_head(engine)
    now = datetime.now(UTC)
    errors: list[BaseException] = []

    def insert_share(numbers: list[int]) -> None:
        try:
            _insert_notices(engine, numbers, now, prefix)
        except BaseException as exc:  # reported below: a floor with failed rows is no floor
            errors.append(exc)

    shares = [list(range(n))[i::threads] for i in range(threads)]
    workers = [threading.Thread(target=insert_share, args=(share,)) for share in shares]
    start = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - start
    engine.dispose()
    if errors:
        raise errors[0]
    return n / elapsed


def _insert_notices(engine: Engine, numbers: list[int], now: datetime, prefix: str) -> None:
    for i in numbers:
        case_id = uuid.uuid4()
        with engine.begin() as conn:
            conn.execute(insert(table_of(Case)), [_case_row(case_id, f"{prefix}-{i}", i, now)])
            conn.execute(
                insert(table_of(Notice)),
                [
                    {
                        "id": uuid.uuid4(),
                        "received_at": now,
                        "source_type": "SOURCE_ARTICLE_16",
                        "source_key": "client:x",
                        "location_kind": "post",
                        "location_id": f"{prefix}-{i}",
                        "item_kind": "post",
                        "item_id": f"{prefix}-{i}",
                        "category": "STATEMENT_CATEGORY_VIOLENCE",
                        "category_specification": [],
                        "explanation": "x" * 60,
                        "good_faith": True,
                        "handling": "normal",
                        "sla_due_at": now,
                        "case_id": case_id,
                        "status_token_sha256": uuid.uuid4().hex + uuid.uuid4().hex,
                        "body_sha256": "0" * 64,
                        "manifestly_unfounded": False,
                        "demo": False,
                    }
                ],
            )


def _case_row(case_id: uuid.UUID, item: str, i: int, now: datetime) -> dict[str, Any]:
    rng = random.Random(i)
    tier_roll = rng.random()
    static = StaticPriority(
        severity=rng.choice([1, 2, 4, 5, 7, 10]),
        severity_basis="STATEMENT_CATEGORY_VIOLENCE",
        reach=round(1 + math.log10(1 + rng.choice([0, 10, 500, 20_000, 1_000_000])), 4),
        reach_basis="bench",
        distinct_sources=rng.randint(1, 20),
        trusted=tier_roll > 0.9,
        critical=tier_roll > 0.99,
        counted=tier_roll > 0.02,
    )
    due = now + timedelta(minutes=rng.randint(-600, 4320))
    key = uuid.uuid5(uuid.NAMESPACE_URL, item).hex + uuid.uuid5(uuid.NAMESPACE_DNS, item).hex
    return {
        "id": case_id,
        "item_kind": "post",
        "item_id": item,
        "item_key": key,
        "open_item_key": key,
        "status": "open",
        "opened_at": now,
        "updated_at": now,
        "tier": static.tier,
        "rank_key": static.rank_key(due),
        "due_at": due,
        "severity": static.severity,
        "category": "STATEMENT_CATEGORY_VIOLENCE",
        "reach": static.reach,
        "trusted": static.trusted,
        "distinct_sources": static.distinct_sources,
        "notice_count": static.distinct_sources,
        "signal_count": 0,
        "priority": static.as_json(),
        "demo": False,
    }


def seed_cases(url: str, n: int) -> float:
    engine = make_engine(url)
    now = datetime.now(UTC)
    start = time.perf_counter()
    batch = 5000
    for offset in range(0, n, batch):
        rows = [
            _case_row(uuid.uuid4(), f"queue-{i}", i, now)
            for i in range(offset, min(n, offset + batch))
        ]
        with engine.begin() as conn:
            conn.execute(insert(table_of(Case)), rows)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ANALYZE cases"))
        else:
            conn.execute(text("ANALYZE"))
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


def median_ms(run: Any, repeat: int = 25) -> float:
    run()  # warm caches and connections
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def queue_timings(base: str, key: str, url: str, deep_after: int) -> dict[str, float]:
    headers = {"Authorization": f"Bearer {key}"}
    engine = make_engine(url, immediate=False)
    database = Database(url, clock=_Clock())
    results: dict[str, float] = {}
    with httpx.Client(timeout=60) as client:

        def api() -> None:
            reply = client.get(f"{base}/api/v1/cases?limit=50", headers=headers)
            reply.raise_for_status()
            assert len(reply.json()["cases"]) == 50

        results["api"] = median_ms(api)

    def query() -> None:
        with database.reader() as session:
            page = list_queue(session, now=datetime.now(UTC), limit=50)
            assert len(page["cases"]) == 50

    results["query"] = median_ms(query)

    columns = (
        "id, item_kind, item_id, status, tier, rank_key, category, severity, reach, trusted, "
        "distinct_sources, due_at, opened_at, notice_count, signal_count, lease_holder, "
        "lease_expires_at"
    )

    def bare() -> None:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    f"SELECT {columns} FROM cases WHERE status = 'open' "
                    "ORDER BY rank_key, id LIMIT 50"
                )
            ).all()
            assert len(rows) == 50

    results["bare"] = median_ms(bare)
    with engine.connect() as conn:
        rank, ident = conn.execute(
            text(
                "SELECT rank_key, id FROM cases WHERE status = 'open' "
                f"ORDER BY rank_key, id LIMIT 1 OFFSET {deep_after}"
            )
        ).one()
    cursor = f"{float(rank)!r}|{uuid.UUID(str(ident))}"

    def deep() -> None:
        with database.reader() as session:
            assert (
                len(list_queue(session, now=datetime.now(UTC), limit=50, after=cursor)["cases"])
                == 50
            )

    results["deep"] = median_ms(deep)

    def deep_bare() -> None:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    f"SELECT {columns} FROM cases WHERE status = 'open' AND "
                    "(rank_key, id) > (:r, :i) ORDER BY rank_key, id LIMIT 50"
                ),
                {"r": float(rank), "i": ident},
            ).all()
            assert len(rows) == 50

    results["deep_bare"] = median_ms(deep_bare)
    engine.dispose()
    database.dispose()
    return results


class _Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def seed_notices(url: str, n: int) -> float:
    """`n` public notices, one every 26 s up to now, five categories in turn (none has a case:
    the page's joins then find nothing, the cheaper side of the join)."""
    engine = make_engine(url)
    now = datetime.now(UTC)
    start = time.perf_counter()
    batch = 5000
    for offset in range(0, n, batch):
        rows = []
        for i in range(offset, min(n, offset + batch)):
            category = CATEGORIES[i % len(CATEGORIES)][0]
            received = now - timedelta(seconds=(n - i) * 26)
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "received_at": received,
                    "source_type": "SOURCE_ARTICLE_16",
                    "flagger_id": None,
                    "source_key": "client:x",
                    "location_kind": "post",
                    "location_id": f"list-{i}",
                    "item_kind": "post",
                    "item_id": f"list-{i}",
                    "category": category,
                    "category_specification": [],
                    "explanation": "x" * 60,
                    "good_faith": True,
                    "handling": "normal",
                    "sla_due_at": received + timedelta(hours=24),
                    "case_id": None,
                    "status_token_sha256": uuid.uuid4().hex + uuid.uuid4().hex,
                    "body_sha256": "0" * 64,
                    "manifestly_unfounded": False,
                    "demo": False,
                }
            )
        with engine.begin() as conn:
            conn.execute(insert(table_of(Notice)), rows)
    with engine.begin() as conn:
        conn.execute(text("ANALYZE notices" if engine.dialect.name == "postgresql" else "ANALYZE"))
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


def notice_list_timings(url: str) -> dict[str, float]:
    """The console's notice list, first page of 50 (all notices, and one category), by the
    query function (`list_notices_page`: the keyset query, the case and decision joins, each
    row's status) next to the bare indexed SELECT of the same 50 notice rows."""
    engine = make_engine(url, immediate=False)
    database = Database(url, clock=_Clock())
    policy = ReviewPolicy.from_settings(
        Settings(database_url=url),
        secret_key=b"k" * 32,
        cipher=FieldCipher([Fernet.generate_key()]),
    )
    everything = NoticeScope(everything=True)
    category = CATEGORIES[0][0]
    results: dict[str, float] = {}

    def page(**filters: str) -> Any:
        def run() -> None:
            with database.reader() as session:
                rows = list_notices_page(
                    session, everything, now=datetime.now(UTC), policy=policy, limit=50, **filters
                ).rows
                assert len(rows) == 50

        return run

    def bare(where: str = "") -> Any:
        def run() -> None:
            with engine.connect() as conn:
                rows = conn.execute(
                    text(
                        f"SELECT * FROM notices {where} ORDER BY received_at DESC, id DESC LIMIT 51"
                    )
                ).all()
                assert len(rows) == 51

        return run

    results["page"] = median_ms(page())
    results["bare"] = median_ms(bare())
    results["category"] = median_ms(page(category=category))
    results["category_bare"] = median_ms(bare(f"WHERE category = '{category}'"))
    engine.dispose()
    database.dispose()
    return results


def run_backend(
    name: str, api_url: str | None, raw_url: str, notices: int, cases: int, workdir: Path
) -> None:
    data_dir = workdir / f"{name}-api"
    with running_server(data_dir, api_url, NO_BUDGETS) as (base, env):
        server_url = api_url or f"sqlite:///{data_dir / 'safeharbour.db'}"
        flagger_id = cli("flaggers", "add", "--name", "Bench hotline", env=env)
        flagger_key = cli(
            "keys", "create", "--role", "trusted_flagger", "--owner", flagger_id, env=env
        )
        moderator_key = cli("keys", "create", "--role", "moderator", env=env)
        api = api_notices_rate(base, flagger_key, notice_bodies(name, notices))
        raw = raw_notices_rate(raw_url, notices)
        print(
            f"{name:<10} notices, 1 client: API {api:>7,.0f} notices/s   baseline insert+commit "
            f"{raw:>7,.0f}/s   ratio {api / raw:5.2f}",
            flush=True,
        )
        parallel = api_notices_rate_concurrent(
            base, flagger_key, notice_bodies(f"{name}-par", notices), WORKERS
        )
        raw_parallel = raw_notices_rate(raw_url, notices, WORKERS, prefix="raw-par")
        print(
            f"{name:<10} notices, {WORKERS} clients: API {parallel:>7,.0f} notices/s   "
            f"baseline insert+commit from {WORKERS} threads {raw_parallel:>7,.0f}/s   "
            f"ratio {parallel / raw_parallel:5.2f}",
            flush=True,
        )
        seeded = seed_cases(server_url, cases)
        times = queue_timings(base, moderator_key, server_url, deep_after=cases // 2)
        print(
            f"{name:<10} queue of {cases:,} open cases (seeded in {seeded:.1f} s), first page "
            f"of 50: API {times['api']:.2f} ms   query {times['query']:.2f} ms   bare indexed "
            f"SELECT {times['bare']:.2f} ms   "
            f"ratio query / bare {times['query'] / times['bare']:5.2f}",
            flush=True,
        )
        print(
            f"{name:<10} page after {cases // 2:,} cases: query {times['deep']:.2f} ms   bare "
            f"{times['deep_bare']:.2f} ms   ratio {times['deep'] / times['deep_bare']:5.2f}",
            flush=True,
        )
        seeded = seed_notices(server_url, cases)
        listed = notice_list_timings(server_url)
        for label, mine, floor in (
            ("all", "page", "bare"),
            ("one category", "category", "category_bare"),
        ):
            print(
                f"{name:<10} notice list of {cases:,} (seeded in {seeded:.1f} s), {label}, first "
                f"page of 50: query {listed[mine]:.2f} ms   bare indexed SELECT "
                f"{listed[floor]:.2f} ms   ratio {listed[mine] / listed[floor]:5.2f}",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    notices, cases = (200, 2_000) if args.quick else (3_000, 100_000)
    print(
        f"review benchmark ({'quick' if args.quick else 'full'}): "
        f"{notices:,} notices, {cases:,} cases"
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        run_backend("sqlite", None, f"sqlite:///{work / 'raw.db'}", notices, cases, work)
        if not args.no_postgres and postgres_available():
            with temporary_postgres() as api_db, temporary_postgres() as raw_db:
                run_backend("postgresql", api_db, raw_db, notices, cases, work)
        elif not args.no_postgres:
            print("postgresql: no server on 127.0.0.1:5432, skipped")


if __name__ == "__main__":
    main()
