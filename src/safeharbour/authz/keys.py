"""API keys for machines: created shown once, stored as SHA-256, revocable, role + owner scoped."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.authz.models import ApiKey
from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Role
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound

KEY_PREFIX = "shk_"
# Roles whose keys must name the organisation they act for.
OWNER_REQUIRED = {Role.AUTHORITY: "agency", Role.TRUSTED_FLAGGER: "trusted flagger"}


@dataclass(frozen=True)
class CreatedKey:
    id: uuid.UUID
    secret: str  # shown once, never stored


def _check_owner(unit: UnitOfWork, role: Role, owner_id: uuid.UUID | None) -> None:
    from safeharbour.intake.models import TrustedFlagger
    from safeharbour.legal.models import Agency

    if role in OWNER_REQUIRED and owner_id is None:
        raise InvalidInput(
            f"a {role} key needs --owner (the {OWNER_REQUIRED[role]} id)", field="owner"
        )
    if owner_id is None:
        return
    if role == Role.AUTHORITY and unit.session.get(Agency, owner_id) is None:
        raise NotFound("no agency with this id", field="owner")
    if role == Role.TRUSTED_FLAGGER and unit.session.get(TrustedFlagger, owner_id) is None:
        raise NotFound("no trusted flagger with this id", field="owner")


def do_create_api_key(
    unit: UnitOfWork,
    *,
    role: Role | str,
    owner_id: uuid.UUID | None = None,
    label: str | None = None,
    actor: Actor,
    demo: bool = False,
    secret: str | None = None,
) -> CreatedKey:
    try:
        role = Role(role)
    except ValueError:
        raise InvalidInput(
            f"unknown role; expected one of {', '.join(r.value for r in Role)}", field="role"
        ) from None
    _check_owner(unit, role, owner_id)
    secret = secret or KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        id=uuid.uuid4(),
        key_sha256=sha256_hex(secret),
        prefix=secret[:12],
        role=role.value,
        owner_id=owner_id,
        label=label,
        created_at=unit.clock.now(),
        demo=demo,
    )
    unit.session.add(key)
    unit.session.flush()
    unit.record(
        AuditTag.AUTHZ_KEY_CREATED,
        actor=actor,
        subjects={"key": key.id, **({"owner": owner_id} if owner_id else {})},
        snapshot={"role": role.value},
    )
    return CreatedKey(id=key.id, secret=secret)


def do_revoke_api_key(unit: UnitOfWork, key_id: uuid.UUID, *, actor: Actor) -> ApiKey:
    key = unit.session.get(ApiKey, key_id)
    if key is None:
        raise NotFound("no API key with this id", field="key_id")
    if key.revoked_at is not None:
        raise Conflict("the key is already revoked", field="key_id")
    key.revoked_at = unit.clock.now()
    unit.record(AuditTag.AUTHZ_KEY_REVOKED, actor=actor, subjects={"key": key.id})
    return key


def principal_for_api_key(session: Session, presented: str) -> Principal | None:
    row = session.execute(
        select(ApiKey.id, ApiKey.role, ApiKey.owner_id, ApiKey.revoked_at).where(
            ApiKey.key_sha256 == sha256_hex(presented)
        )
    ).first()
    if row is None or row.revoked_at is not None:
        return None
    return Principal(
        actor=Actor("api_key", str(row.id), row.role),
        role=Role(row.role),
        owner_id=row.owner_id,
        key_id=row.id,
    )


def list_api_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.created_at.desc()).limit(1000)))
