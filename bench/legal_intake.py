"""Legal intake throughput: signed `POST /api/v1/legal/requests` accepted with durability.

Against a real `safeharbour serve` process, on SQLite and (when one answers on
127.0.0.1:5432) PostgreSQL. An agency with an Ed25519 signing key is onboarded through the CLI
and designated under TCO Art. 12 (as a real German police agency would be in the register);
each request is a signed DSA Art. 9 removal order. "Accepted" means a 201 receipt, which the
server sends only after the commit; after each run the benchmark reopens the database and checks
that every receipt's id is there (durability), and that a repeated Idempotency-Key stored
nothing new.

Per request the accepted path does: HTTP, the API-key lookup, the agency lookup and the Ed25519
signature check, validation, anti-fraud (look-alike domains), link resolution, a run of the legal
engine, the encrypted statement, the request row, three timeline rows and the assessment row,
one audit entry in the hash chain, one outbox row, and a durable commit.

Baselines measured in the same run, beside it:
* `raw floor`: the same request, assessment and timeline rows inserted with SQLAlchemy Core, one
  durable transaction per request (what the database itself costs);
* `http floor`: `GET /healthz` round trips on the same server (what HTTP and the server cost).

    python bench/legal_intake.py            # full run
    python bench/legal_intake.py --quick    # small smoke run, used by the test suite

Also measured in the same run: p50/p99 time from receipt to effect given for a verified
agency's TCO removal order on the automatic path. The targets carry a `terrorism` label the
platform put on them (through `review.labels.do_tag_item`, in this process, on the server's
database), so the engine proposes the order `auto_executable`: the server answers it at receipt,
carries it out through the PlatformAdapter (the in-memory platform) after the commit and stamps
`effect_given_at`. The latency is `effect_given_at - received_at`, both server times read back
from the database; every order must have been given effect.
"""

from __future__ import annotations

import argparse
import base64
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
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, func, insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import cli, postgres_available, running_server, temporary_postgres

from safeharbour.kit.db import make_engine, table_of
from safeharbour.kit.migrate import upgrade_to_head
from safeharbour.legal.gateway.models import (
    LegalRequest,
    LegalRequestAssessment,
    LegalRequestEvent,
)


def body(n: int, *, tco: bool = False) -> dict[str, Any]:
    if tco:
        return {
            "type": "removal_order",
            "reference": f"BENCH-TCO-{n}",
            "legal_instrument": "tco",
            "legal_basis": "Regulation (EU) 2021/784, Art. 3",
            "statement": f"Item {n} is terrorist content; remove it within one hour.",
            "targets": [{"kind": "post", "id": f"bench-tco-{n}"}],
        }
    return {
        "type": "removal_order",
        "reference": f"BENCH-{n}",
        "legal_instrument": "dsa_art9",
        "legal_basis": "§ 130 StGB; DSA Art. 9",
        "statement": f"Item {n} incites violence against a named group; remove it.",
        "targets": [{"kind": "post", "id": f"bench-post-{n}"}],
    }


class Agency:
    def __init__(self, env: dict[str, str], name: str) -> None:
        self.private = Ed25519PrivateKey.generate()
        public = self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.id = cli(
            "agencies",
            "add",
            "--name",
            name,
            "--country",
            "DE",
            "--kind",
            "police",
            "--domain",
            f"{name.lower().replace(' ', '-')}.example.de",
            "--signing-key",
            base64.b64encode(public).decode(),
            env=env,
        )
        # A German police agency issuing TCO removal orders is competent only as a designated
        # authority (TCO Art. 12); a real deployment records that from the Commission's
        # register, and without it the orders are not acted on automatically.
        cli(
            "legal",
            "designate-tco",
            self.id,
            "--register",
            f"TCO Art. 12(4) register: DE, {name}",
            env=env,
        )
        self.key = cli("keys", "create", "--role", "authority", "--owner", self.id, env=env)

    def request(
        self, n: int, idempotency_key: str | None = None, *, tco: bool = False
    ) -> tuple[bytes, dict[str, str]]:
        raw = orjson.dumps(body(n, tco=tco))
        headers = {
            "Authorization": f"Bearer {self.key}",
            "Content-Type": "application/json",
            "Signature-Ed25519": base64.b64encode(self.private.sign(raw)).decode(),
        }
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        return raw, headers


def api_rate(
    base: str, agency: Agency, start: int, total: int, threads: int
) -> tuple[float, list[str]]:
    prepared = [agency.request(start + i) for i in range(total)]
    ids: list[str] = []
    lock = threading.Lock()
    errors: list[str] = []

    def worker(chunk: list[tuple[bytes, dict[str, str]]]) -> None:
        with httpx.Client(timeout=120) as client:
            for raw, headers in chunk:
                reply = client.post(f"{base}/api/v1/legal/requests", content=raw, headers=headers)
                if reply.status_code != 201:
                    with lock:
                        errors.append(f"{reply.status_code}: {reply.text[:200]}")
                    continue
                with lock:
                    ids.append(reply.json()["id"])

    chunks = [prepared[i::threads] for i in range(threads)]
    workers = [threading.Thread(target=worker, args=(c,)) for c in chunks]
    began = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - began
    if errors:
        raise RuntimeError(f"{len(errors)} requests not accepted, e.g. {errors[0]}")
    return len(ids) / elapsed, ids


