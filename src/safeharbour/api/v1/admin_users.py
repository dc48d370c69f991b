"""Console-user administration: `/api/v1/admin/users`.

Responses never carry password hashes or TOTP secrets, except the one response that creates
a TOTP enrolment: its secret is shown there once, like an API key.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from safeharbour.authz.models import User
from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission, Role
from safeharbour.authz.users import do_create_user, do_disable_user, list_users
from safeharbour.kit.clock import rfc3339
from safeharbour.web.deps import ContainerDep, require

router = APIRouter(prefix="/admin/users", tags=["admin"])


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: Annotated[str, Field(max_length=320)]
    role: Role
    password: Annotated[str, Field(description="At least 12 characters.")]
    agency_id: uuid.UUID | None = Field(None, description="Required for role authority.")
    flagger_id: uuid.UUID | None = Field(None, description="Required for role trusted_flagger.")
    totp: bool | None = Field(
        None,
        description="Enrol a TOTP secret and require it at sign-in. Always done for roles that "
        "can see or release personal data (admin, senior_moderator, legal_officer, auditor, "
        "authority), for which `false` is refused; other roles only when `true`.",
    )
    display_name: Annotated[str, Field(min_length=1, max_length=200)] | None = Field(
        None, description="Shown to colleagues instead of a pseudonym."
    )


def _user_out(user: User) -> dict[str, Any]:
    return {
        "id": str(user.id),
        "email": user.email,
        "role": user.role,
        "display_name": user.display_name,
        "agency_id": str(user.agency_id) if user.agency_id else None,
        "flagger_id": str(user.flagger_id) if user.flagger_id else None,
        "totp_required": user.totp_required,
        "created_at": rfc3339(user.created_at),
        "disabled_at": rfc3339(user.disabled_at) if user.disabled_at else None,
    }


@router.get("")
async def get_users(
    container: ContainerDep, _: Annotated[Principal, require(Permission.USERS_READ)]
) -> dict[str, Any]:
    return await container.tx.aread(
        lambda session: {"users": [_user_out(u) for u in list_users(session)]}
    )


@router.post("", status_code=201)
async def create_user(
    body: UserIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.USERS_WRITE)],
) -> dict[str, Any]:
    """Create a console user. With `totp`, the reply's `totp` object is the only copy of the
    secret and its otpauth:// URI."""

    created = await container.tx.awrite(
        lambda unit: do_create_user(
            unit,
            email=body.email,
            password=body.password,
            role=body.role,
            agency_id=body.agency_id,
            flagger_id=body.flagger_id,
            totp=body.totp,
            display_name=body.display_name,
            cipher=container.keys.cipher,
            actor=principal.actor,
        )
    )
    totp = (
        {"secret": created.totp.secret, "provisioning_uri": created.totp.provisioning_uri}
        if created.totp
        else None
    )
    return {"id": str(created.id), "totp": totp}


@router.post("/{user_id}/disable")
async def disable_user(
    user_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.USERS_WRITE)],
) -> dict[str, Any]:
    """Disable a user and end their open sessions at once."""

    user = await container.tx.awrite(
        lambda unit: do_disable_user(unit, user_id, actor=principal.actor)
    )
    return _user_out(user)
