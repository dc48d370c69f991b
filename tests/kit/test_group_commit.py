"""Group commit: concurrent callers share one durable transaction, each with its own answer."""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

import pytest
from sqlalchemy import event, select

from safeharbour.audit.chain import verify_chain
from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import Container
from safeharbour.intake.mirror import IngestResult, do_ingest_events
from safeharbour.intake.models import IngestedEvent
from safeharbour.intake.schemas import parse_events
from safeharbour.kit.db import SYSTEM, UnitOfWork
from safeharbour.kit.errors import Conflict

CALLERS = 8


def post_event(event_id: str, text: str = "hello") -> dict[str, Any]:
    return {
        "event_id": event_id,
        "type": "post.created",
        "occurred_at": "2026-05-01T10:00:00Z",
        "data": {"id": f"post-{event_id}", "channel_id": "c1", "author_id": "a1", "text": text},
    }


def ingest(raw: dict[str, Any]) -> Any:
    events = parse_events([raw], max_events=10)
    return lambda unit: do_ingest_events(unit, events, actor=SYSTEM)


def commits_of(container: Container) -> list[int]:
    count = [0]

    def on_commit(_conn: Any) -> None:
        count[0] += 1

    event.listen(container.database.engine, "commit", on_commit)
    return count


def run_held_group(
    container: Container, works: list[Any]
) -> tuple[list[Any], list[BaseException | None]]:
    """The first caller's work waits until every other caller has queued, so that they all
    meet in the next group: two commits, whatever the scheduling."""
    tx = container.tx
    release = threading.Event()
    results: list[Any] = [None] * len(works)
    errors: list[BaseException | None] = [None] * len(works)

    def first(unit: UnitOfWork) -> Any:
        assert release.wait(30)
        return works[0](unit)

    def call(index: int) -> None:
        try:
            results[index] = tx.write_grouped(first if index == 0 else works[index])
        except BaseException as exc:  # handed to the test
            errors[index] = exc

    leader = threading.Thread(target=call, args=(0,))
    leader.start()
    while not tx._leading:  # the first caller is inside its own group
        time.sleep(0.005)
    others = [threading.Thread(target=call, args=(i,)) for i in range(1, len(works))]
    for thread in others:
        thread.start()
    deadline = time.monotonic() + 30
    while len(tx._queue) < len(works) - 1 and time.monotonic() < deadline:
        time.sleep(0.005)
    release.set()
    for thread in [leader, *others]:
        thread.join(60)
    return results, errors


def test_concurrent_single_events_share_one_commit_and_each_gets_its_reply(
    container: Container,
) -> None:
    commits = commits_of(container)
    prefix = uuid.uuid4().hex
    works = [ingest(post_event(f"{prefix}-{i}")) for i in range(CALLERS)]
    results, errors = run_held_group(container, works)
    assert errors == [None] * CALLERS
    assert all(isinstance(r, IngestResult) and r.accepted == 1 for r in results)
    assert commits[0] == 2  # the first caller alone, then the seven others together
    stored = container.tx.read(
        lambda s: s.scalars(
            select(IngestedEvent.event_id).where(IngestedEvent.event_id.like(f"{prefix}-%"))
        ).all()
    )
    assert sorted(stored) == sorted(f"{prefix}-{i}" for i in range(CALLERS))
    entries = container.tx.read(
        lambda s: [
            e.subjects["event"]
            for e in s.scalars(select(AuditEntry))
            if e.subjects.get("event", "").startswith(prefix)
        ]
    )
    assert sorted(entries) == sorted(stored)  # one audit entry per change, each its event
    assert container.tx.read(verify_chain).ok


def test_one_failing_caller_fails_alone_and_leaves_no_trace(container: Container) -> None:
    prefix = uuid.uuid4().hex
    container.tx.write(ingest(post_event(f"{prefix}-reused", "first")))
    works = [ingest(post_event(f"{prefix}-{i}")) for i in range(CALLERS)]
    works[3] = ingest(post_event(f"{prefix}-reused", "different content"))

    def half_done_then_fail(unit: UnitOfWork) -> None:
        ingest(post_event(f"{prefix}-never"))(unit)
        raise RuntimeError("the work failed after writing")

    works[5] = half_done_then_fail
    results, errors = run_held_group(container, works)
    assert isinstance(errors[3], Conflict)
    assert isinstance(errors[5], RuntimeError)
    for index in set(range(CALLERS)) - {3, 5}:
        assert errors[index] is None and results[index].accepted == 1
    stored = container.tx.read(
        lambda s: set(
            s.scalars(
                select(IngestedEvent.event_id).where(IngestedEvent.event_id.like(f"{prefix}-%"))
            )
        )
    )
    assert f"{prefix}-never" not in stored
    assert len(stored) == CALLERS - 1  # six new, plus the first "reused"
    audited = container.tx.read(
        lambda s: [
            e.subjects["event"]
            for e in s.scalars(select(AuditEntry))
            if e.subjects.get("event", "").startswith(prefix)
        ]
    )
    assert sorted(audited) == sorted(stored)
    assert container.tx.read(verify_chain).ok


def test_a_failed_shared_commit_runs_every_caller_alone(
    container: Container, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefix = uuid.uuid4().hex
    failures = [0]
    real_commit = UnitOfWork.commit

    def commit_failing_once_for_a_group(unit: UnitOfWork) -> None:
        if len(unit.audit) > 1 and not failures[0]:
            failures[0] += 1
            raise RuntimeError("disk full")
        real_commit(unit)

    monkeypatch.setattr(UnitOfWork, "commit", commit_failing_once_for_a_group)
    works = [ingest(post_event(f"{prefix}-{i}")) for i in range(4)]
    results, errors = run_held_group(container, works)
    assert failures == [1]
    assert errors == [None] * 4
    assert [r.accepted for r in results] == [1] * 4
    assert container.tx.read(verify_chain).ok


def test_each_caller_runs_its_own_post_commit_callbacks_after_the_shared_commit(
    container: Container,
) -> None:
    prefix = uuid.uuid4().hex
    ran: dict[int, tuple[int, bool]] = {}

    def work(index: int) -> Any:
        def fn(unit: UnitOfWork) -> IngestResult:
            result = ingest(post_event(f"{prefix}-{index}"))(unit)
            event_id = f"{prefix}-{index}"

            def after() -> None:
                stored = container.tx.read(lambda s: s.get(IngestedEvent, event_id) is not None)
                ran[index] = (threading.get_ident(), stored)

            unit.after_commit(after)
            return result

        return fn

    _results, errors = run_held_group(container, [work(i) for i in range(4)])
    assert errors == [None] * 4
    assert sorted(ran) == [0, 1, 2, 3]
    assert all(stored for _, stored in ran.values())  # after the commit
    # Work 1..3 ran in the leader's thread; their callbacks in their callers' threads.
    assert len({ident for ident, _ in ran.values()}) == 4
