"""Trusted flaggers (DSA Art. 22): organisations whose notices are handled with priority.

Adding one is an admin decision and is audited; the organisation's name is not personal data,
but the audit entry still carries only its digest, like every other entry.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.intake.models import TrustedFlagger
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.kit.ids import new_id

MAX_NAME_LENGTH = 300


def do_add_trusted_flagger(
    unit: UnitOfWork, *, name: str, actor: Actor, demo: bool = False
) -> TrustedFlagger:
    """Register a trusted flagger; InvalidInput on `name` when empty or too long."""
    clean_name = (name or "").strip()
    if not clean_name or len(clean_name) > MAX_NAME_LENGTH:
        raise InvalidInput(f"a name of 1 to {MAX_NAME_LENGTH} characters is needed", field="name")
    flagger = TrustedFlagger(
        id=new_id(), name=clean_name, created_at=unit.clock.now(), details={}, demo=demo
    )
    unit.session.add(flagger)
    unit.session.flush()
    unit.record(
        AuditTag.AUTHZ_FLAGGER_CREATED,
        actor=actor,
        subjects={"flagger": flagger.id},
        snapshot={"name_sha256": sha256_hex(clean_name)},
    )
    return flagger


def list_trusted_flaggers(session: Session, *, limit: int = 1000) -> list[TrustedFlagger]:
    return list(
        session.scalars(
            select(TrustedFlagger).order_by(TrustedFlagger.created_at.desc()).limit(limit)
        )
    )


MAX_SLA_MINUTES = 30 * 24 * 60


def do_set_flagger_sla(
    unit: UnitOfWork,
    flagger_id: uuid.UUID,
    *,
    critical_minutes: int | None,
    default_minutes: int | None,
    actor: Actor,
) -> TrustedFlagger:
    """Set a flagger's deadlines (None = the installation's default): for child sexual abuse
    and terrorist content, and for everything else. Applies to notices received afterwards."""
    flagger = unit.session.get(TrustedFlagger, flagger_id, with_for_update=True)
    if flagger is None:
        raise NotFound("no trusted flagger with this id", field="flagger_id")
    for field, value in (
        ("critical_minutes", critical_minutes),
        ("default_minutes", default_minutes),
    ):
        if value is not None and not 1 <= value <= MAX_SLA_MINUTES:
            raise InvalidInput(f"between 1 and {MAX_SLA_MINUTES} minutes", field=field)
    flagger.sla_critical_minutes = critical_minutes
    flagger.sla_default_minutes = default_minutes
    unit.record(
        AuditTag.INTAKE_FLAGGER_SLA_SET,
        actor=actor,
        subjects={"flagger": flagger.id},
        snapshot={"critical_minutes": critical_minutes, "default_minutes": default_minutes},
    )
    return flagger


def do_suspend_trusted_flagger(
    unit: UnitOfWork, flagger_id: uuid.UUID, *, reason: str, actor: Actor
) -> TrustedFlagger:
    """Suspend a trusted flagger's status (Art. 22(6)): its notices are refused from now on,
    whether sent with its keys or from its console. The reason is kept only as a digest in the
    audit entry (it may name people); Conflict when already suspended."""
    clean_reason = (reason or "").strip()
    if not clean_reason or len(clean_reason) > 2000:
        raise InvalidInput("say why, in 1 to 2,000 characters", field="reason")
    flagger = unit.session.get(TrustedFlagger, flagger_id, with_for_update=True)
    if flagger is None:
        raise NotFound("no trusted flagger with this id", field="flagger_id")
    if flagger.suspended_at is not None:
        raise Conflict("this trusted flagger is already suspended", field="flagger_id")
    flagger.suspended_at = unit.clock.now()
    unit.record(
        AuditTag.AUTHZ_FLAGGER_SUSPENDED,
        actor=actor,
        subjects={"flagger": flagger.id},
        snapshot={"reason_sha256": sha256_hex(clean_reason)},
    )
    return flagger


def do_reinstate_trusted_flagger(
    unit: UnitOfWork, flagger_id: uuid.UUID, *, actor: Actor
) -> TrustedFlagger:
    """Lift a suspension; Conflict when the flagger is not suspended."""
    flagger = unit.session.get(TrustedFlagger, flagger_id, with_for_update=True)
    if flagger is None:
        raise NotFound("no trusted flagger with this id", field="flagger_id")
    if flagger.suspended_at is None:
        raise Conflict("this trusted flagger is not suspended", field="flagger_id")
    flagger.suspended_at = None
    unit.record(AuditTag.AUTHZ_FLAGGER_REINSTATED, actor=actor, subjects={"flagger": flagger.id})
    return flagger
