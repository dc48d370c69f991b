"""Detection read routes for moderators: rule outcomes (what shadow rules would have done) and
the state of the rules and retro-scans."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.detection.queries import rule_outcomes
from safeharbour.detection.retroscan import rescan_status
from safeharbour.web.deps import ContainerDep, require

router = APIRouter(tags=["detection"])


@router.get("/detection/rule-outcomes")
async def detection_rule_outcomes(
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.CASES_READ)],
    shadow: bool | None = None,
    rule: Annotated[str | None, Query(max_length=100)] = None,
    post: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    """Recorded rule outcomes, newest first; `shadow=true`: what rules in shadow mode would
    have done. Each names its rule, the rules version and the bank entries (digests)."""

    rows = await container.tx.aread(
        lambda session: rule_outcomes(session, shadow=shadow, rule=rule, post=post, limit=limit)
    )
    return {"outcomes": rows}


@router.get("/detection/status")
async def detection_status(
    container: ContainerDep, _: Annotated[Principal, require(Permission.CASES_READ)]
) -> dict[str, Any]:
    """The rules in force (version, files, the last reload error) and the retro-scans."""

    source = container.rules
    await container.tx.call(source.poll)  # reads the rules files: off the event loop
    rescans = await container.tx.aread(rescan_status)
    return {"rules": source.status(), "rescans": rescans}
