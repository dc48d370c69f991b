"""Fetching an exchange: pages from its stored checkpoint, each applied in its own transaction.

The network call happens outside any transaction; the page and the checkpoint after it are
committed together (`do_apply_exchange_page`). A process killed between pages, or in the middle
of applying one, resumes from the last committed checkpoint: nothing is applied twice and
nothing is lost. Rate limits are waited out (the provider's `Retry-After`, at most
`MAX_RATE_LIMIT_WAIT` seconds each, `MAX_RATE_LIMIT_RETRIES` times); any other failure is
recorded on the exchange (`status: error`) and ends the fetch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from safeharbour.detection.exchanges.actions import (
    Applied,
    credentials_of,
    do_apply_exchange_page,
    do_record_fetch_failure,
    get_exchange,
)
from safeharbour.detection.exchanges.clients import build_client
from safeharbour.detection.exchanges.clients.base import ExchangeError, Page, RateLimited
from safeharbour.detection.exchanges.models import Exchange
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.kit.keys import FieldCipher
from safeharbour.kit.transactions import Transactions

MAX_RATE_LIMIT_RETRIES = 5
MAX_RATE_LIMIT_WAIT = 60.0

log = logging.getLogger(__name__)

SYSTEM_ACTOR = Actor("system", "exchanges")


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

    def load(session: Any) -> Exchange:
        exchange = get_exchange(session, name)
        if exchange is None:
            raise NotFound("no such exchange", field="name")
        session.expunge(exchange)
        return exchange

    exchange = tx.read(load)
    exchange_id, checkpoint = exchange.id, exchange.checkpoint
    try:
        client = build_client(
            exchange.kind, dict(exchange.settings), credentials_of(exchange, cipher)
        )
    except InvalidInput as exc:  # settings or credentials that no longer work (a lost key)
        return _failed(tx, exchange_id, f"cannot build the client: {exc}", FetchResult(), actor)
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
        applied = tx.write(partial(_apply, exchange_id, page, checkpoint, actor))
        checkpoint = dict(page.checkpoint)
        result.add(applied)
        if on_page is not None:
            on_page(result)
        if not applied.more:
            break
    return result


def _apply(
    exchange_id: Any, page: Page, before: dict[str, Any] | None, actor: Actor, unit: UnitOfWork
) -> Applied:
    return do_apply_exchange_page(unit, exchange_id, page, expected_checkpoint=before, actor=actor)


def _failed(
    tx: Transactions, exchange_id: Any, reason: str, result: FetchResult, actor: Actor
) -> FetchResult:
    def record(unit: UnitOfWork) -> None:
        do_record_fetch_failure(unit, exchange_id, reason, actor=actor)

    tx.write(record)
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
        except Exception:  # one exchange's failure must not stop the others
            log.exception("fetching exchange %s failed", name)
        fetched.append(name)
    return fetched
