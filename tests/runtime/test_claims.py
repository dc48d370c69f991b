"""Row claims: racing dispatch passes make each platform call once; a dead holder's rows
come back after the lease."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update

from safeharbour.bootstrap import Container
from safeharbour.enforcement.actions import do_plan_enforcement
from safeharbour.enforcement.dispatch import dispatch_pending
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.enforcement.ports import ActOutcome, ActResult
from safeharbour.integrations.fakes.platform import InMemoryPlatform
from safeharbour.kit import claims
from safeharbour.kit.db import SYSTEM
from safeharbour.legal.gateway.models import LegalRequest
from safeharbour.notifications.actions import do_queue_email
from safeharbour.notifications.dispatch import deliver_pending
from safeharbour.notifications.ports import OutgoingEmail, SendResult


class CountingPlatform(InMemoryPlatform):
    """Counts calls per idempotency key, and lets racing passes overlap (a short pause)."""

    def __init__(self) -> None:
        super().__init__()
        self.counted: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.pause = threading.Event()

    def remove_post(self, post_id: str, *, idempotency_key: str) -> ActResult:
        with self.lock:
            self.counted[idempotency_key] += 1
        self.pause.wait(0.002)
        return super().remove_post(post_id, idempotency_key=idempotency_key)


def plan_removals(container: Container, count: int) -> list[uuid.UUID]:
    """`count` planned removals; they carry out a legal order (the simplest valid origin)."""
    with container.database.uow() as unit:
        request_id = _legal_request(unit)
        ids = [
            do_plan_enforcement(
                unit,
                decision_id=None,
                legal_request_id=request_id,
                kind="remove_post",
                target_kind="post",
                target_id=f"post-{n}",
                actor=SYSTEM,
            ).id
            for n in range(count)
        ]
        unit.commit()
    return ids


def _legal_request(unit: Any) -> uuid.UUID:
    """A legal request row, only as the origin the enforcement rows point to."""
    from sqlalchemy import inspect

    columns = inspect(LegalRequest).columns
    values: dict[str, Any] = {}
    for column in columns:
        if column.nullable or column.default is not None or column.server_default is not None:
            continue
        values[column.key] = _placeholder(column, unit)
    values["id"] = uuid.uuid4()
    request = LegalRequest(**values)
    unit.session.add(request)
    unit.session.flush()
    return request.id


def _placeholder(column: Any, unit: Any) -> Any:
    from sqlalchemy import Boolean, Integer, Uuid

    from safeharbour.kit.db import UTCDateTime

    kind = column.type
    if isinstance(kind, UTCDateTime):
        return unit.clock.now()
    if isinstance(kind, Uuid):
        return uuid.uuid4()
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer):
        return 0
    if getattr(kind, "python_type", None) is dict:
        return {}
    if getattr(kind, "python_type", None) is list:
        return []
    length = getattr(kind, "length", None) or 20
    return "x"[:length]


def test_racing_passes_make_each_call_once(container: Container) -> None:
    ids = plan_removals(container, 60)
    platform = CountingPlatform()
    messages = container.nta.messages

    def run() -> None:
        dispatch_pending(container.database, platform, messages, limit=7)

    for _ in range(50):  # bounded: a bug must fail the test, not hang it
        threads = [threading.Thread(target=run) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with container.database.reader() as session:
            left = session.scalar(
                select(EnforcementAction.id).where(EnforcementAction.status == "pending").limit(1)
            )
        if left is None:
            break
    assert sorted(platform.counted) == sorted(str(i) for i in ids)
    assert set(platform.counted.values()) == {1}, "a call was made twice"
    with container.database.reader() as session:
        rows = session.scalars(select(EnforcementAction)).all()
        assert {r.status for r in rows} == {ActOutcome.APPLIED.value}
        assert {(r.claimed_by, r.claimed_until) for r in rows} == {(None, None)}


def test_rows_held_by_a_dead_process_come_back_after_the_lease(
    container: Container, clock: Any
) -> None:
    [action_id] = plan_removals(container, 1)
    # Another process claimed the row, then was killed: it never releases.
    due = select(EnforcementAction.id).where(EnforcementAction.status == "pending")
    _token, held = claims.claim(
        container.database, EnforcementAction, due, lease=timedelta(seconds=60)
    )
    assert held == [action_id]
    platform = CountingPlatform()
    messages = container.nta.messages
    dispatch_pending(container.database, platform, messages, lease=timedelta(seconds=60))
    assert platform.counted == Counter()  # left to its holder
    clock.advance(timedelta(seconds=61))
    report = dispatch_pending(container.database, platform, messages)
    assert report.outcomes == {str(action_id): "applied"}
    assert platform.counted == Counter({str(action_id): 1})


def test_release_gives_back_only_this_claims_rows(container: Container) -> None:
    ids = plan_removals(container, 2)
    due = select(EnforcementAction.id).where(EnforcementAction.status == "pending")
    token, held = claims.claim(container.database, EnforcementAction, due, lease=timedelta(60))
    assert sorted(held) == sorted(ids)
    with container.database.uow() as unit:  # the lease ran out and another pass took one
        unit.session.execute(
            update(EnforcementAction)
            .where(EnforcementAction.id == ids[0])
            .values(claimed_by="someone-else")
        )
        unit.commit()
    claims.release(container.database, EnforcementAction, token, held)
    with container.database.reader() as session:
        found = session.execute(select(EnforcementAction.id, EnforcementAction.claimed_by))
        holders = {ident: holder for ident, holder in found}
    assert holders == {ids[0]: "someone-else", ids[1]: None}


class CountingNotifier:
    name = "counting"

    def __init__(self) -> None:
        self.sent: Counter[str] = Counter()
        self.lock = threading.Lock()

    def send(self, message: OutgoingEmail) -> SendResult:
        with self.lock:
            self.sent[message.idempotency_key] += 1
        threading.Event().wait(0.002)  # lets racing passes overlap
        return SendResult(sent=True)


def test_racing_delivery_passes_send_each_email_once(container: Container) -> None:
    with container.database.uow() as unit:
        ids = [
            do_queue_email(
                unit,
                to=f"person{n}@example.org",
                subject="Your notice",
                body="We received it.",
                purpose="notice_receipt",
                related={},
                cipher=container.keys.cipher,
                actor=SYSTEM,
            )
            for n in range(40)
        ]
        unit.commit()
    notifier = CountingNotifier()

    def run() -> None:
        deliver_pending(container.database, notifier, container.keys.cipher, limit=6)

    for _ in range(30):  # bounded: a bug must fail the test, not hang it
        threads = [threading.Thread(target=run) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if sum(notifier.sent.values()) >= len(ids):
            break
    assert sorted(notifier.sent) == sorted(str(i) for i in ids)
    assert set(notifier.sent.values()) == {1}, "an e-mail was sent twice"
