"""Reads for the moderator console and the API: queues, case pages, decisions, appeals, disputes.

Results are plain dicts (datetimes stay `datetime`; the API turns them into RFC 3339), shaped for
rendering: a case page needs one call, `case_detail`. Notices in a case never carry the
notifier's name or e-mail: staff see whether a contact was given, not who it is.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, literal, or_, select, tuple_
from sqlalchemy.orm import Session

from safeharbour.enforcement.models import EnforcementAction
from safeharbour.intake.models import Notice, Post, TrustedFlagger
from safeharbour.intake.queries import ContentAudience, post_content
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.review.decisions import history_of, item_facts
from safeharbour.review.labels import effective_labels
from safeharbour.review.models import Appeal, Case, CaseSignal, Decision, DecisionAction, Dispute
from safeharbour.review.policy import ReviewPolicy
from safeharbour.review.priority import (
    TIER_NAMES,
    TRUSTED_BOOST,
    explain,
    sources_factor,
    urgency,
)
from safeharbour.transparency.models import Statement

QUEUES: dict[str, int | None] = {
    "all": None,
    "critical": 2,
    "trusted": 1,
    "normal": 0,
    "deprioritised": -1,
}
"""Queue names the console offers; each is a tier, `all` is every tier in order."""


_ROW_COLUMNS = (
    Case.id,
    Case.item_kind,
    Case.item_id,
    Case.status,
    Case.tier,
    Case.rank_key,
    Case.category,
    Case.severity,
    Case.reach,
    Case.trusted,
    Case.distinct_sources,
    Case.due_at,
    Case.opened_at,
    Case.notice_count,
    Case.signal_count,
    Case.lease_holder,
    Case.lease_expires_at,
)


def _parse_cursor(cursor: str) -> tuple[float, uuid.UUID]:
    try:
        rank, ident = cursor.split("|", 1)
        return float(rank), uuid.UUID(ident)
    except ValueError:
        raise InvalidInput("not a cursor from a previous page", field="after") from None


def case_row(case: Any, now: datetime) -> dict[str, Any]:
    """A case (an ORM object or a row of `_ROW_COLUMNS`) as a queue line: what a moderator
    needs to pick it. The score is computed from stored columns, without the JSON."""
    static = (
        case.severity
        * case.reach
        * sources_factor(case.distinct_sources)
        * (TRUSTED_BOOST if case.trusted else 1.0)
    )
    leased = (
        case.lease_holder is not None
        and case.lease_expires_at is not None
        and case.lease_expires_at > now
    )
    return {
        "id": str(case.id),
        "item": {"kind": case.item_kind, "id": case.item_id},
        "status": case.status,
        "tier": case.tier,
        "tier_reason": TIER_NAMES.get(case.tier, str(case.tier)),
        "category": case.category,
        "severity": case.severity,
        "score": round(static * urgency(now, case.due_at), 6),
        "due_at": case.due_at,
        "overdue": case.due_at <= now,
        "opened_at": case.opened_at,
        "notice_count": case.notice_count,
        "distinct_sources": case.distinct_sources,
        "signal_count": case.signal_count,
        "trusted": case.trusted,
        "lease": (
            {"holder": case.lease_holder, "expires_at": case.lease_expires_at} if leased else None
        ),
    }


def list_queue(
    session: Session,
    *,
    now: datetime,
    queue: str = "all",
    status: str = "open",
    available_to: str | None = None,
    limit: int = 50,
    after: str | None = None,
) -> dict[str, Any]:
    """One page of a queue, highest priority first; `next` is the cursor of the next page.

    `available_to` (an actor ref) leaves out cases someone else holds a live lease on: the
    "next case" view. Without it, held cases are listed with their holder. One index range
    scan (`ix_cases_queue`, or `ix_cases_tier_queue` for one tier) whatever the queue's size.
    """
    if queue not in QUEUES:
        raise InvalidInput(f"expected one of {', '.join(QUEUES)}", field="queue")
    if status not in ("open", "pending_approval", "decided"):
        raise InvalidInput("expected open, pending_approval or decided", field="status")
    limit = max(1, min(limit, 500))
    query = select(*_ROW_COLUMNS).where(Case.status == status)
    tier = QUEUES[queue]
    if tier is not None:
        query = query.where(Case.tier == tier)
    if available_to is not None:
        query = query.where(
            or_(
                Case.lease_holder.is_(None),
                Case.lease_expires_at <= now,
                Case.lease_holder == available_to,
            )
        )
    if after:
        rank, ident = _parse_cursor(after)
        # A row-value comparison, so that both databases seek the index to the cursor.
        query = query.where(
            tuple_(Case.rank_key, Case.id)
            > tuple_(literal(rank, Case.rank_key.type), literal(ident, Case.id.type))
        )
    rows = session.execute(query.order_by(Case.rank_key, Case.id).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return {
        "cases": [case_row(row, now) for row in rows],
        "next": f"{rows[-1].rank_key!r}|{rows[-1].id}" if more and rows else None,
    }


def queue_counts(session: Session, *, now: datetime) -> dict[str, Any]:
    """Open cases per tier and how many are past their deadline (the console's header)."""
    rows = session.execute(
        select(Case.tier, func.count(), func.sum(sql_case((Case.due_at <= now, 1), else_=0)))
        .where(Case.status == "open")
        .group_by(Case.tier)
    ).all()
    by_tier = {tier: (int(total), int(overdue or 0)) for tier, total, overdue in rows}
    result: dict[str, Any] = {}
    for name, tier in QUEUES.items():
        if tier is None:
            continue
        total, overdue = by_tier.get(tier, (0, 0))
        result[name] = {"open": total, "overdue": overdue}
    result["all"] = {
        "open": sum(v["open"] for v in result.values()),
        "overdue": sum(v["overdue"] for v in result.values()),
    }
    result["pending_approval"] = int(
        session.scalar(
            select(func.count()).select_from(Case).where(Case.status == "pending_approval")
        )
        or 0
    )
    return result


def _enforcement_view(row: EnforcementAction) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "kind": row.kind,
        "target": {"kind": row.target_kind, "id": row.target_id},
        "status": row.status,
        "attempts": row.attempts,
        "done_at": row.done_at,
        "detail": row.detail,
        "adapter": row.adapter,
        "reverses": str(row.reverses_id) if row.reverses_id else None,
    }


