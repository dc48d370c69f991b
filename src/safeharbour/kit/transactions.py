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

Group commit: `write_grouped(fn)` is `write` for small, independent writes arriving from
many concurrent callers (single-event ingest requests): callers that arrive while a commit is
in flight queue up, and the next of them to run takes the whole queue into one transaction and
one durable commit. Each caller's `fn` runs in its own savepoint, so its result is its own;
every caller is answered only after the shared commit, and runs the post-commit callbacks its
own work registered in its own thread; a `fn` that raises is rolled back to
its savepoint (its audit records, outbox messages and callbacks dropped) and then re-run alone
through `write`, so it gets exactly the answer it would have had without company; if the
shared commit itself fails, every caller's work is re-run alone. Audit stays one entry per
change: the entries of all callers are appended to the chain in the shared commit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from safeharbour.kit.db import Database, UnitOfWork

T = TypeVar("T")
log = logging.getLogger(__name__)

ATTEMPTS = 3
"""Tries of one write before a race is reported: a race on one key resolves on the re-run."""


GROUP_LIMIT = 256
"""Most callers' work in one group commit: bounds how long the first of them waits."""


@dataclass(eq=False)
class _Slot(Generic[T]):
    """One caller's work waiting for a group commit, and what came of it."""

    fn: Callable[[UnitOfWork], T]
    value: T | None = None
    error: BaseException | None = None
    done: bool = False
    callbacks: list[Callable[[], object]] = field(default_factory=list)
    """Its post-commit callbacks, run by the caller once the shared commit is done."""


class Transactions:
    """The transaction helper one container holds (`container.tx`)."""

    def __init__(
        self, database: Database, *, attempts: int = ATTEMPTS, group_limit: int = GROUP_LIMIT
    ) -> None:
        self.database = database
        self.attempts = attempts
        self.group_limit = group_limit
        self._group = threading.Condition()
        self._queue: list[_Slot[Any]] = []
        self._leading = False

    def read(self, fn: Callable[[Session], T]) -> T:
        with self.database.reader() as session:
            return fn(session)

    def write(self, fn: Callable[[UnitOfWork], T]) -> T:
        return run_in_unit(self.database, fn, attempts=self.attempts)

    def write_grouped(self, fn: Callable[[UnitOfWork], T]) -> T:
        """`write`, sharing one durable commit with concurrent callers (module docstring)."""
        slot: _Slot[T] = _Slot(fn)
        group: list[_Slot[Any]] = []
        with self._group:
            self._queue.append(slot)
            while not slot.done and self._leading:
                self._group.wait()
            if not slot.done:
                # No commit in flight: this caller leads the next group, itself included.
                self._leading = True
                limit = self.group_limit
                group, self._queue = self._queue[:limit], self._queue[limit:]
        if not slot.done:
            try:
                self._run_group(group)
            finally:
                for taken in group:  # only if the group was cut short (KeyboardInterrupt)
                    if not taken.done:
                        taken.error = RuntimeError("the group commit was interrupted")
                        taken.done = True
                with self._group:
                    self._leading = False
                    self._group.notify_all()
        if slot.error is not None:
            raise slot.error
        for callback in slot.callbacks:
            try:
                callback()
            except Exception:  # the data is committed; the callback's own retry owns the rest
                log.exception("post-commit callback failed")
        return slot.value  # type: ignore[return-value]

    def _run_group(self, group: list[_Slot[Any]]) -> None:
        alone: list[_Slot[Any]] = []
        try:
            with self.database.uow() as unit:
                for slot in group:
                    marks = (len(unit.audit), len(unit.outbox), len(unit.post_commit))
                    try:
                        with unit.session.begin_nested():
                            slot.value = slot.fn(unit)
                        # Each caller runs its own post-commit callbacks, in its own thread.
                        slot.callbacks = unit.post_commit[marks[2] :]
                        del unit.post_commit[marks[2] :]
                    except Exception:
                        # Its own run decides its answer; the others must not wait on it.
                        del unit.audit[marks[0] :], unit.outbox[marks[1] :]
                        del unit.post_commit[marks[2] :]
                        alone.append(slot)
                unit.commit()
        except Exception:
            log.warning("group commit of %d writes failed; running each alone", len(group))
            alone = list(group)
        for slot in group:
            if slot in alone:
                slot.callbacks = []  # a run alone has run its own
                try:
                    slot.value = self.write(slot.fn)
                except Exception as exc:
                    slot.error = exc
            slot.done = True

    async def aread(self, fn: Callable[[Session], T]) -> T:
        return await run_in_threadpool(self.read, fn)

    async def awrite(self, fn: Callable[[UnitOfWork], T]) -> T:
        return await run_in_threadpool(self.write, fn)

    async def awrite_grouped(self, fn: Callable[[UnitOfWork], T]) -> T:
        return await run_in_threadpool(self.write_grouped, fn)

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