def http_floor(base: str, total: int) -> float:
    with httpx.Client(timeout=30) as client:
        began = time.perf_counter()
        for _ in range(total):
            client.get(f"{base}/healthz").raise_for_status()
        return total / (time.perf_counter() - began)


def raw_floor(url: str, total: int, threads: int = 1) -> float:
    """The same rows, one durable transaction per request, from `threads` threads at once."""
    engine = make_engine(url, pool_size=max(threads, 5))
    upgrade_to_head(engine)
    now = datetime.now(UTC)
    shares = [list(range(total))[i::threads] for i in range(threads)]
    errors: list[BaseException] = []

    def insert_share(numbers: list[int]) -> None:
        try:
            _insert_requests(engine, numbers, now)
        except BaseException as exc:  # reported below: a floor with failed rows is no floor
            errors.append(exc)

    began = time.perf_counter()
    workers = [threading.Thread(target=insert_share, args=(s,)) for s in shares]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - began
    engine.dispose()
    if errors:
        raise errors[0]
    return total / elapsed


def _insert_requests(engine: Engine, numbers: list[int], now: datetime) -> None:
    for n in numbers:
        request_id, assessment_id = uuid.uuid4(), uuid.uuid4()
        with engine.begin() as conn:
            conn.execute(
                insert(table_of(LegalRequest)),
                {
                    "id": request_id,
                    "agency_id": None,
                    "submitted_by": "bench",
                    "idempotency_key": None,
                    "body_sha256": "0" * 64,
                    "type": "removal_order",
                    "reference": f"RAW-{n}",
                    "legal_instrument": "dsa_art9",
                    "legal_process": "none",
                    "legal_basis": "x",
                    "offence_category": None,
                    "offence_keywords": [],
                    "judicial_authorisation": False,
                    "urgency": "normal",
                    "threat_to_life": False,
                    "gag_order": False,
                    "gag_order_until": None,
                    "statement_encrypted": "x" * 200,
                    "statement_sha256": "0" * 64,
                    "targets": [{"kind": "post", "id": f"p{n}"}],
                    "data_requested": [],
                    "verification": "api_key+signature",
                    "sender_verified": True,
                    "held": False,
                    "flags": [],
                    "received_at": now,
                    "clock_started_at": now,
                    "deadline_duration": "PT24H",
                    "deadline_basis": "x",
                    "deadline_at": now + timedelta(hours=24),
                    "escalation_level": 0,
                    "next_escalation_at": now + timedelta(hours=12),
                    "status": "acknowledged",
                    "assessment_id": assessment_id,
                    "answer_id": None,
                    "answered_at": None,
                    "status_token_sha256": "0" * 64,
                    "receipt": {"id": str(request_id)},
                },
            )
            conn.execute(
                insert(table_of(LegalRequestAssessment)),
                {
                    "id": assessment_id,
                    "request_id": request_id,
                    "at": now,
                    "trigger": "receipt",
                    "proposal": {"disposition": "geo_restrict"},
                    "engine_input_sha256": "0" * 64,
                    "proposal_digest": "0" * 64,
                    "policy_version": "x",
                    "policy_digest": "0" * 64,
                    "note": None,
                },
            )
            conn.execute(
                insert(table_of(LegalRequestEvent)),
                [
                    {
                        "id": uuid.uuid4(),
                        "request_id": request_id,
                        "seq": seq,
                        "kind": kind,
                        "status": "acknowledged",
                        "at": now,
                        "actor": "bench",
                        "details": {},
                    }
                    for seq, kind in enumerate(("received", "assessed", "acknowledged"), 1)
                ],
            )


def stored(url: str, ids: list[str]) -> int:
    engine = make_engine(url)
    wanted = [uuid.UUID(i) for i in ids]
    found = 0
    with engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            found += int(
                conn.execute(
                    select(func.count())
                    .select_from(LegalRequest)
                    .where(LegalRequest.id.in_(wanted[start : start + 500]))
                ).scalar_one()
            )
    engine.dispose()
    return found


