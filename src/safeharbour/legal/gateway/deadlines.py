"""Deadline escalation: the legal on-call hears of a request long before its deadline passes.

`do_escalate_deadlines` is run by the scheduler (`legal-deadlines`, every 30 seconds). For every
open request it records, once per clock:
* level `50%` and level `90%` when that share of receipt → deadline has elapsed unanswered:
  an escalation row, a timeline event, an audit entry and the outbox message
  `legal.deadline.escalated` (the on-call alert; the Notifier delivers it);
* level `missed` once the deadline has passed unanswered: the breach is recorded in the same
  way (`legal.deadline.missed`), shown in the agency's timeline and counted by
  `queries.count_deadline_breaches`. It is never hidden or undone, not even by a late answer.

A run that finds several levels due at once (the scheduler was stopped) records each of them,
at the time of the run: the record shows when the alert actually went out.
A held request escalates too: held means "not acted on automatically", never "not answered".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from safeharbour.audit.tags import AuditTag
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.db import SYSTEM, Actor, UnitOfWork
from safeharbour.kit.ids import new_id
from safeharbour.legal.gateway.lifecycle import add_event, escalation_times, next_escalation
from safeharbour.legal.gateway.models import LegalRequest, LegalRequestEscalation
from safeharbour.legal.gateway.schemas import OPEN_STATUSES, TimelineKind

TOPIC_ESCALATED = "legal.deadline.escalated"
TOPIC_MISSED = "legal.deadline.missed"
LEVELS: tuple[str, str, str] = ("50%", "90%", "missed")


@dataclass(frozen=True)
class Escalated:
    request_id: str
    level: str
    deadline: str


def _due_level(request: LegalRequest, now: datetime) -> int:
    times = escalation_times(request.clock_started_at, request.deadline_at)
    level = 0
    if now >= times[0]:
        level = 1
    if now >= times[1]:
        level = 2
    if now > times[2]:
        level = 3
    return level


def do_escalate_deadlines(
    unit: UnitOfWork, *, actor: Actor = SYSTEM, limit: int = 500
) -> list[Escalated]:
    """Record every escalation that has fallen due; returns what was recorded."""
    now = unit.clock.now()
    requests = unit.session.scalars(
        select(LegalRequest)
        .where(
            LegalRequest.next_escalation_at.is_not(None),
            LegalRequest.next_escalation_at <= now,
            LegalRequest.status.in_([s.value for s in OPEN_STATUSES]),
        )
        .order_by(LegalRequest.next_escalation_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    done: list[Escalated] = []
    for request in requests:
        target = _due_level(request, now)
        while request.escalation_level < target:
            request.escalation_level += 1
            level = LEVELS[request.escalation_level - 1]
            done.append(_record(unit, request, level, actor=actor))
        request.next_escalation_at = next_escalation(request)
    return done


def _record(unit: UnitOfWork, request: LegalRequest, level: str, *, actor: Actor) -> Escalated:
    now = unit.clock.now()
    missed = level == "missed"
    escalation = LegalRequestEscalation(
        id=new_id(),
        request_id=request.id,
        level=level,
        at=now,
        deadline_at=request.deadline_at,
        clock_started_at=request.clock_started_at,
    )
    unit.session.add(escalation)
    if missed and request.deadline_missed_at is None:
        request.deadline_missed_at = now
    deadline = rfc3339(request.deadline_at)
    add_event(
        unit,
        request,
        TimelineKind.DEADLINE_MISSED if missed else TimelineKind.ESCALATED,
        actor=actor,
        details={"level": level, "deadline": deadline},
    )
    unit.record(
        AuditTag.LEGAL_REQUEST_DEADLINE_MISSED if missed else AuditTag.LEGAL_REQUEST_ESCALATED,
        actor=actor,
        subjects={"request": request.id, "escalation": escalation.id},
        snapshot={"level": level, "deadline": deadline, "status": request.status},
    )
    unit.publish(
        TOPIC_MISSED if missed else TOPIC_ESCALATED,
        {
            "request_id": str(request.id),
            "agency_id": str(request.agency_id) if request.agency_id else None,
            "level": level,
            "type": request.type,
            "urgency": request.urgency,
            "status": request.status,
            "held": request.held,
            "deadline": deadline,
            "at": rfc3339(now),
        },
        key=str(request.id),
    )
    return Escalated(str(request.id), level, deadline)


__all__ = ["LEVELS", "TOPIC_ESCALATED", "TOPIC_MISSED", "Escalated", "do_escalate_deadlines"]
