"""Deciding cases: no action, or measures with grounds; four-eyes; effect; reversal.

Contracts:
- `do_decide_case` needs the caller's live lease on an open case. It stores the decision with a
  snapshot of the evidence it was made on (ids, digests, counts, labels, notices, signals,
  priority, history; `evidence_sha256` is the digest of its canonical JSON) and releases the
  lease.
- Heavy decisions wait for a second person (four-eyes) in `pending_approval`: terminating an
  account; banning a channel or group above `four_eyes_subscriber_threshold` subscribers (or
  one the mirror does not know); any measure on a verified or official account or channel;
  any measure on an item carrying a protected label (journalism, political speech, ...). The
  reasons are stored with the decision. Nothing is enforced before approval; a rejection sends
  the case back to the queue.
- When a decision takes effect (at once, or at approval), in one transaction: the case is
  closed, one statement of reasons per measure is issued (transparency), every platform call is
  planned (enforcement; made after commit by `enforcement.dispatch_pending`), each statement's
  delivery to the affected account is planned after its measure, the item is preserved under a
  legal hold for the redress period, and every notifier who left an e-mail address is told the
  outcome (DSA Art. 16(5)).
- `quarantine_media` applies to a post the mirror holds media of (else `actions.N.kind` is
  invalid) and becomes one platform call per media item; its statement is one, for the post.
- `reverse_decision` undoes measures through the same port (`reverse`), marks their statements
  reversed and tells the affected account; appeals and out-of-court outcomes both use it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.enforcement.actions import DONE, do_cancel_enforcement, do_plan_enforcement
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.enforcement.ports import NotifyKind
from safeharbour.intake.models import Account, Channel, Media, Notice, Post
from safeharbour.intake.repository import media_of
from safeharbour.kit.canonical import digest_of
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.dsa import SourceType
from safeharbour.kit.errors import Conflict, FieldError, InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.legal.holds import do_place_legal_hold
from safeharbour.notifications.actions import do_queue_email
from safeharbour.review.labels import effective_labels
from safeharbour.review.models import Case, CaseSignal, Decision, DecisionAction
from safeharbour.review.policy import (
    ReviewPolicy,
    require_lease,
    require_second_person,
    require_undecided,
)
from safeharbour.review.priority import StaticPriority
from safeharbour.review.schemas import ActionIn, ActionKind, DecisionIn
from safeharbour.transparency.models import Statement
from safeharbour.transparency.statements import StatementInput, do_issue_statement

TARGET_KIND = {
    ActionKind.REMOVE_POST: ("post",),
    ActionKind.RESTRICT_POST: ("post",),
    ActionKind.LABEL: ("post", "channel", "account"),
    ActionKind.SUSPEND_ACCOUNT: ("account",),
    ActionKind.TERMINATE_ACCOUNT: ("account",),
    ActionKind.BAN_CHANNEL: ("channel",),
    ActionKind.QUARANTINE_MEDIA: ("post",),
}


def media_ids(session: Session, post_id: str) -> list[str]:
    """The mirror ids of a post's media, in order: what `quarantine_media` acts on."""
    return [str(row["id"]) for row in media_of(session, [post_id]).get(post_id, [])]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# -- the item as the mirror knows it ---------------------------------------------------------
def item_facts(session: Session, kind: str, ident: str) -> dict[str, Any]:
    """Ids, digests and counts of an item and its surroundings (no text): evidence material."""
    facts: dict[str, Any] = {"kind": kind, "id": ident, "known": False}
    if kind == "post":
        post = session.get(Post, ident)
        if post is not None:
            media = session.scalars(
                select(Media).where(Media.post_id == ident).order_by(Media.position)
            ).all()
            facts.update(
                known=True,
                channel_id=post.channel_id,
                author_id=post.author_id,
                text_sha256=post.text_sha256,
                posted_at=_iso(post.posted_at),
                edited_at=_iso(post.edited_at),
                deleted_at=_iso(post.deleted_at),
                purged=post.purged_at is not None,
                media=[
                    {"id": m.id, "kind": m.kind, "sha256": m.sha256, "md5": m.md5, "pdq": m.pdq}
                    for m in media
                ],
            )
            if post.channel_id:
                facts["channel"] = _channel_facts(session, post.channel_id)
            if post.author_id:
                facts["author"] = _account_facts(session, post.author_id)
    elif kind == "channel":
        facts.update(_channel_facts(session, ident))
        if facts.get("owner_id"):
            facts["owner"] = _account_facts(session, facts["owner_id"])
    elif kind == "account":
        facts.update(_account_facts(session, ident))
    return facts


