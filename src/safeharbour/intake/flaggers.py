"""Trusted flaggers (DSA Art. 22): organisations whose notices are handled with priority.

Adding one is an admin decision and is audited; the organisation's name is not personal data,
but the audit entry still carries only its digest, like every other entry.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.intake.models import TrustedFlagger
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import InvalidInput
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