def label_targets(data_dir: Path, db_url: str, total: int) -> None:
    """The platform's own finding: the TCO targets carry a `terrorism` label."""
    from safeharbour.bootstrap import build_container
    from safeharbour.config import Settings
    from safeharbour.kit.db import SYSTEM
    from safeharbour.review.labels import do_tag_item

    settings = Settings(
        data_dir=data_dir,
        database_url=db_url,
        secret_key=None,
        encryption_keys=None,
        signing_key=None,
        scheduler_enabled=False,
    )
    container = build_container(settings, migrate=False)
    try:
        with container.database.uow() as unit:
            for n in range(total):
                do_tag_item(
                    unit,
                    item_kind="post",
                    item_id=f"bench-tco-{n}",
                    label="terrorism",
                    actor=SYSTEM,
                )
            unit.commit()
    finally:
        container.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def effect_latency(base: str, agency: Agency, db_url: str, total: int) -> tuple[float, float, int]:
    """Submit `total` TCO orders on the automatic path; (p50 ms, p99 ms, orders given effect)."""
    ids: list[uuid.UUID] = []
    with httpx.Client(timeout=60) as client:
        for n in range(total):
            raw, headers = agency.request(n, tco=True)
            reply = client.post(f"{base}/api/v1/legal/requests", content=raw, headers=headers)
            if reply.status_code != 201 or reply.json()["status"] != "answered":
                raise RuntimeError(f"not on the automatic path: {reply.status_code} {reply.text}")
            ids.append(uuid.UUID(reply.json()["id"]))
    engine = make_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(
            select(LegalRequest.received_at, LegalRequest.effect_given_at).where(
                LegalRequest.id.in_(ids)
            )
        ).all()
    engine.dispose()
    millis = [
        (given - received).total_seconds() * 1000
        for received, given in rows
        if given is not None and received is not None
    ]
    if len(millis) != total:
        raise RuntimeError(f"{total - len(millis)} automatic orders were not given effect")
    return percentile(millis, 0.5), percentile(millis, 0.99), len(millis)


def count_requests(url: str) -> int:
    engine = make_engine(url)
    with engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(LegalRequest)).scalar_one())
    engine.dispose()
    return total


def run_backend(
    name: str, api_url: str | None, raw_url: str, total: int, threads: list[int], work: Path
) -> None:
    data_dir = work / f"{name}-api"
    with running_server(data_dir, api_url) as (base, env):
        db_url = api_url or f"sqlite:///{data_dir / 'safeharbour.db'}"
        agency = Agency(env, f"Bench Police {name}")
        api_rate(base, agency, 10_000_000, 20, 1)  # warm-up: imports, caches, JIT of the policy
        floors = {count: raw_floor(raw_url, total, count) for count in threads}
        http = http_floor(base, total)
        print(
            f"{name:<10} baselines: raw floor "
            + "   ".join(f"{c} thread(s) {floors[c]:>8,.0f}/s" for c in threads)
            + f"   http floor {http:>8,.0f} requests/s",
            flush=True,
        )
        offset = 0
        for count in threads:
            raw = floors[count]
            rate, ids = api_rate(base, agency, offset, total, count)
            offset += total
            durable = stored(db_url, ids)
            if durable != len(ids):
                raise RuntimeError(f"{len(ids) - durable} accepted requests are not stored")
            print(
                f"{name:<10} {count:>2} client(s): {rate:>8,.0f} requests/s accepted, "
                f"{durable}/{len(ids)} durable   ratio to raw floor ({count} thread(s)) "
                f"{rate / raw:5.2f}   "
                f"to http floor {rate / http:5.2f}",
                flush=True,
            )
        effect_total = max(20, total // 5)
        label_targets(data_dir, db_url, effect_total)
        p50, p99, given = effect_latency(base, agency, db_url, effect_total)
        print(
            f"{name:<10} receipt -> effect given (TCO, automatic path): p50 {p50:7.1f} ms   "
            f"p99 {p99:7.1f} ms   {given}/{effect_total} given effect",
            flush=True,
        )
        # Idempotent repeats store nothing.
        before = count_requests(db_url)
        with httpx.Client(timeout=30) as client:
            for _ in range(3):
                raw_body, headers = agency.request(999_999_999, idempotency_key="bench-repeat")
                reply = client.post(
                    f"{base}/api/v1/legal/requests", content=raw_body, headers=headers
                )
                assert reply.status_code == 201, reply.text
        added = count_requests(db_url) - before
        print(f"{name:<10} idempotent repeats: 3 sent, {added} stored", flush=True)
        if added != 1:
            raise RuntimeError("an idempotent repeat stored a second request")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    total = 60 if args.quick else 1000
    threads = [1, 8] if args.quick else [1, 8, 16]
    print(
        f"legal intake benchmark ({'quick' if args.quick else 'full'}): {total} signed removal "
        f"orders per run, clients {threads}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        run_backend("sqlite", None, f"sqlite:///{work / 'raw.db'}", total, threads, work)
        if not args.no_postgres and postgres_available():
            with temporary_postgres() as api_db, temporary_postgres() as raw_db:
                run_backend("postgresql", api_db, raw_db, total, threads, work)
        elif not args.no_postgres:
            print("postgresql: no server on 127.0.0.1:5432, skipped")


if __name__ == "__main__":
    main()