def _channel_facts(session: Session, ident: str) -> dict[str, Any]:
    channel = session.get(Channel, ident)
    if channel is None:
        return {"id": ident, "known": False}
    return {
        "id": ident,
        "known": True,
        "kind": channel.kind,
        "owner_id": channel.owner_id,
        "subscribers": channel.subscribers,
        "public": channel.public,
        "verified": channel.verified,
    }


def _account_facts(session: Session, ident: str) -> dict[str, Any]:
    account = session.get(Account, ident)
    if account is None:
        return {"id": ident, "known": False}
    return {
        "id": ident,
        "known": True,
        "country": account.country,
        "verified": account.verified,
        "official": account.official,
        "created_at": _iso(account.created_at),
    }


# -- resolving measures ------------------------------------------------------------------------
@dataclass(frozen=True)
class ResolvedAction:
    spec: ActionIn
    target_kind: str
    target_id: str
    affected_account_id: str | None
    heavy_reasons: tuple[str, ...]


def _default_target(session: Session, case: Case, kind: ActionKind) -> tuple[str, str] | None:
    wanted = TARGET_KIND[kind]
    if case.item_kind in wanted:
        return case.item_kind, case.item_id
    if case.item_kind == "post":
        post = session.get(Post, case.item_id)
        if post is None:
            return None
        if "account" in wanted and post.author_id:
            return "account", post.author_id
        if "channel" in wanted and post.channel_id:
            return "channel", post.channel_id
    if case.item_kind == "channel" and "account" in wanted:
        channel = session.get(Channel, case.item_id)
        if channel is not None and channel.owner_id:
            return "account", channel.owner_id
    return None


def _affected_account(session: Session, kind: str, ident: str) -> str | None:
    if kind == "account":
        return ident
    if kind == "post":
        return session.scalar(select(Post.author_id).where(Post.id == ident))
    if kind == "channel":
        return session.scalar(select(Channel.owner_id).where(Channel.id == ident))
    return None


def _heavy_reasons(
    session: Session,
    action: ActionIn,
    kind: str,
    ident: str,
    account_id: str | None,
    policy: ReviewPolicy,
) -> list[str]:
    reasons = []
    if action.kind == ActionKind.TERMINATE_ACCOUNT:
        reasons.append("termination of an account")
    if action.kind == ActionKind.BAN_CHANNEL:
        subscribers = session.scalar(select(Channel.subscribers).where(Channel.id == ident))
        if subscribers is None:
            reasons.append("ban of a channel the mirror does not know (audience unknown)")
        elif subscribers > policy.four_eyes_subscriber_threshold:
            reasons.append(
                f"ban of a channel with {subscribers:,} subscribers "
                f"(more than {policy.four_eyes_subscriber_threshold:,})"
            )
    if kind == "channel" and session.scalar(select(Channel.verified).where(Channel.id == ident)):
        reasons.append("measure on a verified channel")
    if account_id is not None:
        account = session.execute(
            select(Account.verified, Account.official).where(Account.id == account_id)
        ).first()
        if account is not None and (account.verified or account.official):
            reasons.append(f"measure on a {'verified' if account.verified else 'official'} account")
    protected = sorted(
        {entry["label"] for entry in effective_labels(session, kind, ident) if entry["protected"]}
    )
    if protected:
        reasons.append(f"measure on an item with protected label(s): {', '.join(protected)}")
    return reasons


