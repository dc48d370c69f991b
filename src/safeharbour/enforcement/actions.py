"""Planning platform calls and recording their outcomes: the only writers of enforcement rows.

`do_plan_enforcement` runs in the transaction that makes a decision (or a reversal) effective;
`do_record_outcome` runs after the port call, in its own short transaction (dispatch.py). Each
leaves one audit entry. An outcome is recorded once: a late duplicate of a result for a row that
is already done changes nothing.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.enforcement.ports import ActOutcome, ActResult
from safeharbour.kit.db import SYSTEM, Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, NotFound
from safeharbour.kit.ids import new_id

MAX_ATTEMPTS = 10
DONE = ("applied", "already_applied")
FINAL = ("applied", "already_applied", "failed", "not_supported", "cancelled")
KINDS = (
    "remove_post",
    "restrict_post",
    "suspend_account",
    "terminate_account",
    "ban_channel",
    "label",
    "quarantine_media",
    "notify_user",
    "reverse",
)


def do_plan_enforcement(
    unit: UnitOfWork,
    *,
    decision_id: uuid.UUID | None,
    kind: str,
    target_kind: str,
    target_id: str,
    params: dict[str, Any] | None = None,
    decision_action_id: uuid.UUID | None = None,
    after_id: uuid.UUID | None = None,
    reverses_id: uuid.UUID | None = None,
    legal_request_id: uuid.UUID | None = None,
    actor: Actor,
) -> EnforcementAction:
    """Plan one platform call for a decision, or (`legal_request_id`) for an authority order."""
    if kind not in KINDS:
        raise ValueError(f"unknown enforcement kind {kind!r}")
    if (decision_id is None) == (legal_request_id is None):
        raise ValueError("an enforcement action carries out a decision or a legal request")
    row = EnforcementAction(
        id=new_id(),
        decision_id=decision_id,
        legal_request_id=legal_request_id,
        decision_action_id=decision_action_id,
        kind=kind,
        target_kind=target_kind,
        target_id=target_id,
        params=dict(params or {}),
        after_id=after_id,
        reverses_id=reverses_id,
        status="pending",
        attempts=0,
        next_attempt_at=None,
        created_at=unit.clock.now(),
    )
    unit.session.add(row)
    unit.record(
        AuditTag.ENFORCEMENT_ACTION_PLANNED,
        actor=actor,
        subjects={
            "enforcement": row.id,
            **({"decision": decision_id} if decision_id else {}),
            **({"legal_request": legal_request_id} if legal_request_id else {}),
            target_kind: target_id,
            **({"reverses": reverses_id} if reverses_id else {}),
        },
        snapshot={"kind": kind},
    )
    return row


def _subjects(row: EnforcementAction) -> dict[str, Any]:
    subjects: dict[str, Any] = {"enforcement": row.id}
    if row.decision_id is not None:
        subjects["decision"] = row.decision_id
    if row.legal_request_id is not None:
        subjects["legal_request"] = row.legal_request_id
    return subjects


def do_record_outcome(
    unit: UnitOfWork,
    action_id: uuid.UUID,
    result: ActResult,
    *,
    adapter: str,
    actor: Actor = SYSTEM,
) -> EnforcementAction:
    """Store a port call's result: done, final failure, or a retry later with backoff."""
    row = unit.session.get(EnforcementAction, action_id, with_for_update=True)
    if row is None:
        raise NotFound("no enforcement action with this id", field="action_id")
    if row.status != "pending":
        return row
    now = unit.clock.now()
    row.attempts += 1
    row.adapter = adapter
    row.detail = (result.detail or None) and result.detail[:2000]
    if result.outcome == ActOutcome.FAILED and result.retry and row.attempts < MAX_ATTEMPTS:
        row.next_attempt_at = now + timedelta(seconds=min(3600, 15 * 2**row.attempts))
        tag = AuditTag.ENFORCEMENT_ACTION_RETRYING
    else:
        row.status = result.outcome.value
        row.done_at = now
        tag = {
            ActOutcome.APPLIED: AuditTag.ENFORCEMENT_ACTION_APPLIED,
            ActOutcome.ALREADY_APPLIED: AuditTag.ENFORCEMENT_ACTION_APPLIED,
            ActOutcome.NOT_SUPPORTED: AuditTag.ENFORCEMENT_ACTION_NOT_SUPPORTED,
            ActOutcome.FAILED: AuditTag.ENFORCEMENT_ACTION_FAILED,
        }[result.outcome]
    unit.record(
        tag,
        actor=actor,
        subjects=_subjects(row),
        snapshot={"outcome": result.outcome.value, "attempts": row.attempts, "adapter": adapter},
    )
    if row.status == "failed":
        # The dead-letter list (GET /api/v1/enforcement/dead-letters): alert whoever listens.
        unit.publish(
            "enforcement.action.dead_lettered",
            {
                "enforcement_id": str(row.id),
                "kind": row.kind,
                "adapter": adapter,
                "detail": row.detail,
                "decision_id": str(row.decision_id) if row.decision_id else None,
                "legal_request_id": str(row.legal_request_id) if row.legal_request_id else None,
            },
            key=str(row.decision_id or row.legal_request_id),
        )
    if row.status in DONE:
        origin = row.decision_id or row.legal_request_id
        unit.publish(
            "enforcement.action.applied",
            {
                "enforcement_id": str(row.id),
                "kind": row.kind,
                "decision_id": str(row.decision_id) if row.decision_id else None,
                "legal_request_id": str(row.legal_request_id) if row.legal_request_id else None,
            },
            key=str(origin),
        )
    return row


def do_cancel_enforcement(
    unit: UnitOfWork, row: EnforcementAction, *, reason: str, actor: Actor
) -> None:
    """A planned call that must not run any more (its action was reversed before it ran, or
    the action it waited for can never be applied)."""
    if row.status != "pending":
        return
    row.status = "cancelled"
    row.done_at = unit.clock.now()
    row.detail = reason[:2000]
    unit.record(
        AuditTag.ENFORCEMENT_ACTION_CANCELLED,
        actor=actor,
        subjects=_subjects(row),
        snapshot={"kind": row.kind},
    )


def do_requeue_enforcement(
    unit: UnitOfWork, action_id: uuid.UUID, *, actor: Actor
) -> EnforcementAction:
    """Take a dead-lettered call (`failed`) off the list: pending again, due now, same id (the
    idempotency key), so a platform that did act after all answers `already_applied`."""
    row = unit.session.get(EnforcementAction, action_id, with_for_update=True)
    if row is None:
        raise NotFound("no enforcement action with this id", field="action_id")
    if row.status != "failed":
        raise Conflict(
            f"only a failed (dead-lettered) action can be retried; this one is {row.status}",
            field="action_id",
        )
    row.status = "pending"
    row.attempts = 0
    row.next_attempt_at = None
    row.done_at = None
    unit.record(
        AuditTag.ENFORCEMENT_ACTION_REQUEUED,
        actor=actor,
        subjects=_subjects(row),
        snapshot={"kind": row.kind, "last_detail": row.detail},
    )
    return row


def dead_letters(session: Session, *, limit: int = 200) -> list[EnforcementAction]:
    """Platform calls that failed for good, newest first (the dead-letter list)."""
    query = (
        select(EnforcementAction)
        .where(EnforcementAction.status == "failed")
        .order_by(EnforcementAction.done_at.desc(), EnforcementAction.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def count_dead_letters(session: Session) -> int:
    query = select(func.count()).select_from(EnforcementAction)
    return int(session.scalar(query.where(EnforcementAction.status == "failed")) or 0)
