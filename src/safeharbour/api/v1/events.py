"""`POST /api/v1/events`: platform events into the mirror, answered once durable."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request
from pydantic import BaseModel

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.intake.mirror import do_ingest_events
from safeharbour.intake.schemas import parse_batch_body
from safeharbour.web.body import read_json
from safeharbour.web.deps import ContainerDep, require

router = APIRouter(tags=["platform"])


GROUPED_BATCH = 10
"""Batches of at most this many events go through group commit (kit/transactions.py)."""


class IngestReply(BaseModel):
    accepted: int
    duplicates: int


_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["events"],
                    "properties": {
                        "events": {
                            "type": "array",
                            "minItems": 1,
                            "maxItems": 1000,
                            "items": {
                                "type": "object",
                                "required": ["event_id", "type", "occurred_at", "data"],
                                "properties": {
                                    "event_id": {"type": "string"},
                                    "type": {
                                        "type": "string",
                                        "enum": [
                                            "account.upserted",
                                            "channel.upserted",
                                            "post.created",
                                            "post.edited",
                                            "post.deleted",
                                            "member.joined",
                                            "member.left",
                                        ],
                                    },
                                    "occurred_at": {"type": "string", "format": "date-time"},
                                    "data": {"type": "object"},
                                },
                            },
                        }
                    },
                }
            }
        },
    }
}


@router.post(
    "/events",
    response_model=IngestReply,
    openapi_extra=_BODY_DOC,
    summary="Push a batch of 1-1,000 platform events (idempotent on event_id, all or nothing)",
)
async def ingest_events(
    request: Request,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.EVENTS_WRITE)],
) -> IngestReply:
    body = await read_json(request)
    max_events = container.settings.ingest_max_events

    def work() -> IngestReply:
        events = parse_batch_body(body, max_events=max_events)
        # Small batches from many clients share durable commits; a large batch is its own.
        write = container.tx.write_grouped if len(events) <= GROUPED_BATCH else container.tx.write
        result = write(
            lambda unit: do_ingest_events(
                unit,
                events,
                actor=principal.actor,
                max_future=container.settings.ingest_max_future,
            )
        )
        return IngestReply(accepted=result.accepted, duplicates=result.duplicates)

    return await container.tx.call(work)
