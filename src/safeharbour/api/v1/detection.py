"""Detection read routes for moderators: rule outcomes (what shadow rules would have done) and
the state of the rules and retro-scans."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.bootstrap import detection_rules
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

    def read() -> dict[str, Any]:
        with container.database.reader() as session:
            rows = rule_outcomes(session, shadow=shadow, rule=rule, post=post, limit=limit)
        return {"outcomes": rows}

    return await run_in_threadpool(read)


@router.get("/detection/status")
async def detection_status(
    container: ContainerDep, _: Annotated[Principal, require(Permission.CASES_READ)]
) -> dict[str, Any]:
    """The rules in force (version, files, the last reload error) and the retro-scans."""

    def read() -> dict[str, Any]:
        source = detection_rules(container)
        source.poll()
        with container.database.reader() as session:
            rescans = rescan_status(session)
        return {"rules": source.status(), "rescans": rescans}

    return await run_in_threadpool(read)