def _resolve_actions(
    session: Session, case: Case, decision: DecisionIn, now: datetime, policy: ReviewPolicy
) -> list[ResolvedAction]:
    errors: list[FieldError] = []
    if decision.outcome == "no_action" and decision.actions:
        errors.append(FieldError("actions", "a decision not to act has no actions"))
    if decision.outcome == "action" and not decision.actions:
        errors.append(FieldError("actions", "name at least one action"))
    resolved = []
    for index, action in enumerate(decision.actions):
        field = f"actions.{index}"
        if action.target is not None:
            target: tuple[str, str] | None = (
                "channel" if action.target.kind == "group" else action.target.kind,
                action.target.id,
            )
            assert target is not None
            if target[0] not in TARGET_KIND[action.kind]:
                errors.append(
                    FieldError(
                        f"{field}.target.kind",
                        f"{action.kind} applies to a {' or '.join(TARGET_KIND[action.kind])}",
                    )
                )
                continue
        else:
            target = _default_target(session, case, action.kind)
            if target is None:
                errors.append(
                    FieldError(
                        f"{field}.target",
                        f"name the {' or '.join(TARGET_KIND[action.kind])} this applies to",
                    )
                )
                continue
        if action.kind == ActionKind.RESTRICT_POST and not action.countries:
            errors.append(FieldError(f"{field}.countries", "name the countries to restrict in"))
        if action.kind != ActionKind.RESTRICT_POST and action.countries:
            errors.append(FieldError(f"{field}.countries", "only restrict_post takes countries"))
        if action.kind == ActionKind.SUSPEND_ACCOUNT:
            if action.until is None:
                errors.append(FieldError(f"{field}.until", "a suspension needs its end"))
            elif action.until.tzinfo is None:
                errors.append(FieldError(f"{field}.until", "give a time zone (use Z for UTC)"))
            elif action.until <= now:
                errors.append(FieldError(f"{field}.until", "must be in the future"))
        elif action.until is not None:
            errors.append(FieldError(f"{field}.until", "only suspend_account takes until"))
        if action.kind == ActionKind.LABEL and not (action.label or "").strip():
            errors.append(FieldError(f"{field}.label", "give the label text to show"))
        if action.kind != ActionKind.LABEL and action.label:
            errors.append(FieldError(f"{field}.label", "only the label action takes a label"))
        kind, ident = target
        if action.kind == ActionKind.QUARANTINE_MEDIA and not media_ids(session, ident):
            errors.append(FieldError(f"{field}.kind", f"the mirror holds no media of post {ident}"))
            continue
        account_id = _affected_account(session, kind, ident)
        resolved.append(
            ResolvedAction(
                spec=action,
                target_kind=kind,
                target_id=ident,
                affected_account_id=account_id,
                heavy_reasons=tuple(
                    _heavy_reasons(session, action, kind, ident, account_id, policy)
                ),
            )
        )
    notice_ids = set(session.scalars(select(Notice.id).where(Notice.case_id == case.id)))
    for index, notice_id in enumerate(decision.manifestly_unfounded_notices):
        if notice_id not in notice_ids:
            errors.append(
                FieldError(f"manifestly_unfounded_notices.{index}", "not a notice of this case")
            )
        elif decision.outcome == "action":
            errors.append(
                FieldError(
                    f"manifestly_unfounded_notices.{index}",
                    "a notice that led to action is not manifestly unfounded",
                )
            )
    if errors:
        raise InvalidInput("the decision is invalid", errors=errors)
    return resolved


# -- evidence --------------------------------------------------------------------------------
def _evidence(session: Session, case: Case, now: datetime) -> dict[str, Any]:
    notices = session.execute(
        select(
            Notice.id,
            Notice.received_at,
            Notice.source_type,
            Notice.flagger_id,
            Notice.category,
            Notice.category_specification,
            Notice.handling,
            Notice.body_sha256,
        )
        .where(Notice.case_id == case.id)
        .order_by(Notice.received_at)
        .limit(1000)
    ).all()
    signals = session.scalars(
        select(CaseSignal).where(CaseSignal.case_id == case.id).order_by(CaseSignal.raised_at)
    ).all()
    facts = item_facts(session, case.item_kind, case.item_id)
    author = (facts.get("author") or {}).get("id") if case.item_kind == "post" else None
    return {
        "captured_at": now.isoformat(),
        "case": {
            "id": str(case.id),
            "item_kind": case.item_kind,
            "item_id": case.item_id,
            "opened_at": case.opened_at.isoformat(),
            "due_at": case.due_at.isoformat(),
            "priority": dict(case.priority),
            "notice_count": case.notice_count,
            "signal_count": case.signal_count,
        },
        "item": facts,
        "labels": [
            {"label": e["label"], "source": e["source"], "protected": e["protected"]}
            for e in effective_labels(session, case.item_kind, case.item_id)
        ],
        "notices": [
            {
                "id": str(n.id),
                "received_at": n.received_at.isoformat(),
                "source_type": n.source_type,
                "flagger_id": str(n.flagger_id) if n.flagger_id else None,
                "category": n.category,
                "keywords": list(n.category_specification or []),
                "handling": n.handling,
                "body_sha256": n.body_sha256,
            }
            for n in notices
        ],
        "signals": [
            {
                "id": str(s.id),
                "source": s.source,
                "category": s.category,
                "score": s.score,
                "automated": s.automated,
                "details": s.details,
            }
            for s in signals
        ],
        "history": history_of(session, case, author),
    }


