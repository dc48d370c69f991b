"""Legal holds: keep what would otherwise be purged, for a stated reason and period.

`do_place_legal_hold` and `do_release_legal_hold` are the only writers; the purge of content
whose holds have ended runs from the scheduler (`purge_after_holds_end`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, or_, select, tuple_
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import SYSTEM, Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.legal.models import LegalHold

HOLD_SUBJECT_KINDS = ("post", "account", "channel")


@dataclass(frozen=True)
class PostRef:
    id: str
    channel_id: str | None
    author_id: str | None


def _active(now: datetime) -> ColumnElement[bool]:
    return (LegalHold.released_at.is_(None)) & (
        or_(LegalHold.held_until.is_(None), LegalHold.held_until > now)
    )


def holds_for_posts(
    session: Session, posts: Iterable[PostRef], now: datetime
) -> dict[str, list[str]]:
    """Active hold ids per post id: holds on the post itself, its author or its channel."""
    posts = list(posts)
    if not posts:
        return {}
    keys: set[tuple[str, str]] = set()
    for post in posts:
        keys.add(("post", post.id))
        if post.author_id:
            keys.add(("account", post.author_id))
        if post.channel_id:
            keys.add(("channel", post.channel_id))
    found: dict[tuple[str, str], list[str]] = {}
    key_list = sorted(keys)
    for start in range(0, len(key_list), 400):
        chunk = key_list[start : start + 400]
        rows = session.execute(
            select(LegalHold.id, LegalHold.subject_kind, LegalHold.subject_id).where(
                tuple_(LegalHold.subject_kind, LegalHold.subject_id).in_(chunk), _active(now)
            )
        ).all()
        for hold_id, kind, subject in rows:
            found.setdefault((kind, subject), []).append(str(hold_id))
    result: dict[str, list[str]] = {}
    for post in posts:
        ids = found.get(("post", post.id), []) + found.get(("account", post.author_id or ""), [])
        ids += found.get(("channel", post.channel_id or ""), [])
        if ids:
            result[post.id] = sorted(set(ids))
    return result


def do_place_legal_hold(
    unit: UnitOfWork,
    *,
    subject_kind: str,
    subject_id: str,
    reason: str,
    held_until: datetime | None,
    reference: str | None = None,
    actor: Actor,
) -> LegalHold:
    if subject_kind not in HOLD_SUBJECT_KINDS:
        raise InvalidInput(f"expected one of {', '.join(HOLD_SUBJECT_KINDS)}", field="subject_kind")
    if not subject_id or len(subject_id) > 200:
        raise InvalidInput("a subject id of 1 to 200 characters is required", field="subject_id")
    if not reason or not reason.strip():
        raise InvalidInput("a hold needs its legal reason", field="reason")
    now = unit.clock.now()
    if held_until is not None and held_until <= now:
        raise InvalidInput("must be in the future", field="held_until")
    hold = LegalHold(
        id=new_id(),
        subject_kind=subject_kind,
        subject_id=subject_id,
        reason=reason.strip(),
        reference=reference,
        held_until=held_until,
        created_at=now,
        created_by=actor.ref,
        details={},
    )
    unit.session.add(hold)
    unit.session.flush()
    unit.record(
        AuditTag.LEGAL_HOLD_PLACED,
        actor=actor,
        subjects={"hold": hold.id, subject_kind: subject_id},
        snapshot={
            "reason_sha256": sha256_hex(hold.reason),
            "held_until": held_until.isoformat() if held_until else None,
            "reference": reference,
        },
    )
    return hold


def do_release_legal_hold(unit: UnitOfWork, hold_id: uuid.UUID, *, actor: Actor) -> LegalHold:
    hold = unit.session.get(LegalHold, hold_id, with_for_update=True)
    if hold is None:
        raise NotFound("no such legal hold", field="hold_id")
    if hold.released_at is not None:
        raise Conflict("the hold was already released", field="hold_id")
    hold.released_at = unit.clock.now()
    hold.released_by = actor.ref
    unit.record(
        AuditTag.LEGAL_HOLD_RELEASED,
        actor=actor,
        subjects={"hold": hold.id, hold.subject_kind: hold.subject_id},
    )
    return hold


def list_holds(session: Session, *, active_only: bool, now: datetime) -> list[LegalHold]:
    query = select(LegalHold).order_by(LegalHold.created_at.desc()).limit(1000)
    if active_only:
        query = query.where(_active(now))
    return list(session.scalars(query))


def purge_after_holds_end(unit: UnitOfWork, *, actor: Actor = SYSTEM) -> int:
    """Purge deleted posts that were sealed under holds that no longer apply."""
    from safeharbour.intake.mirror import purge_unheld_sealed_posts

    return purge_unheld_sealed_posts(unit, actor=actor)
