"""Internal complaints (DSA Art. 20): submitted with a secret link, decided by someone else.

Contracts:
- Who may appeal: the affected user, with the token of the statement of reasons they received;
  the notifier, with the token of their notice's status link, against a decision not to act.
- When: until `appeal_window` (at least six months) after they were informed: for the user,
  the delivery of the statement (its issue when it could not be delivered); for the notifier,
  the decision taking effect.
- One open appeal per appellant and decision; a second is a Conflict.
- Decided by someone who neither took nor approved the decision (policy.py), never by automated
  means. Upheld: the decision stands. Reversed: for the user, the measures are undone through
  the platform port (all, or those named: a partial reversal); for the notifier, the decision
  not to act is set aside and the case goes back to the queue for a new decision. Both
  appellants are told the outcome with its reasons.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from safeharbour.audit.tags import AuditTag
from safeharbour.enforcement.actions import do_plan_enforcement
from safeharbour.enforcement.ports import NotifyKind
from safeharbour.intake.models import Notice
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.kit.tokens import token_sha256
from safeharbour.notifications.actions import do_queue_email
from safeharbour.review.decisions import reverse_decision
from safeharbour.review.models import Appeal, Case, Decision, DecisionAction
from safeharbour.review.policy import (
    ReviewPolicy,
    appeal_deadline,
    require_in_window,
    require_other_reviewer,
)
from safeharbour.review.priority import StaticPriority
from safeharbour.review.schemas import AppealDecisionIn
from safeharbour.transparency.models import Statement

_EMAIL_MAX = 320


@dataclass(frozen=True)
class AppealReceipt:
    id: uuid.UUID
    submitted_at: datetime
    status: str
    appellant: str
    decision_id: uuid.UUID
    deadline: datetime


@dataclass(frozen=True)
class _Standing:
    appellant: str
    decision: Decision
    informed_at: datetime
    statement_id: uuid.UUID | None
    notice_id: uuid.UUID | None


def _standing(unit: UnitOfWork, token: str) -> _Standing:
    if not token or len(token) > 200:
        raise InvalidInput("expected the token from your statement or notice link", field="token")
    digest = token_sha256(token)
    statement = unit.session.scalars(
        select(Statement).where(Statement.token_sha256 == digest)
    ).first()
    if statement is not None:
        decision = unit.session.get(Decision, statement.decision_id, with_for_update=True)
        assert decision is not None
        if statement.reversed_at is not None:
            raise Conflict("this measure was already reversed", field="token")
        return _Standing(
            appellant="affected_user",
            decision=decision,
            informed_at=statement.delivered_at or statement.created_at,
            statement_id=statement.id,
            notice_id=None,
        )
    notice = unit.session.scalars(
        select(Notice).where(Notice.status_token_sha256 == digest)
    ).first()
    if notice is None:
        raise NotFound("no statement or notice with this link", field="token")
    case = unit.session.get(Case, notice.case_id) if notice.case_id else None
    if case is None or case.status != "decided" or case.decision_id is None:
        raise Conflict("there is no decision on this notice yet", field="token")
    decision = unit.session.get(Decision, case.decision_id, with_for_update=True)
    assert decision is not None
    if decision.outcome != "no_action":
        raise Conflict(
            "a notifier can appeal a decision not to act; this decision acted on the content",
            field="token",
        )
    assert decision.effective_at is not None
    return _Standing(
        appellant="notifier",
        decision=decision,
        informed_at=decision.effective_at,
        statement_id=None,
        notice_id=notice.id,
    )


def do_submit_appeal(
    unit: UnitOfWork,
    *,
    token: str,
    explanation: str,
    contact_email: str | None = None,
    policy: ReviewPolicy,
    actor: Actor,
) -> AppealReceipt:
    explanation = (explanation or "").strip()
    if not explanation or len(explanation) > 10_000:
        raise InvalidInput(
            "explain why the decision is wrong (1 to 10,000 characters)", field="explanation"
        )
    if contact_email is not None:
        contact_email = contact_email.strip() or None
    if contact_email is not None and (
        len(contact_email) > _EMAIL_MAX or "@" not in contact_email or " " in contact_email
    ):
        raise InvalidInput("expected an e-mail address", field="email")
    standing = _standing(unit, token)
    decision = standing.decision
    if decision.status not in ("effective", "partially_reversed"):
        raise Conflict(
            f"the decision is {decision.status.replace('_', ' ')}; there is nothing to appeal",
            field="token",
        )
    now = unit.clock.now()
    require_in_window(standing.informed_at, now, policy)
    open_key = f"{decision.id}:{standing.statement_id or standing.notice_id}"
    if unit.session.scalars(select(Appeal.id).where(Appeal.open_key == open_key)).first():
        raise Conflict("an appeal of yours against this decision is already open", field="token")
    appeal = Appeal(
        id=new_id(),
        decision_id=decision.id,
        case_id=decision.case_id,
        appellant=standing.appellant,
        statement_id=standing.statement_id,
        notice_id=standing.notice_id,
        explanation=explanation,
        contact_email_encrypted=policy.cipher.encrypt(contact_email) if contact_email else None,
        submitted_at=now,
        status="open",
        open_key=open_key,
    )
    unit.session.add(appeal)
    unit.session.flush()
    unit.record(
        AuditTag.REVIEW_APPEAL_SUBMITTED,
        actor=actor,
        subjects={"appeal": appeal.id, "decision": decision.id, "case": decision.case_id},
        snapshot={"appellant": standing.appellant, "contact_given": contact_email is not None},
    )
    unit.publish(
        "review.appeal.submitted",
        {"appeal_id": str(appeal.id), "decision_id": str(decision.id)},
        key=str(decision.case_id),
    )
    return AppealReceipt(
        id=appeal.id,
        submitted_at=now,
        status=appeal.status,
        appellant=appeal.appellant,
        decision_id=decision.id,
        deadline=appeal_deadline(standing.informed_at, policy),
    )


def _reopen(unit: UnitOfWork, case: Case) -> bool:
    """Send a case decided 'no action' back to the queue; False when the item already has a new
    undecided case (the new notices are being reviewed there)."""
    taken = unit.session.scalars(select(Case.id).where(Case.open_item_key == case.item_key)).first()
    if taken is not None:
        return False
    now = unit.clock.now()
    static = StaticPriority(**case.priority)
    case.status = "open"
    case.open_item_key = case.item_key
    case.decided_at = None
    case.lease_holder = None
    case.lease_expires_at = None
    case.updated_at = now
    case.due_at = now
    case.rank_key = static.rank_key(now)
    return True


def do_decide_appeal(
    unit: UnitOfWork,
    appeal_id: uuid.UUID,
    decision_in: AppealDecisionIn,
    *,
    policy: ReviewPolicy,
    actor: Actor,
) -> Appeal:
    appeal = unit.session.get(Appeal, appeal_id, with_for_update=True)
    if appeal is None:
        raise NotFound("no appeal with this id", field="appeal_id")
    decision = unit.session.get(Decision, appeal.decision_id, with_for_update=True)
    assert decision is not None
    require_other_reviewer(appeal, decision, actor)
    now = unit.clock.now()
    outcome: str = decision_in.outcome
    reopened = None
    if outcome == "reversed":
        if appeal.appellant == "affected_user":
            action_ids = decision_in.reverse_actions
            if action_ids is None and appeal.statement_id is not None:
                # The user appealed one statement: by default reverse that measure only.
                statement = unit.session.get(Statement, appeal.statement_id)
                action_ids = [statement.decision_action_id] if statement else None
            reversed_actions = reverse_decision(
                unit,
                decision,
                action_ids=action_ids,
                reason=f"Your complaint succeeded: {decision_in.reasoning}",
                notify=NotifyKind.APPEAL_OUTCOME,
                actor=actor,
            )
            if decision.status == "partially_reversed":
                outcome = "partially_reversed"
            if not reversed_actions:
                raise Conflict("no measure of this decision is left to reverse", field="outcome")
        else:
            reverse_decision(
                unit, decision, action_ids=None, reason=decision_in.reasoning, actor=actor
            )
            case = unit.session.get(Case, decision.case_id, with_for_update=True)
            assert case is not None
            reopened = _reopen(unit, case)
    appeal.status = "decided"
    appeal.open_key = None
    appeal.outcome = outcome
    appeal.reasoning = decision_in.reasoning
    appeal.decided_by = actor.ref
    appeal.decided_at = now
    unit.record(
        AuditTag.REVIEW_APPEAL_DECIDED,
        actor=actor,
        subjects={"appeal": appeal.id, "decision": decision.id, "case": decision.case_id},
        snapshot={"outcome": outcome, "case_reopened": reopened},
    )
    _tell_appellant(unit, appeal, decision, outcome, policy=policy, actor=actor)
    return appeal


def _tell_appellant(
    unit: UnitOfWork,
    appeal: Appeal,
    decision: Decision,
    outcome: str,
    *,
    policy: ReviewPolicy,
    actor: Actor,
) -> None:
    text = {
        "upheld": "We reviewed your complaint and upheld the decision.",
        "reversed": "We reviewed your complaint and reversed the decision.",
        "partially_reversed": "We reviewed your complaint and reversed part of the decision.",
    }[outcome]
    text += f" Reasons: {appeal.reasoning}"
    redress = (
        " You may still turn to a certified out-of-court dispute settlement body (DSA Art. 21) "
        "or to the courts."
    )
    if appeal.appellant == "affected_user" and appeal.statement_id and outcome == "upheld":
        statement = unit.session.get(Statement, appeal.statement_id)
        action = (
            unit.session.get(DecisionAction, statement.decision_action_id) if statement else None
        )
        if statement is not None and action is not None and action.affected_account_id:
            do_plan_enforcement(
                unit,
                decision_id=decision.id,
                decision_action_id=action.id,
                kind="notify_user",
                target_kind="account",
                target_id=action.affected_account_id,
                params={
                    "notify": NotifyKind.APPEAL_OUTCOME.value,
                    "statement_id": str(statement.id),
                    "message": text + redress,
                },
                actor=actor,
            )
    email = None
    if appeal.contact_email_encrypted:
        email = policy.cipher.decrypt(appeal.contact_email_encrypted)
    elif appeal.notice_id is not None:
        notice = unit.session.get(Notice, appeal.notice_id)
        if notice is not None and notice.notifier_email_encrypted:
            email = policy.cipher.decrypt(notice.notifier_email_encrypted)
    if email:
        do_queue_email(
            unit,
            to=email,
            subject=f"Outcome of your complaint {appeal.id}",
            body=text + redress,
            purpose="appeal_outcome",
            related={"appeal": appeal.id, "decision": decision.id},
            cipher=policy.cipher,
            actor=actor,
        )
