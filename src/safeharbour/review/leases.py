"""Claiming a case: a lease so that no two moderators decide the same case.

Contracts:
- A claim is one conditional UPDATE (the case is open, and its lease is free, expired or the
  caller's own), so two moderators claiming at once cannot both win, on SQLite or PostgreSQL;
  the loser gets Conflict (409) naming who holds it until when.
- A lease lasts `lease_minutes` (15 by default); claiming again extends one's own lease. An
  abandoned lease simply expires: anyone may then claim the case, and the audit entry of that
  claim names the expired holder.
- Only the holder releases a lease; deciding releases it too.
"""

from __future__ import annotations

import uuid

from sqlalchemy import or_, update

from safeharbour.audit.tags import AuditTag
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, NotFound
from safeharbour.review.models import Case
from safeharbour.review.policy import ReviewPolicy, lease_is_live


def do_claim_case(
    unit: UnitOfWork, case_id: uuid.UUID, *, policy: ReviewPolicy, actor: Actor
) -> Case:
    now = unit.clock.now()
    before = unit.session.get(Case, case_id)
    if before is None:
        raise NotFound("no case with this id", field="case_id")
    previous = (
        before.lease_holder if before.lease_expires_at and before.lease_expires_at <= now else None
    )
    renewed = before.lease_holder == actor.ref and lease_is_live(before, now)
    expires = now + policy.lease
    result = unit.session.execute(
        update(Case)
        .where(
            Case.id == case_id,
            Case.status == "open",
            or_(
                Case.lease_holder.is_(None),
                Case.lease_expires_at <= now,
                Case.lease_holder == actor.ref,
            ),
        )
        .values(lease_holder=actor.ref, lease_expires_at=expires, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        unit.session.refresh(before)
        if before.status != "open":
            raise Conflict(f"the case is {before.status.replace('_', ' ')}", field="case_id")
        raise Conflict(
            "another moderator holds this case until "
            f"{before.lease_expires_at.isoformat() if before.lease_expires_at else '?'}",
            field="case_id",
        )
    unit.session.refresh(before)
    unit.record(
        AuditTag.REVIEW_CASE_CLAIMED,
        actor=actor,
        subjects={"case": case_id},
        snapshot={
            "expires_at": expires.isoformat(),
            "renewed": renewed,
            "took_over_expired_lease_of": previous if previous != actor.ref else None,
        },
    )
    return before


def do_release_case(unit: UnitOfWork, case_id: uuid.UUID, *, actor: Actor) -> Case:
    case = unit.session.get(Case, case_id, with_for_update=True)
    if case is None:
        raise NotFound("no case with this id", field="case_id")
    now = unit.clock.now()
    if not (lease_is_live(case, now) and case.lease_holder == actor.ref):
        raise Conflict("you do not hold this case", field="case_id")
    case.lease_holder = None
    case.lease_expires_at = None
    case.updated_at = now
    unit.record(AuditTag.REVIEW_CASE_RELEASED, actor=actor, subjects={"case": case_id})
    return case
