"""The reads behind `/metrics` and `/readyz`, and the heartbeat writes: the only SQL of runtime/.

Every figure is an aggregate (counts and ages), never content: the endpoints that show them are
readable without a role.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from safeharbour.enforcement.models import EnforcementAction
from safeharbour.kit.db import Database, table_of
from safeharbour.kit.outbox import OutboxRow
from safeharbour.legal.gateway.models import LegalRequest
from safeharbour.notifications.models import Notification
from safeharbour.review.models import Case
from safeharbour.runtime.models import ProcessHeartbeat

ALIVE_WITHIN = timedelta(seconds=30)


@dataclass(frozen=True)
class Queue:
    pending: int
    oldest_age_seconds: float
    dead: int


def _age(now: datetime, oldest: datetime | None) -> float:
    return max(0.0, (now - oldest).total_seconds()) if oldest is not None else 0.0


def queues(session: Session, now: datetime) -> dict[str, Queue]:
    """Work waiting in the database, per stage: the outbox (to the bus), platform calls,
    e-mails. `oldest_age_seconds` is the lag: how long the oldest waiting item has waited."""
    outbox_pending, outbox_oldest = session.execute(
        select(func.count(), func.min(OutboxRow.created_at)).where(
            OutboxRow.published_at.is_(None), OutboxRow.dead_at.is_(None)
        )
    ).one()
    outbox_dead = session.scalar(
        select(func.count()).select_from(OutboxRow).where(OutboxRow.dead_at.is_not(None))
    )
    calls_pending, calls_oldest = session.execute(
        select(func.count(), func.min(EnforcementAction.created_at)).where(
            EnforcementAction.status == "pending"
        )
    ).one()
    calls_dead = session.scalar(
        select(func.count())
        .select_from(EnforcementAction)
        .where(EnforcementAction.status == "failed")
    )
    mails_pending, mails_oldest = session.execute(
        select(func.count(), func.min(Notification.created_at)).where(
            Notification.status == "pending"
        )
    ).one()
    mails_dead = session.scalar(
        select(func.count()).select_from(Notification).where(Notification.status == "dead")
    )
    return {
        "outbox": Queue(int(outbox_pending), _age(now, outbox_oldest), int(outbox_dead or 0)),
        "enforcement": Queue(int(calls_pending), _age(now, calls_oldest), int(calls_dead or 0)),
        "notify": Queue(int(mails_pending), _age(now, mails_oldest), int(mails_dead or 0)),
    }


def sla_breaches(session: Session, now: datetime) -> dict[str, int]:
    """Deadlines passed right now: authority requests not answered in time (and all that were
    ever missed), review cases (notices, flags, signals) open past their SLA."""
    legal_overdue = session.scalar(
        select(func.count())
        .select_from(LegalRequest)
        .where(LegalRequest.status != "answered", LegalRequest.deadline_at < now)
    )
    legal_missed = session.scalar(
        select(func.count())
        .select_from(LegalRequest)
        .where(LegalRequest.deadline_missed_at.is_not(None))
    )
    cases_overdue = session.scalar(
        select(func.count()).select_from(Case).where(Case.status != "decided", Case.due_at < now)
    )
    return {
        "legal_requests_overdue": int(legal_overdue or 0),
        "legal_deadlines_missed_total": int(legal_missed or 0),
        "cases_overdue": int(cases_overdue or 0),
    }


def live_processes(session: Session, now: datetime) -> list[ProcessHeartbeat]:
    return list(
        session.scalars(
            select(ProcessHeartbeat)
            .where(ProcessHeartbeat.seen_at >= now - ALIVE_WITHIN)
            .order_by(ProcessHeartbeat.kind, ProcessHeartbeat.roles, ProcessHeartbeat.id)
        )
    )


def beat(database: Database, values: dict[str, Any]) -> None:
    """Write one process's heartbeat (insert the first time, update afterwards)."""
    with database.uow() as unit:
        changed = unit.session.execute(
            update(ProcessHeartbeat)
            .where(ProcessHeartbeat.id == values["id"])
            .values(**{k: v for k, v in values.items() if k not in ("id", "started_at")})
            .execution_options(synchronize_session=False)
        )
        if not getattr(changed, "rowcount", 0):
            unit.session.execute(insert(table_of(ProcessHeartbeat)), [values])
        unit.commit()


def forget_stale(database: Database, older_than: timedelta = timedelta(days=1)) -> int:
    """Drop heartbeats of processes gone for a day (restarts leave one row each)."""
    with database.uow() as unit:
        result = unit.session.execute(
            delete(ProcessHeartbeat).where(ProcessHeartbeat.seen_at < unit.clock.now() - older_than)
        )
        unit.commit()
    return int(getattr(result, "rowcount", 0) or 0)