def history_of(session: Session, case: Case, author_id: str | None) -> dict[str, Any]:
    """Earlier decisions on the same item, and decisions with action on the author's posts."""
    earlier = session.execute(
        select(Decision.id, Decision.outcome, Decision.status, Decision.decided_at)
        .join(Case, Case.id == Decision.case_id)
        .where(Case.item_key == case.item_key, Case.id != case.id)
        .order_by(Decision.decided_at.desc())
        .limit(20)
    ).all()
    author_actions = 0
    if author_id:
        author_actions = int(
            session.scalar(
                select(func.count(func.distinct(DecisionAction.decision_id)))
                .join(Decision, Decision.id == DecisionAction.decision_id)
                .where(
                    DecisionAction.affected_account_id == author_id,
                    Decision.status.in_(("effective", "partially_reversed")),
                    Decision.case_id != case.id,
                )
            )
            or 0
        )
    return {
        "item_decisions": [
            {
                "id": str(d.id),
                "outcome": d.outcome,
                "status": d.status,
                "decided_at": d.decided_at.isoformat(),
            }
            for d in earlier
        ],
        "author_id": author_id,
        "author_decisions_with_action": author_actions,
    }


# -- actions ---------------------------------------------------------------------------------
def _load_case(unit: UnitOfWork, case_id: uuid.UUID) -> Case:
    case = unit.session.get(Case, case_id, with_for_update=True)
    if case is None:
        raise NotFound("no case with this id", field="case_id")
    return case


def do_decide_case(
    unit: UnitOfWork,
    case_id: uuid.UUID,
    decision_in: DecisionIn,
    *,
    policy: ReviewPolicy,
    actor: Actor,
) -> Decision:
    """Decide a case the caller holds; effective at once unless it needs a second person."""
    case = _load_case(unit, case_id)
    require_undecided(case)
    now = unit.clock.now()
    require_lease(case, actor, now)
    resolved = _resolve_actions(unit.session, case, decision_in, now, policy)
    reasons = sorted({r for action in resolved for r in action.heavy_reasons})
    evidence = _evidence(unit.session, case, now)
    decision = Decision(
        id=new_id(),
        case_id=case.id,
        status="pending_approval" if reasons else "effective",
        outcome=decision_in.outcome,
        category=decision_in.category.value,
        category_specification=[k.value for k in decision_in.category_specification],
        explanation=decision_in.explanation,
        automated_decision=decision_in.automated_decision.value,
        decided_by=actor.ref,
        decided_at=now,
        requires_approval=bool(reasons),
        approval_reasons=reasons,
        evidence=evidence,
        evidence_sha256=digest_of(evidence),
    )
    unit.session.add(decision)
    for position, action in enumerate(resolved):
        spec = action.spec
        unit.session.add(
            DecisionAction(
                id=new_id(),
                decision_id=decision.id,
                position=position,
                kind=spec.kind.value,
                target_kind=action.target_kind,
                target_id=action.target_id,
                affected_account_id=action.affected_account_id,
                countries=list(spec.countries),
                until=spec.until,
                label_text=(spec.label or "").strip() or None,
                ground_kind=spec.ground.kind.value,
                ground_reference=spec.ground.reference,
                ground_explanation=spec.ground.explanation,
                status="planned",
            )
        )
    if decision_in.manifestly_unfounded_notices:
        for notice in unit.session.scalars(
            select(Notice).where(Notice.id.in_(decision_in.manifestly_unfounded_notices))
        ):
            notice.manifestly_unfounded = True
    case.decision_id = decision.id
    case.lease_holder = None
    case.lease_expires_at = None
    case.updated_at = now
    case.status = "pending_approval" if reasons else "decided"
    unit.session.flush()
    unit.record(
        AuditTag.REVIEW_DECISION_MADE,
        actor=actor,
        subjects={"decision": decision.id, "case": case.id},
        snapshot={
            "outcome": decision.outcome,
            "status": decision.status,
            "actions": [a.spec.kind.value for a in resolved],
            "approval_reasons": reasons,
            "evidence_sha256": decision.evidence_sha256,
            "manifestly_unfounded_notices": [
                str(n) for n in decision_in.manifestly_unfounded_notices
            ],
        },
    )
    if not reasons:
        _take_effect(unit, decision, case, policy=policy, actor=actor)
    else:
        unit.publish(
            "review.decision.pending_approval",
            {"decision_id": str(decision.id), "case_id": str(case.id)},
            key=str(case.id),
        )
    return decision


