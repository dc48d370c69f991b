"""Exchanges: fetching and applying N provider entries (time and memory), against the bank
import path for the same values, measured in the same run (SQLite file).

The fetch side is the real hash-list client reading pages from a local provider on
127.0.0.1 (JSON pages of 1,000 entries); each page is applied in its own transaction with its
checkpoint (`do_apply_exchange_page`: provider entries upserted by key, new values added to the
bank, the audit entries written). The baseline adds the same values to a plain bank, 1,000 per
transaction (`do_add_bank_entries`, what `bank import` does), with no network and no
provenance rows. Then one page of 1,000 deletions and 1,000 value changes is applied on top of
the N entries, to show that an incremental page costs a page, not a rebuild.

    .venv/bin/python bench/exchanges.py [--quick] [--entries N]     # default 200,000
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import secrets
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

from cryptography.fernet import Fernet

from safeharbour.audit.chain import append_pending
from safeharbour.detection.banks.actions import do_add_bank_entries, do_create_bank
from safeharbour.detection.banks.values import Signal
from safeharbour.detection.exchanges.actions import do_create_exchange
from safeharbour.detection.exchanges.fetch import fetch_exchange
from safeharbour.kit.clock import SystemClock
from safeharbour.kit.db import Actor, Database
from safeharbour.kit.keys import FieldCipher
from safeharbour.kit.migrate import upgrade_to_head
from safeharbour.kit.outbox import store_pending
from safeharbour.kit.transactions import Transactions

ACTOR = Actor("cli", "bench", "admin")
PAGE = 1000


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextlib.contextmanager
def serve(log: list[dict[str, Any]]) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = {k: v[-1] for k, v in parse_qs(urlparse(self.path).query).items()}
            start = int(query.get("cursor", "c0")[1:])
            limit = int(query.get("limit", str(PAGE)))
            entries = log[start : start + limit]
            end = start + len(entries)
            body = json.dumps(
                {"entries": entries, "next_cursor": f"c{end}", "has_more": end < len(log)}
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def database(directory: Path, name: str) -> Database:
    db = Database(f"sqlite:///{directory / name}", clock=SystemClock())
    upgrade_to_head(db.engine)
    db.before_commit_hooks.extend([store_pending, append_pending])
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--entries", type=int, default=200_000)
    args = parser.parse_args()
    count = 5_000 if args.quick else args.entries
    values = [secrets.token_hex(32) for _ in range(count)]
    log: list[dict[str, Any]] = [
        {"id": f"e{n}", "type": "pdq", "value": v} for n, v in enumerate(values)
    ]
    cipher = FieldCipher([Fernet.generate_key()])
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)

        base_db = database(directory, "baseline.db")
        base_tx = Transactions(base_db)
        bank_id = base_tx.write(lambda u: do_create_bank(u, "plain", actor=ACTOR).id)
        before = rss_mb()
        began = time.perf_counter()
        for start in range(0, count, PAGE):
            chunk = values[start : start + PAGE]

            def add(unit: Any, chunk: list[str] = chunk) -> int:
                from safeharbour.detection.banks.models import Bank

                bank = unit.session.get(Bank, bank_id)
                return do_add_bank_entries(unit, bank, Signal.PDQ, chunk, actor=ACTOR)

            base_tx.write(add)
        baseline = time.perf_counter() - began
        baseline_rss = rss_mb() - before
        base_db.dispose()

        ours_db = database(directory, "exchange.db")
        tx = Transactions(ours_db)
        with serve(log) as url:
            tx.write(
                lambda u: do_create_exchange(
                    u,
                    "feed",
                    kind="hashlist",
                    settings={"url": url, "page_size": PAGE},
                    credentials={},
                    cipher=cipher,
                    actor=ACTOR,
                )
            )
            before = rss_mb()
            began = time.perf_counter()
            result = fetch_exchange(tx, cipher, "feed", actor=ACTOR)
            ours = time.perf_counter() - began
            ours_rss = rss_mb() - before
            assert result.added == count and result.complete
            for n in range(PAGE):
                log.append({"id": f"e{n}", "deleted": True})
                log.append({"id": f"e{PAGE + n}", "type": "pdq", "value": secrets.token_hex(32)})
            began = time.perf_counter()
            step = fetch_exchange(tx, cipher, "feed", actor=ACTOR)
            incremental = time.perf_counter() - began
            assert (step.deleted, step.updated) == (PAGE, PAGE)
        ours_db.dispose()

    print(f"entries: {count:,} in pages of {PAGE:,} (SQLite file)")
    print(
        f"baseline do_add_bank_entries: {baseline:.2f} s ({count / baseline:,.0f}/s), "
        f"peak RSS +{baseline_rss:.0f} MB"
    )
    print(
        f"exchange fetch + apply: {ours:.2f} s ({count / ours:,.0f}/s), peak RSS +{ours_rss:.0f} MB"
    )
    print(f"ratio ours / baseline: {ours / baseline:.2f}")
    print(f"incremental page (1,000 deletions + 1,000 changes on {count:,}): {incremental:.3f} s")


if __name__ == "__main__":
    main()
