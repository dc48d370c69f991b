"""Platform integration routes (docs/webhooks.md).

- `POST /api/v1/platform/events`: the ingest body of `POST /api/v1/events`, authenticated by the
  webhook signature instead of an API key (public in the role table; a missing, stale or wrong
  signature answers 401 naming the header). Answers 503 while `SAFEHARBOUR_WEBHOOK_SECRET` is
  unset.
- `GET /api/v1/enforcement/dead-letters`: platform calls that failed for good.
- `POST /api/v1/enforcement/{action_id}/retry`: re-send one of them (same idempotency key).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Request
from pydantic import BaseModel

from safeharbour.api.v1.events import _BODY_DOC, IngestReply
from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.enforcement.actions import dead_letters
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.intake.mirror import do_ingest_events
from safeharbour.intake.schemas import parse_batch_body
from safeharbour.integrations.webhook.signing import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    SignatureError,
    verify,
)
from safeharbour.kit.db import Actor
from safeharbour.kit.errors import DomainError, Unauthenticated
from safeharbour.web.body import UnsupportedMediaType
from safeharbour.web.deps import PUBLIC, ContainerDep, require
from safeharbour.web.errors import MalformedBody, register_status

router = APIRouter()

PLATFORM_WEBHOOK = Actor("system", "platform-webhook", role="platform")


class WebhooksNotConfigured(DomainError):
    code = "not_configured"


register_status(WebhooksNotConfigured, 503)

_SIGNED_DOC: dict[str, Any] = {
    **_BODY_DOC,
    "parameters": [
        {
            "name": TIMESTAMP_HEADER,
            "in": "header",
            "required": True,
            "schema": {"type": "string"},
            "description": "Unix seconds; rejected when more than 300 s away.",
        },
        {
            "name": SIGNATURE_HEADER,
            "in": "header",
            "required": True,
            "schema": {"type": "string"},
            "description": 'v1=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>',
        },
    ],
}


@router.post(
    "/platform/events",
    response_model=IngestReply,
    tags=["platform"],
    openapi_extra={**_SIGNED_DOC, **PUBLIC, "x-authentication": "webhook-signature"},
    summary="Push platform events signed with the webhook secret (same body as /events)",
)
async def ingest_signed_events(request: Request, container: ContainerDep) -> IngestReply:
    secret = container.settings.webhook_secret
    if not secret:
        raise WebhooksNotConfigured(
            "inbound webhooks are off: set SAFEHARBOUR_WEBHOOK_SECRET",
            field="SAFEHARBOUR_WEBHOOK_SECRET",
        )
    raw = await request.body()
    try:
        verify(
            secret,
            raw,
            request.headers.get(TIMESTAMP_HEADER),
            request.headers.get(SIGNATURE_HEADER),
            now=container.clock.now().timestamp(),
        )
    except SignatureError as exc:
        raise Unauthenticated(str(exc), field=exc.header) from None
    content_type = request.headers.get("content-type", "application/json")
    if "json" not in content_type.lower():
        raise UnsupportedMediaType("send the body as application/json", field="Content-Type")
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise MalformedBody(f"the body is not valid JSON: {exc}", field="body") from None
    max_events = container.settings.ingest_max_events

    def work() -> IngestReply:
        events = parse_batch_body(body, max_events=max_events)
        result = container.tx.write(
            lambda unit: do_ingest_events(
                unit,
                events,
                actor=PLATFORM_WEBHOOK,
                max_future=container.settings.ingest_max_future,
            )
        )
        return IngestReply(accepted=result.accepted, duplicates=result.duplicates)

    return await container.tx.call(work)


class DeadLetter(BaseModel):
    id: uuid.UUID
    kind: str
    target_kind: str
    target_id: str
    decision_id: uuid.UUID | None
    legal_request_id: uuid.UUID | None
    adapter: str | None
    attempts: int
    detail: str | None
    created_at: datetime
    failed_at: datetime | None


class DeadLetters(BaseModel):
    items: list[DeadLetter]
    count: int


def _dead_letter(row: EnforcementAction) -> DeadLetter:
    return DeadLetter(
        id=row.id,
        kind=row.kind,
        target_kind=row.target_kind,
        target_id=row.target_id,
        decision_id=row.decision_id,
        legal_request_id=row.legal_request_id,
        adapter=row.adapter,
        attempts=row.attempts,
        detail=row.detail,
        created_at=row.created_at,
        failed_at=row.done_at,
    )


@router.get(
    "/enforcement/dead-letters",
    response_model=DeadLetters,
    tags=["enforcement"],
    summary="Platform calls that failed their last attempt",
)
async def list_dead_letters(
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.ENFORCEMENT_READ)],
) -> DeadLetters:
    items = await container.tx.aread(lambda s: [_dead_letter(r) for r in dead_letters(s)])
    return DeadLetters(items=items, count=len(items))


class RetryReply(BaseModel):
    id: uuid.UUID
    status: str
    detail: str | None


@router.post(
    "/enforcement/{action_id}/retry",
    response_model=RetryReply,
    tags=["enforcement"],
    summary="Re-send a dead-lettered platform call now (same idempotency key)",
)
async def retry_dead_letter(
    action_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.ENFORCEMENT_RETRY)],
) -> RetryReply:
    fresh = await container.tx.call(lambda: container.retry_enforcement(action_id, principal.actor))
    return RetryReply(id=fresh.id, status=fresh.status, detail=fresh.detail)
