"""Notices (DSA Art. 16 and 22), their status, flagger accuracy and Art. 23 measures.

`POST /api/v1/notices` is the contract other tools drive (see intake/notice_schemas.py): open
to anyone, with `Authorization: Bearer KEY` for a trusted flagger, and an optional
`Idempotency-Key`. Every read of notices goes through the one scoping helper
(`intake.access.notice_scope`): a flagger sees its own notices and nothing else.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission, Role
from safeharbour.intake.access import notice_scope
from safeharbour.intake.flaggers import do_set_flagger_sla
from safeharbour.intake.notice_queries import (
    flagger_accuracy,
    get_notice,
    list_notices,
    status_by_token,
)
from safeharbour.intake.notice_schemas import NoticeReceipt, parse_notice
from safeharbour.intake.notices import PUBLIC_NOTIFIER, NoticeSource, do_submit_notice
from safeharbour.intake.sanctions import (
    SanctionGround,
    SourceRef,
    do_lift_sanction,
    do_suspend_source,
    do_warn_source,
    list_sanctions,
    misuse_candidates,
    resolve_source,
    sanction_view,
)
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.dsa import Keyword, StatementCategory
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.values import DbInt, Instant
from safeharbour.web.body import read_json
from safeharbour.web.deps import PUBLIC, ContainerDep, OptionalPrincipal, require
from safeharbour.web.serialize import to_json

router = APIRouter(tags=["notices"])

_NOTICE_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["location", "category", "explanation", "good_faith"],
                    "properties": {
                        "location": {
                            "oneOf": [
                                {
                                    "type": "object",
                                    "required": ["kind", "id"],
                                    "properties": {
                                        "kind": {"enum": ["post", "channel", "group", "account"]},
                                        "id": {"type": "string", "maxLength": 200},
                                    },
                                },
                                {
                                    "type": "object",
                                    "required": ["url"],
                                    "properties": {"url": {"type": "string", "format": "uri"}},
                                },
                            ]
                        },
                        "category": {"enum": [c.value for c in StatementCategory]},
                        "category_specification": {
                            "type": "array",
                            "items": {"enum": [k.value for k in Keyword]},
                        },
                        "explanation": {"type": "string", "maxLength": 10000},
                        "notifier": {
                            "type": ["object", "null"],
                            "required": ["name", "email"],
                            "properties": {
                                "name": {"type": "string"},
                                "email": {"type": "string", "format": "email"},
                            },
                        },
                        "good_faith": {"const": True},
                    },
                }
            }
        },
    }
}


class NoticeReceiptOut(BaseModel):
    """The 201 receipt of a notice (DSA Art. 16(4)): the contract other tools parse, its
    bytes pinned by tests/review/test_golden_responses.py (field order is the wire order)."""

    id: str
    received_at: str = Field(description="RFC 3339, UTC, e.g. 2026-06-01T12:00:00Z")
    status: str
    status_url: str = Field(description="The JSON status, absolute, with the secret token")
    status_page_url: str = Field(description="The same status as a public page, for people")
    next_steps: str

    @classmethod
    def of(cls, receipt: NoticeReceipt) -> NoticeReceiptOut:
        return cls(
            id=receipt.id,
            received_at=rfc3339(receipt.received_at),
            status=receipt.status,
            status_url=receipt.status_url,
            status_page_url=receipt.status_page_url,
            next_steps=receipt.next_steps,
        )


@router.post(
    "/notices",
    status_code=201,
    response_model=NoticeReceiptOut,
    openapi_extra={**_NOTICE_BODY, **PUBLIC},
    summary="Report illegal or harmful content; answers a receipt at once",
)
async def submit_notice(
    request: Request,
    response: Response,
    container: ContainerDep,
    principal: OptionalPrincipal,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> NoticeReceiptOut:
    """Anyone may send a notice; a trusted flagger adds `Authorization: Bearer KEY`. With an
    `Idempotency-Key`, a repeat answers the first receipt (header `Idempotent-Replayed: true`);
    a flagger reusing its key for another notice gets 409."""
    body = await read_json(request)
    nta = container.nta
    client = request.client.host if request.client else None
    source = NoticeSource(
        flagger_id=(
            principal.owner_id
            if principal is not None and principal.role == Role.TRUSTED_FLAGGER
            else None
        ),
        api_key_id=principal.key_id if principal is not None else None,
        caller=principal.actor.ref if principal is not None else None,
        client_address=client,
    )
    actor = principal.actor if principal is not None else PUBLIC_NOTIFIER

    def work() -> NoticeReceipt:
        submission = parse_notice(body)
        # Notices from many senders at once share durable commits (kit/transactions.py).
        return container.tx.write_grouped(
            lambda unit: do_submit_notice(
                unit,
                submission,
                source=source,
                policy=nta.notices,
                review=nta.review,
                idempotency_key=idempotency_key,
                actor=actor,
            )
        )

    receipt = await container.tx.call(work)
    response.headers["Location"] = receipt.status_url
    if receipt.repeated:
        response.headers["Idempotent-Replayed"] = "true"
    return NoticeReceiptOut.of(receipt)


@router.get(
    "/notices/status",
    openapi_extra=PUBLIC,
    summary="The status of a notice, for whoever holds its status link",
)
async def notice_status(
    container: ContainerDep, token: Annotated[str, Query(min_length=1, max_length=200)]
) -> Any:
    return to_json(
        await container.tx.aread(
            lambda session: status_by_token(
                session, token, now=container.clock.now(), policy=container.nta.review
            )
        )
    )


@router.get("/notices")
async def notices_list(
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.NOTICES_READ)],
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    before: Instant | None = None,
) -> Any:
    """Notices the caller may see, newest first (a trusted flagger: its own)."""

    return to_json(
        await container.tx.aread(
            lambda session: {
                "notices": list_notices(
                    session,
                    notice_scope(principal),
                    now=container.clock.now(),
                    policy=container.nta.review,
                    limit=limit,
                    before=before,
                )
            }
        )
    )


@router.get("/notices/{notice_id}")
async def notice_get(
    notice_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.NOTICES_READ)],
) -> Any:
    """One notice with its status and outcome; 404 for a notice outside the caller's scope."""

    return to_json(
        await container.tx.aread(
            lambda session: get_notice(
                session,
                notice_id,
                notice_scope(principal),
                now=container.clock.now(),
                policy=container.nta.review,
            )
        )
    )


