"""Running an action in a unit of work from a request, retrying benign write races."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError, OperationalError

from safeharbour.kit.db import Database, UnitOfWork

T = TypeVar("T")
log = logging.getLogger(__name__)


def run_in_unit(database: Database, work: Callable[[UnitOfWork], T], *, attempts: int = 3) -> T:
    """Run `work` in one transaction and commit it; the caller answers only after commit.

    Two writers inserting the same new key (two batches carrying one new event id on
    PostgreSQL) make one of them fail on the unique index; re-running it sees the other's
    committed rows and answers as for a duplicate, so retries are safe by construction.
    """
    for attempt in range(1, attempts + 1):
        try:
            with database.uow() as unit:
                result = work(unit)
                unit.commit()
                return result
        except (IntegrityError, OperationalError) as exc:
            if attempt == attempts or not _retryable(exc):
                raise
            log.warning("retrying after write conflict (attempt %d): %s", attempt, exc.orig)
    raise AssertionError("unreachable")


def _retryable(exc: Exception) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return any(
        marker in text
        for marker in ("unique", "duplicate key", "database is locked", "deadlock", "serializ")
    )
