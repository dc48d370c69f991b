"""Fetching an exchange: pages from its stored checkpoint, each applied in its own transaction.

The network call happens outside any transaction; the page and the checkpoint after it are
committed together (`do_apply_exchange_page`). A process killed between pages, or in the middle
of applying one, resumes from the last committed checkpoint: nothing is applied twice and
nothing is lost. Rate limits are waited out (the provider's `Retry-After`, at most
`MAX_RATE_LIMIT_WAIT` seconds each, `MAX_RATE_LIMIT_RETRIES` times); any other failure is
recorded on the exchange (`status: error`) and ends the fetch.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from safeharbour.detection.exchanges.actions import (
    Applied,
    credentials_of,
    do_apply_exchange_page,
    do_record_fetch_failure,
    get_exchange,
)
from safeharbour.detection.exchanges.clients import build_client
from safeharbour.detection.exchanges.clients.base import ExchangeError, RateLimited
from safeharbour.detection.exchanges.models import Exchange
from safeharbour.kit.db import Actor
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.kit.keys import FieldCipher
from safeharbour.kit.transactions import Transactions

MAX_RATE_LIMIT_RETRIES = 5
MAX_RATE_LIMIT_WAIT = 60.0

SYSTEM_ACTOR = Actor("system", "exchanges", "system")


@dataclass
class FetchResult:
    pages: int = 0
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unsupported: int = 0
    rejected: int = 0
    complete: bool = False
    error: str | None = None

    def add(self, applied: Applied) -> None:
        self.pages += 1
        self.added += applied.added
        self.updated += applied.updated
        self.deleted += applied.deleted
        self.unsupported += applied.unsupported
        self.rejected += applied.rejected
        self.complete = not applied.more


def fetch_exchange(
    tx: Transactions,
    cipher: FieldCipher,
    name: str,
    *,
    actor: Actor = SYSTEM_ACTOR,
    max_pages: int | None = None,
    on_page: Callable[[FetchResult], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> FetchResult:
    """Fetch pages until the provider has no more (or `max_pages`); returns what was applied."""

    def load(session: Any) -> tuple[Any, str, dict[str, Any], dict[str, str], Any]:
        exchange = get_exchange(session, name)
        if exchange is None:
            raise NotFound("no such exchange", field="name")
        return (
            exchange.id,
            exchange.kind,
            dict(exchange.settings),
            credentials_of(exchange, cipher),
            exchange.checkpoint,
        )

    exchange_id, kind, settings, credentials, checkpoint = tx.read(load)
    client = build_client(kind, settings, credentials)
    result = FetchResult()
    waits = 0
    while max_pages is None or result.pages < max_pages:
        try:
            page = client.fetch_page(checkpoint)
        except RateLimited as exc:
            waits += 1
            if waits > MAX_RATE_LIMIT_RETRIES:
                return _failed(
                    tx, exchange_id, f"rate limited {waits - 1} times: {exc}", result, actor
                )
            sleep(min(exc.retry_after, MAX_RATE_LIMIT_WAIT))
            continue
        except ExchangeError as exc:
            return _failed(tx, exchange_id, str(exc), result, actor)
        waits = 0
        before = checkpoint
        applied = tx.write(
            lambda unit, page=page, before=before: do_apply_exchange_page(
                unit, exchange_id, page, expected_checkpoint=before, actor=actor
            )
        )
        checkpoint = dict(page.checkpoint)
        result.add(applied)
        if on_page is not None:
            on_page(result)
        if not applied.more:
            break
    return result


def _failed(
    tx: Transactions, exchange_id: Any, reason: str, result: FetchResult, actor: Actor
) -> FetchResult:
    tx.write(lambda unit: do_record_fetch_failure(unit, exchange_id, reason, actor=actor))
    result.error = reason
    return result


def fetch_due_exchanges(tx: Transactions, cipher: FieldCipher, now: Any) -> list[str]:
    """The scheduler's job: fetch every exchange whose interval has passed since its last
    fetch (enabled banks only). One exchange's failure is recorded and the others still run."""
    from sqlalchemy import select

    from safeharbour.detection.banks.models import Bank

    def due(session: Any) -> list[str]:
        rows = session.execute(
            select(Exchange.name, Exchange.last_fetch_at, Exchange.fetch_every_minutes)
            .join(Bank, Bank.id == Exchange.bank_id)
            .where(Bank.enabled.is_(True))
            .order_by(Exchange.name)
        ).all()
        from datetime import timedelta

        return [r[0] for r in rows if r[1] is None or now - r[1] >= timedelta(minutes=int(r[2]))]

    fetched = []
    for name in tx.read(due):
        try:
            fetch_exchange(tx, cipher, name)
        except InvalidInput as exc:  # settings or credentials no longer valid
            exchange_id = tx.read(lambda s, n=name: get_exchange(s, n).id)  # type: ignore[union-attr]
            tx.write(
                lambda unit, i=exchange_id, e=exc: do_record_fetch_failure(
                    unit, i, str(e), actor=SYSTEM_ACTOR
                )
            )
        fetched.append(name)
    return fetched
