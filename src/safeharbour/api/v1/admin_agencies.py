"""Agency administration: `/api/v1/admin/agencies` (list, add, read, change).

An agency is an authority allowed to send legal requests; adding it is its verification
record (`legal/agencies.py`). The call-back number is write-only here: it is stored encrypted
and shown to legal officers on the request it helps verify, so responses only say whether one
is on record.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.legal.agencies import (
    AgencyKind,
    do_add_agency,
    do_update_agency,
    get_agency,
    list_agencies,
)
from safeharbour.legal.models import Agency
from safeharbour.web.deps import ContainerDep, require

router = APIRouter(prefix="/admin/agencies", tags=["admin"])


class AgencyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, Field(min_length=1, max_length=300)]
    country: Annotated[str, Field(description="ISO 3166-1 alpha-2, such as DE")]
    kind: AgencyKind
    domains: Annotated[
        list[str], Field(min_length=1, max_length=50, description="Official e-mail domains.")
    ]
    signing_key_b64: str | None = Field(
        None, description="Base64 of the agency's raw 32-byte Ed25519 public key."
    )
    callback_phone: str | None = Field(
        None, description="Pre-verified E.164 number legal officers call back (stored encrypted)."
    )


class AgencyChange(BaseModel):
    """Only the fields given change."""

    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, Field(min_length=1, max_length=300)] | None = None
    country: str | None = None
    kind: AgencyKind | None = None
    domains: Annotated[list[str], Field(min_length=1, max_length=50)] | None = None
    signing_key_b64: str | None = None
    remove_signing_key: bool = False
    callback_phone: str | None = None


class AgencyOut(BaseModel):
    id: uuid.UUID
    name: str
    country: str
    kind: AgencyKind
    domains: list[str]
    signing_key_b64: str | None
    callback_phone_on_record: bool
    created_at: datetime

    @classmethod
    def of(cls, agency: Agency) -> AgencyOut:
        return cls(
            id=agency.id,
            name=agency.name,
            country=agency.country,
            kind=AgencyKind(agency.kind),
            domains=list(agency.domains or []),
            signing_key_b64=agency.signing_key_b64,
            callback_phone_on_record=agency.callback_phone_encrypted is not None,
            created_at=agency.created_at,
        )


class AgencyList(BaseModel):
    agencies: list[AgencyOut]


@router.get("")
async def agencies_list(
    container: ContainerDep, _: Annotated[Principal, require(Permission.AGENCIES_READ)]
) -> AgencyList:
    return await container.tx.aread(
        lambda session: AgencyList(agencies=[AgencyOut.of(a) for a in list_agencies(session)])
    )


@router.post("", status_code=201)
async def agency_add(
    body: AgencyIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.AGENCIES_WRITE)],
) -> AgencyOut:
    agency = await container.tx.awrite(
        lambda unit: do_add_agency(
            unit,
            name=body.name,
            country=body.country,
            kind=body.kind,
            domains=body.domains,
            signing_key_b64=body.signing_key_b64,
            callback_phone=body.callback_phone,
            cipher=container.keys.cipher,
            actor=principal.actor,
        )
    )
    return AgencyOut.of(agency)


@router.get("/{agency_id}")
async def agency_get(
    agency_id: uuid.UUID,
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.AGENCIES_READ)],
) -> AgencyOut:
    return await container.tx.aread(lambda session: AgencyOut.of(get_agency(session, agency_id)))


@router.patch("/{agency_id}")
async def agency_change(
    agency_id: uuid.UUID,
    body: AgencyChange,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.AGENCIES_WRITE)],
) -> AgencyOut:
    agency = await container.tx.awrite(
        lambda unit: do_update_agency(
            unit,
            agency_id,
            name=body.name,
            country=body.country,
            kind=body.kind,
            domains=body.domains,
            signing_key_b64=body.signing_key_b64,
            remove_signing_key=body.remove_signing_key,
            callback_phone=body.callback_phone,
            cipher=container.keys.cipher,
            actor=principal.actor,
        )
    )
    return AgencyOut.of(agency)
