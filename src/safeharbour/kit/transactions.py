"""One way through a transaction, for every transport (API, consoles, CLI, adapters, jobs).

`Transactions.write(fn)` runs `fn(unit)` in one unit of work, commits it, then runs what the
work registered with `unit.after_commit(...)` (post-commit dispatch: platform calls, e-mails),
and returns `fn`'s result; the caller answers only after the commit. Benign write races (two
writers inserting the same new key, SQLite's "database is locked", a PostgreSQL deadlock or
serialisation failure) roll back and re-run `fn`: work functions are written so that a re-run
sees the other writer's committed rows and answers as for a duplicate.

`Transactions.read(fn)` runs `fn(session)` on a read-only session (on SQLite a second engine,
so that reads never wait behind a writer's lock).

`awrite` / `aread` are the same for async callers (FastAPI routes): they run the blocking work
in Starlette's threadpool, so the event loop never blocks on the database.

Group commit: `write` is the single seam through which every write passes. A later batching
writer (several callers' work in one durable transaction, for ingest) can replace the body of
`write` without touching a caller: each caller's `fn` stays one unit of work with its own
result, its `after_commit` callbacks still run only after the shared commit, and a retry
re-runs only the work of the callers whose insert raced. Until then each call is its own
transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from safeharbour.kit.db import Database, UnitOfWork

T = TypeVar("T")
log = logging.getLogger(__name__)

ATTEMPTS = 3
"""Tries of one write before a race is reported: a race on one key resolves on the re-run."""


class Transactions:
    """The transaction helper one container holds (`container.tx`)."""

    def __init__(self, database: Database, *, attempts: int = ATTEMPTS) -> None:
        self.database = database
        self.attempts = attempts

    def read(self, fn: Callable[[Session], T]) -> T:
        with self.database.reader() as session:
            return fn(session)

    def write(self, fn: Callable[[UnitOfWork], T]) -> T:
        return run_in_unit(self.database, fn, attempts=self.attempts)

    async def aread(self, fn: Callable[[Session], T]) -> T:
        return await run_in_threadpool(self.read, fn)

    async def awrite(self, fn: Callable[[UnitOfWork], T]) -> T:
        return await run_in_threadpool(self.write, fn)

    async def call(self, fn: Callable[[], T]) -> T:
        """Blocking work that opens its own units (a service doing a write, then platform
        calls, then a read) run off the event loop."""
        return await run_in_threadpool(fn)


def run_in_unit(
    database: Database, work: Callable[[UnitOfWork], T], *, attempts: int = ATTEMPTS
) -> T:
    """Run `work` in one transaction, commit it, run its post-commit callbacks; retry benign
    write races (module docstring). Prefer `container.tx.write(work)`."""
    for attempt in range(1, attempts + 1):
        try:
            with database.uow() as unit:
                result = work(unit)
                unit.commit()
        except (IntegrityError, OperationalError) as exc:
            if attempt == attempts or not _retryable(exc):
                raise
            log.warning("retrying after write conflict (attempt %d): %s", attempt, exc.orig)
            continue
        unit.run_after_commit()
        return result
    raise AssertionError("unreachable")


def _retryable(exc: Exception) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return any(
        marker in text
        for marker in ("unique", "duplicate key", "database is locked", "deadlock", "serializ")
    )
