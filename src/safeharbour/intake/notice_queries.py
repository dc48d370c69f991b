"""Reading notices: their status (public, by token), a flagger's own notices, flagger accuracy.

Every query that returns notices to a signed-in caller takes a `NoticeScope` (intake/access.py)
and applies it; the public status needs the notice's secret token instead. No query returns the
notifier's name or e-mail: the views say only whether they were given.

Statuses, derived on read (nothing to keep in step):
  received   the case is waiting in the queue
  in_review  a moderator holds the case, or its decision awaits a second approval
  decided    the case is decided; the decision can still be contested
  closed     not processed (source suspended under Art. 23), or decided and the period for an
             internal complaint is over with no complaint open
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from safeharbour.intake.access import NoticeScope
from safeharbour.intake.models import Notice, SourceSanction, TrustedFlagger
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.kit.keyset import Cursor, KeysetPage, SortKey, keyset_page
from safeharbour.kit.tokens import token_sha256
from safeharbour.review.models import Appeal, Case, Decision, DecisionAction
from safeharbour.review.policy import ReviewPolicy, lease_is_live

STATUSES = ("received", "in_review", "decided", "closed")


@dataclass(frozen=True)
class NoticeStatus:
    status: str
    decision: Decision | None
    case: Case | None


def _status_from(
    notice: Notice,
    case_row: Case | None,
    decision: Decision | None,
    *,
    open_appeal: bool,
    now: datetime,
    policy: ReviewPolicy,
) -> str:
    if case_row is None:
        return "closed"
    if case_row.status == "open":
        return "in_review" if lease_is_live(case_row, now) else "received"
    if case_row.status == "pending_approval":
        return "in_review"
    informed = decision.effective_at if decision is not None else None
    if informed is not None and not open_appeal and now > informed + policy.appeal_window:
        return "closed"
    return "decided"


def notice_status(
    session: Session, notice: Notice, *, now: datetime, policy: ReviewPolicy
) -> NoticeStatus:
    case_row = session.get(Case, notice.case_id) if notice.case_id else None
    decision = (
        session.get(Decision, case_row.decision_id)
        if case_row is not None and case_row.decision_id and case_row.status == "decided"
        else None
    )
    open_appeal = bool(
        decision is not None
        and session.scalar(
            select(func.count())
            .select_from(Appeal)
            .where(Appeal.decision_id == decision.id, Appeal.status == "open")
        )
    )
    status = _status_from(
        notice, case_row, decision, open_appeal=open_appeal, now=now, policy=policy
    )
    return NoticeStatus(status=status, decision=decision, case=case_row)


def _decision_summary(session: Session, decision: Decision) -> dict[str, Any]:
    actions = session.scalars(
        select(DecisionAction)
        .where(DecisionAction.decision_id == decision.id)
        .order_by(DecisionAction.position)
    ).all()
    return {
        "id": str(decision.id),
        "outcome": decision.outcome,
        "status": decision.status,
        "decided_at": decision.effective_at or decision.decided_at,
        "category": decision.category,
        "explanation": decision.explanation,
        "actions": [
            {
                "kind": a.kind,
                "status": a.status,
                "countries": list(a.countries or []),
                "until": a.until,
                "ground": {"kind": a.ground_kind, "reference": a.ground_reference},
            }
            for a in actions
        ],
    }


def _notice_view(notice: Notice, status: str) -> dict[str, Any]:
    return {
        "id": str(notice.id),
        "received_at": notice.received_at,
        "status": status,
        "source_type": notice.source_type,
        "flagger_id": str(notice.flagger_id) if notice.flagger_id else None,
        "location": (
            {"url": notice.location_url}
            if notice.location_kind == "url"
            else {"kind": notice.location_kind, "id": notice.location_id}
        ),
        "item": {"kind": notice.item_kind, "id": notice.item_id},
        "category": notice.category,
        "category_specification": list(notice.category_specification or []),
        "explanation": notice.explanation,
        "notifier_given": notice.notifier_email_encrypted is not None,
        "handling": notice.handling,
        "sla_due_at": notice.sla_due_at,
        "case_id": str(notice.case_id) if notice.case_id else None,
        "manifestly_unfounded": notice.manifestly_unfounded,
    }


def status_by_token(
    session: Session, token: str, *, now: datetime, policy: ReviewPolicy
) -> dict[str, Any]:
    """The public status page of a notice (anyone holding its link)."""
    if not token or len(token) > 200:
        raise InvalidInput("expected the token from the status link", field="token")
    notice = session.scalars(
        select(Notice).where(Notice.status_token_sha256 == token_sha256(token))
    ).first()
    if notice is None:
        raise NotFound("no notice with this link", field="token")
    found = notice_status(session, notice, now=now, policy=policy)
    view = _notice_view(notice, found.status)
    view.pop("flagger_id")
    view.pop("case_id")
    view.pop("manifestly_unfounded")
    view["decision"] = _decision_summary(session, found.decision) if found.decision else None
    view["appeal"] = None
    if (
        found.decision is not None
        and found.decision.outcome == "no_action"
        and found.decision.status == "effective"
        and found.decision.effective_at is not None
    ):
        deadline = found.decision.effective_at + policy.appeal_window
        view["appeal"] = {
            "possible": now <= deadline,
            "deadline": deadline,
            "url": policy.links.appeal_page(token),
        }
    view["suspension"] = None
    if notice.handling == "suspended_source" and notice.case_id is None:
        sanction = session.scalars(
            select(SourceSanction)
            .where(
                SourceSanction.source_key == notice.source_key, SourceSanction.kind == "suspension"
            )
            .order_by(SourceSanction.starts_at.desc())
            .limit(1)
        ).first()
        if sanction is not None:
            view["suspension"] = {
                "ground": sanction.ground,
                "reason": sanction.reason,
                "until": sanction.ends_at,
            }
    return view


def get_notice(
    session: Session,
    notice_id: uuid.UUID,
    scope: NoticeScope,
    *,
    now: datetime,
    policy: ReviewPolicy,
) -> dict[str, Any]:
    notice = session.scalars(scope.apply(select(Notice).where(Notice.id == notice_id))).first()
    if notice is None:
        raise NotFound("no notice with this id", field="notice_id")
    found = notice_status(session, notice, now=now, policy=policy)
    view = _notice_view(notice, found.status)
    view["decision"] = _decision_summary(session, found.decision) if found.decision else None
    return view


def list_notices(
    session: Session,
    scope: NoticeScope,
    *,
    now: datetime,
    policy: ReviewPolicy,
    limit: int = 100,
    before: datetime | None = None,
) -> list[dict[str, Any]]:
    """Newest first; page with `before` = the last `received_at` seen."""
    query = (
        select(Notice, Case, Decision)
        .outerjoin(Case, Case.id == Notice.case_id)
        .outerjoin(Decision, and_(Decision.id == Case.decision_id, Case.status == "decided"))
        .order_by(Notice.received_at.desc(), Notice.id.desc())
        .limit(limit)
    )
    if before is not None:
        query = query.where(Notice.received_at < before)
    rows = session.execute(scope.apply(query)).all()
    return _notice_rows(session, rows, now=now, policy=policy)


NOTICE_KEYS = (
    SortKey(Notice.received_at, "datetime", descending=True),
    SortKey(Notice.id, "uuid", descending=True),
)
"""The order of the paged notice list: newest first (index `ix_notices_received`)."""
NOTICE_SOURCES = ("public", "trusted")


def notices_page_query(scope: NoticeScope, *, category: str = "", source: str = "") -> Any:
    """The notice list's filtered query, before its order and limit (`NOTICE_KEYS`)."""
    query = (
        select(Notice, Case, Decision)
        .outerjoin(Case, Case.id == Notice.case_id)
        .outerjoin(Decision, and_(Decision.id == Case.decision_id, Case.status == "decided"))
    )
    if category:
        query = query.where(Notice.category == category)
    if source == "public":
        query = query.where(Notice.flagger_id.is_(None))
    elif source == "trusted":
        query = query.where(Notice.flagger_id.is_not(None))
    elif source:
        raise InvalidInput(f"expected one of {', '.join(NOTICE_SOURCES)}", field="source")
    return scope.apply(query)


