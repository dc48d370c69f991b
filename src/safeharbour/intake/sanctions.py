"""Measures against misuse (DSA Art. 23): warnings, then suspension of a source's notices.

Contracts:
- A source is a trusted flagger or a notifier known by e-mail (named by a keyed digest, never
  the address). An anonymous notifier cannot be attributed; rate limits apply to it instead.
  Staff name the source by the flagger id, by a notice it sent, or by the e-mail address.
- A suspension needs an earlier warning to the same source on the same ground (Art. 23(2):
  "after having issued a prior warning"), runs for a stated period (`until`, at most a year)
  and can be lifted early. Each measure records the counts it rests on (Art. 23(3): absolute
  numbers and proportion of manifestly unfounded notices over the period considered).
- While suspended, the source's notices are still received and answered, with the reason; they
  are not processed, except child sexual abuse and terrorist content (intake/notices.py).
- Every measure and every lifting is audited by ground; none holds the e-mail address.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.intake.models import Notice, SourceSanction, TrustedFlagger
from safeharbour.intake.notices import NoticePolicy
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.kit.ids import new_id

MAX_SUSPENSION = timedelta(days=366)
EVIDENCE_PERIOD = timedelta(days=180)


class SanctionGround(StrEnum):
    MANIFESTLY_UNFOUNDED_NOTICES = "manifestly_unfounded_notices"
    MANIFESTLY_UNFOUNDED_COMPLAINTS = "manifestly_unfounded_complaints"


@dataclass(frozen=True)
class SourceRef:
    """How staff name a source: exactly one of the three."""

    flagger_id: uuid.UUID | None = None
    notice_id: uuid.UUID | None = None
    email: str | None = None


@dataclass(frozen=True)
class ResolvedSource:
    key: str
    flagger_id: uuid.UUID | None


def resolve_source(session: Session, ref: SourceRef, policy: NoticePolicy) -> ResolvedSource:
    given = [v for v in (ref.flagger_id, ref.notice_id, ref.email) if v is not None]
    if len(given) != 1:
        raise InvalidInput("name the source by flagger_id, notice_id or email", field="source")
    if ref.flagger_id is not None:
        if session.get(TrustedFlagger, ref.flagger_id) is None:
            raise NotFound("no trusted flagger with this id", field="source.flagger_id")
        return ResolvedSource(f"flagger:{ref.flagger_id}", ref.flagger_id)
    if ref.notice_id is not None:
        notice = session.get(Notice, ref.notice_id)
        if notice is None:
            raise NotFound("no notice with this id", field="source.notice_id")
        if notice.source_key.startswith("client:"):
            raise InvalidInput(
                "this notice was sent anonymously: its sender cannot be identified, only "
                "rate-limited",
                field="source.notice_id",
            )
        return ResolvedSource(notice.source_key, notice.flagger_id)
    assert ref.email is not None
    if "@" not in ref.email:
        raise InvalidInput("expected an e-mail address", field="source.email")
    return ResolvedSource(policy.email_source_key(ref.email), None)


def source_evidence(session: Session, source_key: str, now: datetime) -> dict[str, Any]:
    """Art. 23(3)(a)-(b): notices and manifestly unfounded ones over the period considered."""
    since = now - EVIDENCE_PERIOD
    total, unfounded = session.execute(
        select(
            func.count(Notice.id),
            func.sum(case((Notice.manifestly_unfounded, 1), else_=0)),
        ).where(Notice.source_key == source_key, Notice.received_at > since)
    ).one()
    total = int(total or 0)
    unfounded = int(unfounded or 0)
    return {
        "period_days": EVIDENCE_PERIOD.days,
        "notices": total,
        "manifestly_unfounded": unfounded,
        "share_unfounded": round(unfounded / total, 4) if total else None,
    }


def _record(
    unit: UnitOfWork,
    tag: AuditTag,
    sanction: SourceSanction,
    actor: Actor,
    extra: dict[str, Any] | None = None,
) -> None:
    unit.record(
        tag,
        actor=actor,
        subjects={
            "sanction": sanction.id,
            "source": sanction.source_key,
            **({"flagger": sanction.flagger_id} if sanction.flagger_id else {}),
        },
        snapshot={"ground": sanction.ground, "kind": sanction.kind, **(extra or {})},
    )


def _new(
    unit: UnitOfWork,
    source: ResolvedSource,
    kind: str,
    ground: SanctionGround,
    reason: str,
    until: datetime | None,
    actor: Actor,
) -> SourceSanction:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("state the reason, with the notices it rests on", field="reason")
    now = unit.clock.now()
    sanction = SourceSanction(
        id=new_id(),
        source_key=source.key,
        flagger_id=source.flagger_id,
        kind=kind,
        ground=ground.value,
        reason=reason[:5000],
        evidence=source_evidence(unit.session, source.key, now),
        starts_at=now,
        ends_at=until,
        created_by=actor.ref,
    )
    unit.session.add(sanction)
    unit.session.flush()
    return sanction


def do_warn_source(
    unit: UnitOfWork,
    *,
    source: ResolvedSource,
    ground: SanctionGround | str,
    reason: str,
    actor: Actor,
) -> SourceSanction:
    ground = _ground(ground)
    sanction = _new(unit, source, "warning", ground, reason, None, actor)
    _record(unit, AuditTag.INTAKE_SOURCE_WARNED, sanction, actor, sanction.evidence)
    return sanction


def do_suspend_source(
    unit: UnitOfWork,
    *,
    source: ResolvedSource,
    ground: SanctionGround | str,
    reason: str,
    until: datetime,
    actor: Actor,
) -> SourceSanction:
    ground = _ground(ground)
    now = unit.clock.now()
    if until.tzinfo is None or until <= now:
        raise InvalidInput("a suspension needs an end in the future", field="until")
    if until - now > MAX_SUSPENSION:
        raise InvalidInput("a suspension lasts a reasonable period: at most a year", field="until")
    warned = unit.session.scalars(
        select(SourceSanction.id).where(
            SourceSanction.source_key == source.key,
            SourceSanction.kind == "warning",
            SourceSanction.ground == ground.value,
            SourceSanction.lifted_at.is_(None),
        )
    ).first()
    if warned is None:
        raise Conflict(
            "Art. 23 requires a prior warning on this ground before a suspension",
            field="kind",
        )
    active = unit.session.scalars(
        select(SourceSanction.id).where(
            SourceSanction.source_key == source.key,
            SourceSanction.kind == "suspension",
            SourceSanction.lifted_at.is_(None),
            (SourceSanction.ends_at.is_(None)) | (SourceSanction.ends_at > now),
        )
    ).first()
    if active is not None:
        raise Conflict("this source is already suspended", field="source")
    sanction = _new(unit, source, "suspension", ground, reason, until, actor)
    _record(
        unit,
        AuditTag.INTAKE_SOURCE_SUSPENDED,
        sanction,
        actor,
        {**sanction.evidence, "until": until.isoformat(), "warning": str(warned)},
    )
    return sanction


def do_lift_sanction(
    unit: UnitOfWork, sanction_id: uuid.UUID, *, reason: str, actor: Actor
) -> SourceSanction:
    """Reverse a warning or a suspension (a mistake, a successful complaint, an early end)."""
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("say why the measure is lifted", field="reason")
    sanction = unit.session.get(SourceSanction, sanction_id, with_for_update=True)
    if sanction is None:
        raise NotFound("no measure with this id", field="sanction_id")
    if sanction.lifted_at is not None:
        raise Conflict("the measure was already lifted", field="sanction_id")
    sanction.lifted_at = unit.clock.now()
    sanction.lifted_by = actor.ref
    sanction.lift_reason = reason[:5000]
    _record(unit, AuditTag.INTAKE_SANCTION_LIFTED, sanction, actor)
    return sanction


def _ground(value: SanctionGround | str) -> SanctionGround:
    try:
        return SanctionGround(value)
    except ValueError:
        raise InvalidInput(
            f"expected one of {', '.join(g.value for g in SanctionGround)}", field="ground"
        ) from None


def sanction_view(sanction: SourceSanction, now: datetime) -> dict[str, Any]:
    active = sanction.lifted_at is None and (
        sanction.kind == "warning" or sanction.ends_at is None or sanction.ends_at > now
    )
    return {
        "id": str(sanction.id),
        "source": sanction.source_key,
        "flagger_id": str(sanction.flagger_id) if sanction.flagger_id else None,
        "kind": sanction.kind,
        "ground": sanction.ground,
        "reason": sanction.reason,
        "evidence": sanction.evidence,
        "starts_at": sanction.starts_at,
        "ends_at": sanction.ends_at,
        "created_by": sanction.created_by,
        "lifted_at": sanction.lifted_at,
        "lifted_by": sanction.lifted_by,
        "lift_reason": sanction.lift_reason,
        "active": active,
    }


def list_sanctions(
    session: Session, *, now: datetime, source_key: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    query = select(SourceSanction).order_by(SourceSanction.starts_at.desc()).limit(limit)
    if source_key is not None:
        query = query.where(SourceSanction.source_key == source_key)
    return [sanction_view(s, now) for s in session.scalars(query)]


def misuse_candidates(
    session: Session, *, now: datetime, min_unfounded: int = 5, limit: int = 100
) -> list[dict[str, Any]]:
    """Sources with at least `min_unfounded` manifestly unfounded notices in the period, most
    first: the list a senior moderator reviews case by case (Art. 23(3)). Anonymous sources are
    left out: they cannot be attributed."""
    since = now - EVIDENCE_PERIOD
    unfounded = func.sum(case((Notice.manifestly_unfounded, 1), else_=0))
    rows = session.execute(
        select(Notice.source_key, Notice.flagger_id, func.count(Notice.id), unfounded)
        .where(Notice.received_at > since, ~Notice.source_key.startswith("client:"))
        .group_by(Notice.source_key, Notice.flagger_id)
        .having(unfounded >= min_unfounded)
        .order_by(unfounded.desc())
        .limit(limit)
    ).all()
    return [
        {
            "source": key,
            "flagger_id": str(flagger_id) if flagger_id else None,
            "notices": int(total),
            "manifestly_unfounded": int(bad or 0),
            "share_unfounded": round(int(bad or 0) / int(total), 4) if total else None,
            "period_days": EVIDENCE_PERIOD.days,
        }
        for key, flagger_id, total, bad in rows
    ]