def do_approve_decision(
    unit: UnitOfWork, decision_id: uuid.UUID, *, policy: ReviewPolicy, actor: Actor
) -> Decision:
    """Four-eyes: a second person lets a heavy decision take effect."""
    decision = unit.session.get(Decision, decision_id, with_for_update=True)
    if decision is None:
        raise NotFound("no decision with this id", field="decision_id")
    require_second_person(decision, actor)
    case = _load_case(unit, decision.case_id)
    now = unit.clock.now()
    decision.status = "effective"
    decision.approved_by = actor.ref
    decision.approved_at = now
    case.status = "decided"
    case.updated_at = now
    unit.record(
        AuditTag.REVIEW_DECISION_APPROVED,
        actor=actor,
        subjects={"decision": decision.id, "case": case.id},
        snapshot={"approval_reasons": list(decision.approval_reasons)},
    )
    _take_effect(unit, decision, case, policy=policy, actor=actor)
    return decision


def do_reject_decision(
    unit: UnitOfWork, decision_id: uuid.UUID, *, reason: str, actor: Actor
) -> Decision:
    """Four-eyes: a second person refuses a heavy decision; the case goes back to the queue."""
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("say why the decision is rejected", field="reason")
    decision = unit.session.get(Decision, decision_id, with_for_update=True)
    if decision is None:
        raise NotFound("no decision with this id", field="decision_id")
    require_second_person(decision, actor)
    case = _load_case(unit, decision.case_id)
    now = unit.clock.now()
    decision.status = "rejected"
    decision.rejected_by = actor.ref
    decision.rejected_at = now
    decision.rejection_reason = reason[:5000]
    case.status = "open"
    case.updated_at = now
    unit.session.execute(
        DecisionAction.__table__.update()  # type: ignore[attr-defined]
        .where(DecisionAction.decision_id == decision.id)
        .values(status="rejected")
    )
    unit.record(
        AuditTag.REVIEW_DECISION_REJECTED,
        actor=actor,
        subjects={"decision": decision.id, "case": case.id},
    )
    return decision


def _source_type(session: Session, case: Case) -> str:
    kinds = set(
        session.scalars(select(Notice.source_type).where(Notice.case_id == case.id).distinct())
    )
    if SourceType.TRUSTED_FLAGGER.value in kinds:
        return SourceType.TRUSTED_FLAGGER.value
    if kinds:
        return SourceType.ARTICLE_16.value
    return SourceType.VOLUNTARY.value


