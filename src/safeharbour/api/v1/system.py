"""Who am I, the audit log, legal holds, mirror reads and API-key administration."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from safeharbour.audit.chain import entries_after
from safeharbour.authz.keys import do_create_api_key, do_revoke_api_key, list_api_keys
from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import ROLE_PERMISSIONS, Permission, Role
from safeharbour.intake.queries import ContentAudience, account_view, channel_view, post_view
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.values import BigDbInt, Instant
from safeharbour.legal.holds import do_place_legal_hold, do_release_legal_hold, list_holds
from safeharbour.web.deps import ContainerDep, require

router = APIRouter()


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


@router.get("/me", tags=["identity"])
async def whoami(
    principal: Annotated[Principal, require(Permission.SELF_READ)],
) -> dict[str, Any]:
    return {
        "actor": principal.actor.ref,
        "role": principal.role.value,
        "owner_id": str(principal.owner_id) if principal.owner_id else None,
        "permissions": sorted(p.value for p in ROLE_PERMISSIONS[principal.role]),
    }


# -- audit --------------------------------------------------------------------------------
@router.get("/audit/entries", tags=["audit"])
async def audit_entries(
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.AUDIT_READ)],
    after_seq: Annotated[BigDbInt, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict[str, Any]:
    return await container.tx.aread(
        lambda session: {"entries": entries_after(session, after_seq, limit)}
    )


@router.get("/audit/verify", tags=["audit"])
async def audit_verify(
    container: ContainerDep, _: Annotated[Principal, require(Permission.AUDIT_VERIFY)]
) -> dict[str, Any]:
    report = await container.tx.aread(container.verify_audit)
    return {
        "ok": report.ok,
        "entries": report.entries,
        "first_broken_seq": report.first_broken_seq,
        "reason": report.reason,
    }


# -- legal holds --------------------------------------------------------------------------
class HoldIn(_In):
    subject_kind: Literal["post", "account", "channel"]
    subject_id: Annotated[str, Field(min_length=1, max_length=200)]
    reason: Annotated[str, Field(min_length=1, max_length=2000)]
    held_until: Instant | None = None
    reference: Annotated[str, Field(max_length=200)] | None = None


def _hold_out(hold: Any) -> dict[str, Any]:
    return {
        "id": str(hold.id),
        "subject_kind": hold.subject_kind,
        "subject_id": hold.subject_id,
        "reason": hold.reason,
        "reference": hold.reference,
        "held_until": rfc3339(hold.held_until) if hold.held_until else None,
        "created_at": rfc3339(hold.created_at),
        "released_at": rfc3339(hold.released_at) if hold.released_at else None,
    }


@router.post(
    "/legal/holds",
    status_code=201,
    tags=["legal"],
)
async def place_hold(
    body: HoldIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.HOLDS_WRITE)],
) -> dict[str, Any]:
    hold = await container.tx.awrite(
        lambda unit: do_place_legal_hold(
            unit,
            subject_kind=body.subject_kind,
            subject_id=body.subject_id,
            reason=body.reason,
            held_until=body.held_until,
            reference=body.reference,
            actor=principal.actor,
        )
    )
    return _hold_out(hold)


@router.get("/legal/holds", tags=["legal"])
async def get_holds(
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.HOLDS_READ)],
    active: bool = True,
) -> dict[str, Any]:
    def run(session: Session) -> dict[str, Any]:
        holds = list_holds(session, active_only=active, now=container.clock.now())
        return {"holds": [_hold_out(h) for h in holds]}

    return await container.tx.aread(run)


@router.post(
    "/legal/holds/{hold_id}/release",
    tags=["legal"],
)
async def release_hold(
    hold_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.HOLDS_WRITE)],
) -> dict[str, Any]:
    hold = await container.tx.awrite(
        lambda unit: do_release_legal_hold(unit, hold_id, actor=principal.actor)
    )
    return _hold_out(hold)


# -- the platform mirror ------------------------------------------------------------------
@router.get(
    "/platform/posts/{post_id}",
    tags=["platform"],
)
async def get_post(
    post_id: str,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.MIRROR_READ)],
) -> dict[str, Any]:
    return await container.tx.aread(
        lambda session: post_view(session, post_id, ContentAudience.of(principal))
    )


@router.get(
    "/platform/accounts/{account_id}",
    tags=["platform"],
)
async def get_account(
    account_id: str,
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.MIRROR_READ)],
) -> dict[str, Any]:
    return await container.tx.aread(lambda session: account_view(session, account_id))


@router.get(
    "/platform/channels/{channel_id}",
    tags=["platform"],
)
async def get_channel(
    channel_id: str,
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.MIRROR_READ)],
) -> dict[str, Any]:
    return await container.tx.aread(lambda session: channel_view(session, channel_id))


# -- API keys -----------------------------------------------------------------------------
class KeyIn(_In):
    role: Role
    owner_id: uuid.UUID | None = None
    label: Annotated[str, Field(max_length=200)] | None = None


@router.post(
    "/admin/keys",
    status_code=201,
    tags=["admin"],
)
async def create_key(
    body: KeyIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.KEYS_WRITE)],
) -> dict[str, Any]:
    created = await container.tx.awrite(
        lambda unit: do_create_api_key(
            unit,
            role=body.role,
            owner_id=body.owner_id,
            label=body.label,
            actor=principal.actor,
        )
    )
    return {"id": str(created.id), "key": created.secret}


@router.get("/admin/keys", tags=["admin"])
async def get_keys(
    container: ContainerDep, _: Annotated[Principal, require(Permission.KEYS_READ)]
) -> dict[str, Any]:
    return await container.tx.aread(
        lambda session: {
            "keys": [
                {
                    "id": str(k.id),
                    "prefix": k.prefix,
                    "role": k.role,
                    "owner_id": str(k.owner_id) if k.owner_id else None,
                    "label": k.label,
                    "created_at": rfc3339(k.created_at),
                    "revoked_at": rfc3339(k.revoked_at) if k.revoked_at else None,
                }
                for k in list_api_keys(session)
            ]
        }
    )


@router.post(
    "/admin/keys/{key_id}/revoke",
    tags=["admin"],
)
async def revoke_key(
    key_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.KEYS_WRITE)],
) -> dict[str, Any]:
    key = await container.tx.awrite(
        lambda unit: do_revoke_api_key(unit, key_id, actor=principal.actor)
    )
    return {"id": str(key.id), "revoked_at": rfc3339(key.revoked_at)}  # type: ignore[arg-type]