def decision_view(session: Session, decision: Decision) -> dict[str, Any]:
    actions = session.scalars(
        select(DecisionAction)
        .where(DecisionAction.decision_id == decision.id)
        .order_by(DecisionAction.position)
    ).all()
    # Calls planned by one action share `created_at` and have random ids: kind and target
    # make the reply's order the same on every read (the golden replies pin it).
    calls = session.scalars(
        select(EnforcementAction)
        .where(EnforcementAction.decision_id == decision.id)
        .order_by(
            EnforcementAction.created_at,
            EnforcementAction.kind,
            EnforcementAction.target_kind,
            EnforcementAction.target_id,
            EnforcementAction.id,
        )
    ).all()
    statements = {
        s.decision_action_id: s
        for s in session.scalars(select(Statement).where(Statement.decision_id == decision.id))
    }
    return {
        "id": str(decision.id),
        "case_id": str(decision.case_id),
        "status": decision.status,
        "outcome": decision.outcome,
        "category": decision.category,
        "category_specification": list(decision.category_specification or []),
        "explanation": decision.explanation,
        "automated_decision": decision.automated_decision,
        "decided_by": decision.decided_by,
        "decided_at": decision.decided_at,
        "requires_approval": decision.requires_approval,
        "approval_reasons": list(decision.approval_reasons or []),
        "approved_by": decision.approved_by,
        "approved_at": decision.approved_at,
        "rejected_by": decision.rejected_by,
        "rejected_at": decision.rejected_at,
        "rejection_reason": decision.rejection_reason,
        "effective_at": decision.effective_at,
        "reversed_at": decision.reversed_at,
        "evidence_sha256": decision.evidence_sha256,
        "actions": [
            {
                "id": str(a.id),
                "kind": a.kind,
                "target": {"kind": a.target_kind, "id": a.target_id},
                "affected_account_id": a.affected_account_id,
                "countries": list(a.countries or []),
                "until": a.until,
                "label": a.label_text,
                "ground": {
                    "kind": a.ground_kind,
                    "reference": a.ground_reference,
                    "explanation": a.ground_explanation,
                },
                "status": a.status,
                "reversed_at": a.reversed_at,
                "statement": (
                    {
                        "id": str(statements[a.id].id),
                        "puid": statements[a.id].puid,
                        "delivered_at": statements[a.id].delivered_at,
                        "reversed_at": statements[a.id].reversed_at,
                    }
                    if a.id in statements
                    else None
                ),
            }
            for a in actions
        ],
        "enforcement": [_enforcement_view(c) for c in calls],
    }