# -- trusted flaggers ---------------------------------------------------------------------------
@router.get(
    "/flaggers/accuracy",
    tags=["flaggers"],
)
async def flaggers_accuracy(
    container: ContainerDep, principal: Annotated[Principal, require(Permission.NOTICES_READ)]
) -> Any:
    """Per flagger: notices, decided, upheld, accuracy (a flagger sees its own line only)."""

    return to_json(
        await container.tx.aread(
            lambda session: {"flaggers": flagger_accuracy(session, notice_scope(principal))}
        )
    )


class SlaIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    critical_minutes: Annotated[DbInt, Field(ge=1)] | None = Field(
        None, description="Child sexual abuse and terrorist content; null = the default."
    )
    default_minutes: Annotated[DbInt, Field(ge=1)] | None = Field(
        None, description="Everything else; null = the default."
    )


@router.post(
    "/flaggers/{flagger_id}/sla",
    tags=["flaggers"],
)
async def flagger_sla(
    flagger_id: uuid.UUID,
    body: SlaIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.FLAGGERS_WRITE)],
) -> Any:
    flagger = await container.tx.awrite(
        lambda unit: do_set_flagger_sla(
            unit,
            flagger_id,
            critical_minutes=body.critical_minutes,
            default_minutes=body.default_minutes,
            actor=principal.actor,
        )
    )
    return {
        "id": str(flagger.id),
        "critical_minutes": flagger.sla_critical_minutes,
        "default_minutes": flagger.sla_default_minutes,
    }


# -- Art. 23 ------------------------------------------------------------------------------------
class SourceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    flagger_id: uuid.UUID | None = None
    notice_id: uuid.UUID | None = None
    email: Annotated[str, Field(max_length=320)] | None = None


class SanctionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: SourceIn
    kind: Literal["warning", "suspension"]
    ground: SanctionGround
    reason: Annotated[str, Field(min_length=1, max_length=5000)]
    until: Instant | None = Field(None, description="Required for a suspension.")


class LiftIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Annotated[str, Field(min_length=1, max_length=5000)]


@router.get("/sanctions", tags=["misuse"])
async def sanctions_list(
    container: ContainerDep, _: Annotated[Principal, require(Permission.SANCTIONS_READ)]
) -> Any:
    return to_json(
        await container.tx.aread(
            lambda session: {"sanctions": list_sanctions(session, now=container.clock.now())}
        )
    )


@router.get(
    "/sanctions/candidates",
    tags=["misuse"],
)
async def sanctions_candidates(
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.SANCTIONS_READ)],
    min_unfounded: Annotated[DbInt, Query(ge=1)] = 5,
) -> Any:
    """Sources with many manifestly unfounded notices (Art. 23(3)), most first."""

    return to_json(
        await container.tx.aread(
            lambda session: {
                "sources": misuse_candidates(
                    session, now=container.clock.now(), min_unfounded=min_unfounded
                )
            }
        )
    )


@router.post(
    "/sanctions",
    status_code=201,
    tags=["misuse"],
)
async def sanction_create(
    body: SanctionIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.SANCTIONS_WRITE)],
) -> Any:
    """Warn a source, or suspend it after a warning (DSA Art. 23)."""

    def run() -> Any:
        def work(unit: Any) -> Any:
            source = resolve_source(
                unit.session,
                SourceRef(
                    flagger_id=body.source.flagger_id,
                    notice_id=body.source.notice_id,
                    email=body.source.email,
                ),
                container.nta.notices,
            )
            if body.kind == "warning":
                if body.until is not None:
                    raise InvalidInput("a warning has no end", field="until")
                return do_warn_source(
                    unit,
                    source=source,
                    ground=body.ground,
                    reason=body.reason,
                    actor=principal.actor,
                )
            if body.until is None:
                raise InvalidInput("a suspension needs its end", field="until")
            return do_suspend_source(
                unit,
                source=source,
                ground=body.ground,
                reason=body.reason,
                until=body.until,
                actor=principal.actor,
            )

        sanction = container.tx.write(work)
        return sanction_view(sanction, container.clock.now())

    return to_json(await container.tx.call(run))


@router.post(
    "/sanctions/{sanction_id}/lift",
    tags=["misuse"],
)
async def sanction_lift(
    sanction_id: uuid.UUID,
    body: LiftIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.SANCTIONS_WRITE)],
) -> Any:
    sanction = await container.tx.awrite(
        lambda unit: do_lift_sanction(unit, sanction_id, reason=body.reason, actor=principal.actor)
    )
    return to_json(sanction_view(sanction, container.clock.now()))
