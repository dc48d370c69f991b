"""User notification after a gag order ends (DSA Art. 9(5), TCO Art. 11(3)).

When a request carrying `gag_order` is answered `complied` or `partially_complied`, the users
concerned (the owners of its targets) are not told at once; `schedule_deferred_notices`
(called by the answer) records one `DeferredUserNotice` per account: due the day
`gag_order_until` names (00:00 UTC), or, without a date, waiting for a legal officer's periodic
review. `do_deliver_due_user_notices` (the `legal-user-notices` job) re-reads the request first
(a supplement may have moved or lifted the gag), then plans a `notify_user` enforcement action
— the `enforcement-dispatch` job makes the call through the `PlatformAdapter` port.
`do_release_user_notice` is a legal officer's decision that confidentiality has ended (for
notices without a date), `do_review_user_notice` records a periodic review that keeps it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select

from safeharbour.audit.tags import AuditTag
from safeharbour.enforcement import NotifyKind, do_plan_enforcement
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.db import SYSTEM, Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.legal.gateway.effect import owner_of, targets_of
from safeharbour.legal.gateway.models import DeferredUserNotice, LegalRequest
from safeharbour.legal.models import Agency

WAITING = "waiting"
DELIVERED = "delivered"


def gag_ends_at(request: LegalRequest) -> dt.datetime | None:
    if request.gag_order_until is None:
        return None
    return dt.datetime.combine(request.gag_order_until, dt.time(0), tzinfo=dt.UTC)


def _message(request: LegalRequest, agency: Agency | None, kind: str, answered: str) -> str:
    who = f"{agency.name} ({agency.country})" if agency else "an authority"
    lines = [
        f"On {answered} the platform complied with a legal order from {who} concerning your "
        f"{kind}. The authority required confidentiality until now.",
        f"Order: {request.type.replace('_', ' ')} under {request.legal_instrument}"
        + (f", reference {request.reference}" if request.reference else "")
        + ".",
    ]
    if request.legal_basis:
        lines.append(f"Legal basis given by the authority: {request.legal_basis}")
    lines.append(
        "You may challenge the order before the courts of the issuing country; you may also "
        "contact the platform's legal team."
    )
    return "\n".join(lines)


def schedule_deferred_notices(
    unit: UnitOfWork, request: LegalRequest, *, actor: Actor
) -> list[DeferredUserNotice]:
    if not request.gag_order:
        return []
    now = unit.clock.now()
    agency = unit.session.get(Agency, request.agency_id) if request.agency_id else None
    made: list[DeferredUserNotice] = []
    seen: set[str] = set()
    for kind, ident in targets_of(request):
        owner = owner_of(unit, kind, ident)
        if not owner or owner in seen:
            continue
        seen.add(owner)
        exists = unit.session.scalars(
            select(DeferredUserNotice).where(
                DeferredUserNotice.request_id == request.id,
                DeferredUserNotice.account_id == owner,
            )
        ).first()
        if exists is not None:
            continue
        notice = DeferredUserNotice(
            id=new_id(),
            request_id=request.id,
            account_id=owner,
            message=_message(request, agency, kind, now.date().isoformat()),
            due_at=gag_ends_at(request),
            state=WAITING,
            created_at=now,
        )
        unit.session.add(notice)
        made.append(notice)
    unit.session.flush()
    for notice in made:
        unit.record(
            AuditTag.LEGAL_USER_NOTICE_DEFERRED,
            actor=actor,
            subjects={"request": request.id, "user_notice": notice.id},
            snapshot={"due_at": rfc3339(notice.due_at) if notice.due_at else None},
        )
    return made


def _deliver(unit: UnitOfWork, notice: DeferredUserNotice, actor: Actor, why: str) -> None:
    row = do_plan_enforcement(
        unit,
        decision_id=None,
        legal_request_id=notice.request_id,
        kind="notify_user",
        target_kind="account",
        target_id=notice.account_id,
        params={"notify": NotifyKind.AUTHORITY_ORDER.value, "message": notice.message},
        actor=actor,
    )
    now = unit.clock.now()
    notice.state = DELIVERED
    notice.enforcement_action_id = row.id
    notice.delivered_at = now
    notice.delivered_by = actor.ref
    unit.record(
        AuditTag.LEGAL_USER_NOTICE_RELEASED,
        actor=actor,
        subjects={"request": notice.request_id, "user_notice": notice.id, "enforcement": row.id},
        snapshot={"why": why},
    )


def do_deliver_due_user_notices(unit: UnitOfWork, *, actor: Actor = SYSTEM) -> list[uuid.UUID]:
    """Plan the notification of every user whose gag order has ended (the scheduler's job)."""
    now = unit.clock.now()
    due = unit.session.scalars(
        select(DeferredUserNotice)
        .where(
            DeferredUserNotice.state == WAITING,
            DeferredUserNotice.due_at.is_not(None),
            DeferredUserNotice.due_at <= now,
        )
        .with_for_update()
    ).all()
    delivered: list[uuid.UUID] = []
    for notice in due:
        request = unit.session.get(LegalRequest, notice.request_id)
        if request is not None and request.gag_order:
            ends = gag_ends_at(request)
            if ends is None or ends > now:  # moved or made open-ended by a supplement
                notice.due_at = ends
                continue
        _deliver(unit, notice, actor, "the gag order ended")
        delivered.append(notice.id)
    return delivered


def _waiting(unit: UnitOfWork, notice_id: uuid.UUID) -> DeferredUserNotice:
    notice = unit.session.get(DeferredUserNotice, notice_id, with_for_update=True)
    if notice is None:
        raise NotFound("no such deferred user notice", field="notice_id")
    if notice.state != WAITING:
        raise Conflict("the user was already notified", field="notice_id")
    return notice


def do_release_user_notice(
    unit: UnitOfWork, notice_id: uuid.UUID, *, actor: Actor
) -> DeferredUserNotice:
    """A legal officer establishes that confidentiality has ended: notify the user now."""
    notice = _waiting(unit, notice_id)
    _deliver(unit, notice, actor, "a legal officer found the confidentiality ended")
    return notice


def do_review_user_notice(
    unit: UnitOfWork, notice_id: uuid.UUID, *, actor: Actor
) -> DeferredUserNotice:
    """Periodic review: confidentiality still applies; the notice keeps waiting."""
    notice = _waiting(unit, notice_id)
    notice.reviewed_at = unit.clock.now()
    unit.record(
        AuditTag.LEGAL_USER_NOTICE_REVIEWED,
        actor=actor,
        subjects={"request": notice.request_id, "user_notice": notice.id},
    )
    return notice


def waiting_user_notices(session: Any) -> list[DeferredUserNotice]:
    return list(
        session.scalars(
            select(DeferredUserNotice)
            .where(DeferredUserNotice.state == WAITING)
            .order_by(DeferredUserNotice.due_at.is_(None), DeferredUserNotice.created_at)
        )
    )


def user_notice_view(notice: DeferredUserNotice) -> dict[str, Any]:
    return {
        "id": str(notice.id),
        "request_id": str(notice.request_id),
        "account_id": notice.account_id,
        "state": notice.state,
        "due_at": rfc3339(notice.due_at) if notice.due_at else None,
        "periodic_review": notice.due_at is None,
        "reviewed_at": rfc3339(notice.reviewed_at) if notice.reviewed_at else None,
        "delivered_at": rfc3339(notice.delivered_at) if notice.delivered_at else None,
        "message": notice.message,
    }


__all__ = [
    "do_deliver_due_user_notices",
    "do_release_user_notice",
    "do_review_user_notice",
    "gag_ends_at",
    "schedule_deferred_notices",
    "user_notice_view",
    "waiting_user_notices",
]
