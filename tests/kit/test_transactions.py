"""The transaction helper: commit, post-commit callbacks, retry of benign races, threads."""

from __future__ import annotations

import asyncio
import threading
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import Container
from safeharbour.kit.db import SYSTEM, UnitOfWork
from safeharbour.kit.transactions import Transactions


def recorded(container: Container, marker: str) -> int:
    return container.tx.read(
        lambda session: sum(
            1
            for entry in session.scalars(select(AuditEntry))
            if entry.subjects.get("marker") == marker
        )
    )


def record(unit: UnitOfWork, marker: str) -> None:
    unit.record("test:marker", actor=SYSTEM, subjects={"marker": marker})


def test_post_commit_callbacks_run_after_the_commit_and_see_its_data(
    container: Container,
) -> None:
    marker = str(uuid.uuid4())
    seen: list[int] = []

    def work(unit: UnitOfWork) -> str:
        record(unit, marker)
        unit.after_commit(lambda: seen.append(recorded(container, marker)))
        assert seen == []  # registered, not run
        return "done"

    assert container.tx.write(work) == "done"
    assert seen == [1]


def test_a_rollback_runs_no_callback_and_keeps_nothing(container: Container) -> None:
    marker = str(uuid.uuid4())
    ran: list[str] = []

    def work(unit: UnitOfWork) -> None:
        record(unit, marker)
        unit.after_commit(lambda: ran.append("dispatch"))
        raise ValueError("refused")

    with pytest.raises(ValueError):
        container.tx.write(work)
    assert ran == []
    assert recorded(container, marker) == 0


def test_a_benign_race_is_retried_and_only_the_winning_attempt_dispatches(
    container: Container,
) -> None:
    marker = str(uuid.uuid4())
    attempts: list[int] = []
    dispatched: list[int] = []

    def work(unit: UnitOfWork) -> int:
        attempts.append(len(attempts) + 1)
        attempt = attempts[-1]
        record(unit, marker)
        unit.after_commit(lambda: dispatched.append(attempt))
        if attempt == 1:  # another writer inserted the same new key first
            raise IntegrityError("INSERT ...", {}, Exception("UNIQUE constraint failed: x.id"))
        return attempt

    assert container.tx.write(work) == 2
    assert attempts == [1, 2]
    assert dispatched == [2]
    assert recorded(container, marker) == 1


def test_other_integrity_errors_are_not_retried(container: Container) -> None:
    calls: list[int] = []

    def work(unit: UnitOfWork) -> None:
        calls.append(1)
        raise IntegrityError("INSERT ...", {}, Exception("NOT NULL constraint failed: x.y"))

    with pytest.raises(IntegrityError):
        container.tx.write(work)
    assert calls == [1]


def test_a_failing_callback_is_logged_and_the_commit_stands(
    container: Container, caplog: pytest.LogCaptureFixture
) -> None:
    marker = str(uuid.uuid4())
    later: list[str] = []

    def fail() -> None:
        raise RuntimeError("platform down")

    def work(unit: UnitOfWork) -> None:
        record(unit, marker)
        unit.after_commit(fail)
        unit.after_commit(lambda: later.append("still run"))

    container.tx.write(work)
    assert recorded(container, marker) == 1
    assert later == ["still run"]
    assert "post-commit callback failed" in caplog.text


def test_async_forms_run_off_the_event_loop_thread(container: Container) -> None:
    tx = Transactions(container.database)
    marker = str(uuid.uuid4())

    async def main() -> tuple[int, int, int]:
        loop_thread = threading.get_ident()

        def work(unit: UnitOfWork) -> int:
            record(unit, marker)
            return threading.get_ident()

        write_thread = await tx.awrite(work)
        read_thread = await tx.aread(lambda session: threading.get_ident())
        return loop_thread, write_thread, read_thread

    loop_thread, write_thread, read_thread = asyncio.run(main())
    assert write_thread != loop_thread and read_thread != loop_thread
    assert recorded(container, marker) == 1
