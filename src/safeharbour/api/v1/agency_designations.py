"""`/api/v1/admin/agencies/{id}/tco-designation`: an agency's designation under TCO Art. 12.

Only authorities designated by their Member State and listed in the Commission's register may
issue TCO removal orders; the legal engine reads the designation from the agency record
(`legal/tco_designation.py`). PUT records the register entry, DELETE clears it.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.legal.tco_designation import MAX_REFERENCE_LENGTH, do_set_agency_tco_designation
from safeharbour.web.deps import ContainerDep, require

router = APIRouter(prefix="/admin/agencies", tags=["admin"])


class DesignationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    register_reference: Annotated[str, Field(min_length=1, max_length=MAX_REFERENCE_LENGTH)] = (
        Field(description="The Commission register entry (TCO Art. 12(4)) the agency is in.")
    )


class DesignationOut(BaseModel):
    agency: uuid.UUID
    tco_designation: str | None


async def _set(
    agency_id: uuid.UUID, reference: str | None, container: ContainerDep, principal: Principal
) -> DesignationOut:
    agency = await container.tx.awrite(
        lambda unit: do_set_agency_tco_designation(
            unit, agency_id, reference=reference, actor=principal.actor
        )
    )
    return DesignationOut(agency=agency.id, tco_designation=agency.tco_designation)


@router.put("/{agency_id}/tco-designation")
async def designation_set(
    agency_id: uuid.UUID,
    body: DesignationIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.AGENCIES_WRITE)],
) -> DesignationOut:
    return await _set(agency_id, body.register_reference, container, principal)


@router.delete("/{agency_id}/tco-designation")
async def designation_clear(
    agency_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.AGENCIES_WRITE)],
) -> DesignationOut:
    return await _set(agency_id, None, container, principal)