def list_notices_page(
    session: Session,
    scope: NoticeScope,
    *,
    now: datetime,
    policy: ReviewPolicy,
    limit: int = 50,
    cursor: Cursor | None = None,
    category: str = "",
    source: str = "",
) -> KeysetPage:
    """One page of notices, newest first, narrowed to a category and to public or trusted
    flaggers' notices; rows as `list_notices` gives them."""
    page = keyset_page(
        session,
        notices_page_query(scope, category=category, source=source),
        NOTICE_KEYS,
        limit=limit,
        cursor=cursor,
        key_of=lambda row: (row[0].received_at, row[0].id),
    )
    page.rows = _notice_rows(session, page.rows, now=now, policy=policy)
    return page


def _notice_rows(
    session: Session, rows: Any, *, now: datetime, policy: ReviewPolicy
) -> list[dict[str, Any]]:
    decision_ids = [d.id for _, _, d in rows if d is not None]
    open_appeals: set[uuid.UUID] = set()
    if decision_ids:
        open_appeals = set(
            session.scalars(
                select(Appeal.decision_id).where(
                    Appeal.decision_id.in_(decision_ids), Appeal.status == "open"
                )
            )
        )
    result = []
    for notice, case_row, decision in rows:
        status = _status_from(
            notice,
            case_row,
            decision,
            open_appeal=decision is not None and decision.id in open_appeals,
            now=now,
            policy=policy,
        )
        view = _notice_view(notice, status)
        view["outcome"] = decision.outcome if decision is not None else None
        result.append(view)
    return result