def _take_effect(
    unit: UnitOfWork, decision: Decision, case: Case, *, policy: ReviewPolicy, actor: Actor
) -> None:
    now = unit.clock.now()
    decision.effective_at = now
    case.decided_at = now
    case.open_item_key = None
    actions = unit.session.scalars(
        select(DecisionAction)
        .where(DecisionAction.decision_id == decision.id)
        .order_by(DecisionAction.position)
    ).all()
    source_type = _source_type(unit.session, case)
    automated_detection = bool(
        unit.session.scalar(
            select(func.count())
            .select_from(CaseSignal)
            .where(CaseSignal.case_id == case.id, CaseSignal.automated.is_(True))
        )
    )
    content_date = None
    media_kinds: tuple[str, ...] = ()
    if case.item_kind == "post":
        post = unit.session.get(Post, case.item_id)
        if post is not None:
            content_date = post.posted_at or post.first_seen_at
            media_kinds = tuple(
                unit.session.scalars(select(Media.kind).where(Media.post_id == case.item_id))
            )
    deadline = now + policy.appeal_window
    for action in actions:
        action.status = "active"
        params: dict[str, Any] = {}
        if action.kind == "restrict_post":
            params["countries"] = list(action.countries)
        if action.kind == "suspend_account" and action.until is not None:
            params["until"] = action.until.isoformat()
        if action.kind == "label":
            params["text"] = action.label_text or ""
        planned = _plan_measure(unit, decision, action, params, actor=actor)
        statement = do_issue_statement(
            unit,
            StatementInput(
                decision_id=decision.id,
                decision_action_id=action.id,
                action_kind=action.kind,
                target_kind=action.target_kind,
                target_id=action.target_id,
                affected_account_id=action.affected_account_id,
                countries=tuple(action.countries or ()),
                until=action.until,
                label_text=action.label_text,
                ground_kind=action.ground_kind,
                ground_reference=action.ground_reference,
                ground_explanation=action.ground_explanation,
                category=decision.category,
                keywords=tuple(decision.category_specification or ()),
                facts=decision.explanation,
                source_type=source_type,
                notice_count=case.notice_count,
                automated_detection=automated_detection,
                automated_decision=decision.automated_decision,
                decided_at=now,
                appeal_deadline=deadline,
                content_date=content_date if action.target_kind == "post" else None,
                media_kinds=media_kinds if action.target_id == case.item_id else (),
            ),
            tokens=policy.tokens,
            actor=actor,
        )
        if action.affected_account_id:
            do_plan_enforcement(
                unit,
                decision_id=decision.id,
                decision_action_id=action.id,
                kind="notify_user",
                target_kind="account",
                target_id=action.affected_account_id,
                params={
                    "notify": NotifyKind.STATEMENT_OF_REASONS.value,
                    "statement_id": str(statement.id),
                },
                after_id=planned.id,
                actor=actor,
            )
    if actions and case.item_kind in ("post", "channel", "account"):
        do_place_legal_hold(
            unit,
            subject_kind=case.item_kind,
            subject_id=case.item_id,
            reason=(
                "Preserved for redress against a content moderation decision "
                "(DSA Art. 20 and 21; TCO Art. 6 where it applies)"
            ),
            held_until=deadline,
            reference=f"decision:{decision.id}",
            actor=actor,
        )
    _tell_notifiers(unit, decision, case, actions, policy=policy, actor=actor)
    unit.publish(
        "review.decision.made",
        {
            "decision_id": str(decision.id),
            "case_id": str(case.id),
            "outcome": decision.outcome,
            "actions": [a.kind for a in actions],
        },
        key=str(case.id),
    )


def _plan_measure(
    unit: UnitOfWork,
    decision: Decision,
    action: DecisionAction,
    params: dict[str, Any],
    *,
    actor: Actor,
) -> EnforcementAction:
    """Plan the platform calls of one measure; returns the call its statement waits for.

    A media quarantine is one call per media item of the post (the port quarantines one item
    at a time, and each gets its own idempotency key and its own `reverse`). A call waits for
    at most one other, so the statement waits for the last item's call; the others are made
    in the same dispatch pass, and one that fails for good is dead-lettered like any call."""
    if action.kind != ActionKind.QUARANTINE_MEDIA:
        return do_plan_enforcement(
            unit,
            decision_id=decision.id,
            decision_action_id=action.id,
            kind=action.kind,
            target_kind=action.target_kind,
            target_id=action.target_id,
            params=params,
            actor=actor,
        )
    media = media_ids(unit.session, action.target_id)
    if not media:
        # Checked when the decision was made; only a purge in between (four-eyes) gets here.
        raise Conflict(
            f"the mirror no longer holds media of post {action.target_id}",
            field=f"actions.{action.position}.kind",
        )
    planned = [
        do_plan_enforcement(
            unit,
            decision_id=decision.id,
            decision_action_id=action.id,
            kind=action.kind,
            target_kind="media",
            target_id=media_id,
            params={"post_id": action.target_id},
            actor=actor,
        )
        for media_id in media
    ]
    return planned[-1]