def get_decision(
    session: Session, decision_id: uuid.UUID, *, evidence: bool = False
) -> dict[str, Any]:
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFound("no decision with this id", field="decision_id")
    view = decision_view(session, decision)
    if evidence:
        view["evidence"] = decision.evidence
    return view


def pending_approvals(session: Session, *, limit: int = 100) -> list[dict[str, Any]]:
    decisions = session.scalars(
        select(Decision)
        .where(Decision.status == "pending_approval")
        .order_by(Decision.decided_at)
        .limit(limit)
    ).all()
    return [decision_view(session, d) for d in decisions]


CASE_MEDIA_FIELDS = ("id", "kind", "mime", "sha256", "pdq", "url")


def _item_view(session: Session, case: Case, audience: ContentAudience) -> dict[str, Any]:
    facts = item_facts(session, case.item_kind, case.item_id)
    if case.item_kind == "post" and facts.get("known"):
        post = session.get(Post, case.item_id)
        if post is not None:
            content = post_content(session, post, audience, media_fields=CASE_MEDIA_FIELDS)
            facts.update(content)
    return facts


def case_detail(
    session: Session,
    case_id: uuid.UUID,
    *,
    now: datetime,
    policy: ReviewPolicy,
    audience: ContentAudience,
) -> dict[str, Any]:
    """Everything the case page shows: item and context, notices, signals, priority explained,
    lease, decisions with their measures, enforcement and statements, appeals. The item's
    content is shown as `audience` may see it (a sealed copy only to who may see it)."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("no case with this id", field="case_id")
    view = case_row(case, now)
    item = _item_view(session, case, audience)
    author = item.get("author", {}).get("id") if case.item_kind == "post" else None
    notices = session.execute(
        select(Notice, TrustedFlagger.name)
        .outerjoin(TrustedFlagger, TrustedFlagger.id == Notice.flagger_id)
        .where(Notice.case_id == case.id)
        .order_by(Notice.received_at)
        .limit(200)
    ).all()
    signals = session.scalars(
        select(CaseSignal).where(CaseSignal.case_id == case.id).order_by(CaseSignal.raised_at)
    ).all()
    decisions = session.scalars(
        select(Decision).where(Decision.case_id == case.id).order_by(Decision.decided_at)
    ).all()
    appeals = session.scalars(
        select(Appeal).where(Appeal.case_id == case.id).order_by(Appeal.submitted_at)
    ).all()
    view.update(
        {
            "item": item,
            "labels": effective_labels(session, case.item_kind, case.item_id),
            "context": history_of(session, case, author),
            "priority": explain(
                case.priority,
                due=case.due_at,
                now=now,
                notice_count=case.notice_count,
                signal_count=case.signal_count,
            ),
            "notices": [
                {
                    "id": str(n.id),
                    "received_at": n.received_at,
                    "source_type": n.source_type,
                    "flagger": {"id": str(n.flagger_id), "name": name} if n.flagger_id else None,
                    "location": (
                        {"url": n.location_url}
                        if n.location_kind == "url"
                        else {"kind": n.location_kind, "id": n.location_id}
                    ),
                    "category": n.category,
                    "category_specification": list(n.category_specification or []),
                    "explanation": n.explanation,
                    "handling": n.handling,
                    "sla_due_at": n.sla_due_at,
                    "notifier_given": n.notifier_email_encrypted is not None,
                    "manifestly_unfounded": n.manifestly_unfounded,
                }
                for n, name in notices
            ],
            "signals": [
                {
                    "id": str(s.id),
                    "raised_at": s.raised_at,
                    "source": s.source,
                    "category": s.category,
                    "category_specification": list(s.category_specification or []),
                    "score": s.score,
                    "automated": s.automated,
                    "details": s.details,
                }
                for s in signals
            ],
            "decisions": [decision_view(session, d) for d in decisions],
            "appeals": [appeal_view(a) for a in appeals],
            "lease_minutes": int(policy.lease.total_seconds() // 60),
        }
    )
    return view


def appeal_view(appeal: Appeal) -> dict[str, Any]:
    return {
        "id": str(appeal.id),
        "decision_id": str(appeal.decision_id),
        "case_id": str(appeal.case_id),
        "appellant": appeal.appellant,
        "statement_id": str(appeal.statement_id) if appeal.statement_id else None,
        "notice_id": str(appeal.notice_id) if appeal.notice_id else None,
        "explanation": appeal.explanation,
        "contact_given": appeal.contact_email_encrypted is not None,
        "submitted_at": appeal.submitted_at,
        "status": appeal.status,
        "outcome": appeal.outcome,
        "reasoning": appeal.reasoning,
        "decided_by": appeal.decided_by,
        "decided_at": appeal.decided_at,
    }


def list_appeals(
    session: Session, *, status: str = "open", limit: int = 100
) -> list[dict[str, Any]]:
    """Appeals, oldest first (the order they should be decided in)."""
    if status not in ("open", "decided"):
        raise InvalidInput("expected open or decided", field="status")
    rows = session.scalars(
        select(Appeal)
        .where(Appeal.status == status)
        .order_by(Appeal.submitted_at)
        .limit(max(1, min(limit, 500)))
    ).all()
    return [appeal_view(a) for a in rows]


def get_appeal(session: Session, appeal_id: uuid.UUID) -> dict[str, Any]:
    appeal = session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFound("no appeal with this id", field="appeal_id")
    view = appeal_view(appeal)
    decision = session.get(Decision, appeal.decision_id)
    assert decision is not None
    view["decision"] = decision_view(session, decision)
    return view


def dispute_view(dispute: Dispute) -> dict[str, Any]:
    return {
        "id": str(dispute.id),
        "decision_id": str(dispute.decision_id),
        "appeal_id": str(dispute.appeal_id) if dispute.appeal_id else None,
        "body_name": dispute.body_name,
        "body_reference": dispute.body_reference,
        "submitted_at": dispute.submitted_at,
        "recorded_by": dispute.recorded_by,
        "recorded_at": dispute.recorded_at,
        "status": dispute.status,
        "outcome": dispute.outcome,
        "outcome_at": dispute.outcome_at,
        "implemented": dispute.implemented,
        "implemented_at": dispute.implemented_at,
        "notes": dispute.notes,
    }


def list_disputes(
    session: Session, *, status: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    query = select(Dispute).order_by(Dispute.recorded_at.desc()).limit(max(1, min(limit, 500)))
    if status is not None:
        query = query.where(Dispute.status == status)
    return [dispute_view(d) for d in session.scalars(query)]


def item_history(session: Session, item_kind: str, item_id: str, *, limit: int = 20) -> list[Any]:
    """Earlier moderation decisions on one item, newest first (for legal officers and reviewers)."""
    rows = session.execute(
        select(
            Decision.id,
            Decision.status,
            Decision.outcome,
            Decision.category,
            Decision.decided_at,
            Decision.decided_by,
        )
        .join(Case, Case.id == Decision.case_id)
        .where(Case.item_kind == item_kind, Case.item_id == item_id)
        .order_by(Decision.decided_at.desc())
        .limit(limit)
    ).all()
    return [
        {
            "decision_id": str(row.id),
            "status": row.status,
            "outcome": row.outcome,
            "category": row.category,
            "decided_at": rfc3339(row.decided_at),
            "decided_by": row.decided_by,
        }
        for row in rows
    ]
