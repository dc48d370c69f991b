"""SQL for the gateway, and the one place access to a request is scoped to its agency.

`request_for_agency` is the only way transports serving an authority load a request: another
agency's request and a missing one are the same `NotFound`, so an agency cannot even learn
that someone else's request exists.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.kit.errors import NotFound
from safeharbour.legal.gateway.models import (
    LegalRequest,
    LegalRequestAnswer,
    LegalRequestAssessment,
    LegalRequestEvent,
)

NOT_FOUND = "no such request"


def get_request(
    session: Session, request_id: uuid.UUID, *, for_update: bool = False
) -> LegalRequest:
    request = session.get(LegalRequest, request_id, with_for_update=for_update or None)
    if request is None:
        raise NotFound(NOT_FOUND, field="request_id")
    return request


def request_for_agency(
    session: Session,
    request_id: uuid.UUID,
    agency_id: uuid.UUID | None,
    *,
    for_update: bool = False,
) -> LegalRequest:
    """The request if `agency_id` sent it; NotFound otherwise (never Forbidden)."""
    if agency_id is None:
        raise NotFound(NOT_FOUND, field="request_id")
    request = session.get(LegalRequest, request_id, with_for_update=for_update or None)
    if request is None or request.agency_id != agency_id:
        raise NotFound(NOT_FOUND, field="request_id")
    return request


def find_by_idempotency_key(
    session: Session, *, agency_id: uuid.UUID | None, submitted_by: str, key: str
) -> LegalRequest | None:
    query = select(LegalRequest).where(LegalRequest.idempotency_key == key)
    if agency_id is None:
        query = query.where(
            LegalRequest.agency_id.is_(None), LegalRequest.submitted_by == submitted_by
        )
    else:
        query = query.where(LegalRequest.agency_id == agency_id)
    return session.scalars(query.limit(1)).first()


def events_of(session: Session, request_id: uuid.UUID) -> Sequence[LegalRequestEvent]:
    return session.scalars(
        select(LegalRequestEvent)
        .where(LegalRequestEvent.request_id == request_id)
        .order_by(LegalRequestEvent.seq)
    ).all()


def answer_of(session: Session, request: LegalRequest) -> LegalRequestAnswer | None:
    return session.get(LegalRequestAnswer, request.answer_id) if request.answer_id else None


def assessment_of(session: Session, request: LegalRequest) -> LegalRequestAssessment | None:
    if request.assessment_id is None:
        return None
    return session.get(LegalRequestAssessment, request.assessment_id)


__all__ = [
    "NOT_FOUND",
    "answer_of",
    "assessment_of",
    "events_of",
    "find_by_idempotency_key",
    "get_request",
    "request_for_agency",
]