def _tell_notifiers(
    unit: UnitOfWork,
    decision: Decision,
    case: Case,
    actions: Any,
    *,
    policy: ReviewPolicy,
    actor: Actor,
) -> None:
    from safeharbour.intake.notices import notice_token

    rows = unit.session.execute(
        select(Notice.id, Notice.notifier_email_encrypted).where(
            Notice.case_id == case.id, Notice.notifier_email_encrypted.is_not(None)
        )
    ).all()
    if not rows:
        return
    if decision.outcome == "no_action":
        outcome = "We examined the content and decided not to act on it."
    else:
        outcome = (
            "We acted on the content: "
            + "; ".join(
                f"{a.kind.replace('_', ' ')} "
                f"({a.ground_kind.replace('_', ' ')}: {a.ground_reference})"
                for a in actions
            )
            + "."
        )
    for notice_id, email_token in rows:
        token = notice_token(policy.tokens, notice_id)
        lines = [
            f"Decision on your notice {notice_id} (DSA Art. 16(5)).",
            "",
            outcome,
            "",
            f"Reasons: {decision.explanation}",
            "",
            f"Status of your notice: {policy.links.notice_status_page(token)}",
        ]
        if decision.outcome == "no_action":
            lines += [
                "",
                "You can contest this decision free of charge through our internal complaint "
                "system until "
                f"{(unit.clock.now() + policy.appeal_window).strftime('%Y-%m-%d')}: "
                f"{policy.links.appeal_page(token)}",
            ]
        lines += [
            "",
            "You may also turn to a certified out-of-court dispute settlement body "
            "(DSA Art. 21) or to the courts.",
        ]
        do_queue_email(
            unit,
            to=policy.cipher.decrypt(email_token),
            subject=f"Decision on your notice {notice_id}",
            body="\n".join(lines),
            purpose="notice_outcome",
            related={"notice": notice_id, "decision": decision.id},
            cipher=policy.cipher,
            actor=actor,
        )


# -- reversal --------------------------------------------------------------------------------
def reverse_decision(
    unit: UnitOfWork,
    decision: Decision,
    *,
    action_ids: list[uuid.UUID] | None,
    reason: str,
    notify: NotifyKind = NotifyKind.REVERSAL,
    actor: Actor,
) -> list[DecisionAction]:
    """Undo measures of an effective decision (all, or `action_ids`) through the platform port.

    Measures already applied get a planned `reverse` call; measures not applied yet are
    cancelled. Their statements are marked reversed and the affected account is told. Returns
    the measures reversed. Not an action of its own: appeals and disputes call it inside theirs.
    """
    if decision.status not in ("effective", "partially_reversed"):
        raise Conflict(f"the decision is {decision.status.replace('_', ' ')}", field="decision_id")
    active = unit.session.scalars(
        select(DecisionAction)
        .where(DecisionAction.decision_id == decision.id, DecisionAction.status == "active")
        .order_by(DecisionAction.position)
    ).all()
    if action_ids is not None:
        unknown = set(action_ids) - {a.id for a in active}
        if unknown:
            raise InvalidInput("not an active measure of this decision", field="reverse_actions")
        chosen = [a for a in active if a.id in set(action_ids)]
    else:
        chosen = list(active)
    now = unit.clock.now()
    for action in chosen:
        action.status = "reversed"
        action.reversed_at = now
        calls = unit.session.scalars(
            select(EnforcementAction).where(EnforcementAction.decision_action_id == action.id)
        ).all()
        statement = unit.session.scalars(
            select(Statement).where(Statement.decision_action_id == action.id)
        ).first()
        for call in calls:
            if call.kind == "notify_user":
                continue
            if call.status in DONE:
                do_plan_enforcement(
                    unit,
                    decision_id=decision.id,
                    decision_action_id=action.id,
                    kind="reverse",
                    target_kind=call.target_kind,
                    target_id=call.target_id,
                    reverses_id=call.id,
                    actor=actor,
                )
            else:
                do_cancel_enforcement(unit, call, reason=f"reversed: {reason}", actor=actor)
        if statement is not None:
            statement.reversed_at = now
            if action.affected_account_id:
                do_plan_enforcement(
                    unit,
                    decision_id=decision.id,
                    decision_action_id=action.id,
                    kind="notify_user",
                    target_kind="account",
                    target_id=action.affected_account_id,
                    params={
                        "notify": notify.value,
                        "statement_id": str(statement.id),
                        "message": (
                            f"We reversed our decision ({action.kind.replace('_', ' ')} of "
                            f"{action.target_kind} {action.target_id}). {reason}"
                        ),
                    },
                    actor=actor,
                )
    remaining = [a for a in active if a not in chosen]
    decision.status = "partially_reversed" if remaining else "reversed"
    decision.reversed_at = now if not remaining else decision.reversed_at
    unit.record(
        AuditTag.REVIEW_DECISION_REVERSED,
        actor=actor,
        subjects={"decision": decision.id, "case": decision.case_id},
        snapshot={
            "actions": [str(a.id) for a in chosen],
            "status": decision.status,
        },
    )
    unit.publish(
        "review.decision.reversed",
        {"decision_id": str(decision.id), "actions": [str(a.id) for a in chosen]},
        key=str(decision.case_id),
    )
    return chosen


def static_priority(case: Case) -> StaticPriority:
    return StaticPriority(**case.priority)