def flagger_accuracy(session: Session, scope: NoticeScope) -> list[dict[str, Any]]:
    """Per trusted flagger: notices, decided, upheld, and accuracy = upheld / decided.

    A notice is upheld when its case's latest decision took action and still stands (not
    reversed on appeal or out of court); decided when that decision is in force or reversed.
    """
    upheld = and_(
        Decision.outcome == "action", Decision.status.in_(("effective", "partially_reversed"))
    )
    decided = Decision.status.in_(("effective", "partially_reversed", "reversed"))
    query = (
        select(
            TrustedFlagger.id,
            TrustedFlagger.name,
            func.count(Notice.id),
            func.sum(case((decided, 1), else_=0)),
            func.sum(case((and_(decided, upheld), 1), else_=0)),
            func.sum(case((Notice.manifestly_unfounded, 1), else_=0)),
        )
        .join(Notice, Notice.flagger_id == TrustedFlagger.id)
        .outerjoin(Case, Case.id == Notice.case_id)
        .outerjoin(Decision, and_(Decision.id == Case.decision_id, Case.status == "decided"))
        .group_by(TrustedFlagger.id, TrustedFlagger.name)
        .order_by(TrustedFlagger.name)
    )
    rows = session.execute(scope.apply(query)).all()
    result = []
    for flagger_id, name, notices, n_decided, n_upheld, unfounded in rows:
        n_decided = int(n_decided or 0)
        n_upheld = int(n_upheld or 0)
        result.append(
            {
                "flagger_id": str(flagger_id),
                "name": name,
                "notices": int(notices),
                "decided": n_decided,
                "upheld": n_upheld,
                "not_upheld": n_decided - n_upheld,
                "manifestly_unfounded": int(unfounded or 0),
                "accuracy": round(n_upheld / n_decided, 4) if n_decided else None,
            }
        )
    return result
