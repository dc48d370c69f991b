"""Authorities' API: submit a legal request, follow it, supplement it (docs/authority-gateway.md).

The sender is the agency of the API key, checked against the agency's signing key before the
body is parsed; the 201 receipt is sent only after the request is committed.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.bootstrap import Container
from safeharbour.kit.canonical import digest_of
from safeharbour.kit.db import UnitOfWork
from safeharbour.legal.assessment import DataField, LegalInstrument, LegalProcess, RequestType
from safeharbour.legal.assessment.schemas import TargetKind, Urgency
from safeharbour.legal.gateway import (
    SIGNATURE_HEADER,
    AgencyRequestView,
    NoticeFiling,
    Receipt,
    Sender,
    StatusView,
    Submission,
    agency_request_view,
    authenticate_sender,
    do_add_supplement,
    do_download_disclosure,
    do_submit_legal_request,
    parse_submission,
    parse_supplement,
    status_view,
)
from safeharbour.web.body import read_json
from safeharbour.web.deps import PUBLIC, ContainerDep, require

router = APIRouter(prefix="/legal/requests", tags=["legal requests (authorities)"])


async def _sender(
    container: Container, principal: Principal, request: Request, signature: str | None
) -> Sender:
    raw = await request.body()

    return await container.tx.aread(
        lambda session: authenticate_sender(
            session, owner_id=principal.owner_id, body=raw, signature=signature
        )
    )


def _values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]


_TARGET_SCHEMA = {
    "oneOf": [
        {
            "type": "object",
            "required": ["kind", "id"],
            "additionalProperties": False,
            "properties": {
                "kind": {"type": "string", "enum": _values(TargetKind)},
                "id": {"type": "string"},
            },
        },
        {
            "type": "object",
            "required": ["url"],
            "additionalProperties": False,
            "properties": {"url": {"type": "string", "format": "uri"}},
        },
    ]
}
_ATTACHMENT_SCHEMA = {
    "type": "object",
    "required": ["filename", "content_type", "content_base64"],
    "additionalProperties": False,
    "properties": {
        "filename": {"type": "string"},
        "content_type": {"type": "string"},
        "content_base64": {"type": "string", "contentEncoding": "base64"},
    },
}
_SUBMIT_DOC: dict[str, Any] = {
    "parameters": [
        {
            "name": "Idempotency-Key",
            "in": "header",
            "required": False,
            "schema": {"type": "string"},
        },
        {
            "name": SIGNATURE_HEADER,
            "in": "header",
            "required": False,
            "description": "base64 Ed25519 signature of the raw body; required when the agency "
            "registered a signing key",
            "schema": {"type": "string"},
        },
    ],
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["type", "statement", "targets"],
                    "additionalProperties": False,
                    "properties": {
                        "type": {
                            "type": "string",
                            "enum": _values(RequestType),
                        },
                        "reference": {"type": ["string", "null"]},
                        "legal_instrument": {
                            "type": "string",
                            "enum": _values(LegalInstrument),
                        },
                        "legal_process": {
                            "type": "string",
                            "enum": _values(LegalProcess),
                        },
                        "legal_basis": {"type": ["string", "null"]},
                        "offence_category": {"type": ["string", "null"]},
                        "offence_keywords": {"type": "array", "items": {"type": "string"}},
                        "judicial_authorisation": {"type": "boolean"},
                        "urgency": {"type": "string", "enum": _values(Urgency)},
                        "threat_to_life": {"type": "boolean"},
                        "gag_order": {"type": "boolean"},
                        "gag_order_until": {"type": ["string", "null"], "format": "date"},
                        "statement": {"type": "string"},
                        "targets": {"type": "array", "items": _TARGET_SCHEMA},
                        "data_requested": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "enum": _values(DataField),
                            },
                        },
                        "attachments": {"type": "array", "items": _ATTACHMENT_SCHEMA},
                    },
                }
            }
        },
    },
}
_SUPPLEMENT_DOC: dict[str, Any] = {
    "parameters": _SUBMIT_DOC["parameters"],
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["statement"],
                    "additionalProperties": False,
                    "description": "statement (what is added) plus any of: legal_process, "
                    "legal_basis, offence_category, offence_keywords, judicial_authorisation, "
                    "threat_to_life, gag_order, gag_order_until, targets, data_requested, "
                    "attachments",
                    "properties": {"statement": {"type": "string"}},
                }
            }
        },
    },
}


def _created(body: dict[str, Any], replayed: bool, location: str) -> JSONResponse:
    headers = {"Location": location}
    if replayed:
        headers["Idempotent-Replayed"] = "true"
    return JSONResponse(body, status_code=201, headers=headers)


@router.post(
    "",
    status_code=201,
    openapi_extra=_SUBMIT_DOC,
    summary="Submit a legal request; 201 with the receipt once it is durably stored",
)
async def submit_request(
    request: Request,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_SUBMIT)],
    idempotency_key: Annotated[str | None, Header(include_in_schema=False)] = None,
    signature: Annotated[
        str | None, Header(alias=SIGNATURE_HEADER, include_in_schema=False)
    ] = None,
) -> JSONResponse:
    sender = await _sender(container, principal, request, signature)
    body = await read_json(request)
    config = container.gateway

    def submit(unit: UnitOfWork, submission: Submission) -> Receipt:
        receipt = do_submit_legal_request(
            unit,
            submission,
            agency_id=sender.agency_id,
            verification=sender.verification,
            body_sha256=digest_of(body),
            idempotency_key=idempotency_key,
            cipher=container.keys.cipher,
            status_secret=container.keys.secret_key,
            actor=principal.actor,
            attachment_limits=config.attachment_limits,
            platform_hosts=config.platform_hosts,
            url_patterns=config.url_patterns,
            notice_filing=NoticeFiling(container.nta.notices, container.nta.review),
        )
        if receipt.status == "answered" and not receipt.replayed:
            # The policy's automatic path: carry the order out once committed.
            unit.after_commit(lambda: container.nta.give_legal_effect([receipt.request_id]))
        return receipt

    def work() -> dict[str, Any]:
        submission = parse_submission(body)
        # Orders from many agencies at once share durable commits (kit/transactions.py).
        receipt = container.tx.write_grouped(lambda unit: submit(unit, submission))
        return {
            **receipt.as_json(),
            "status_url": config.status_url(receipt.request_id, receipt.status_token),
            "_replayed": receipt.replayed,
        }

    result = await container.tx.call(work)
    replayed = bool(result.pop("_replayed"))
    return _created(result, replayed, config.request_url(result["id"]))


@router.get(
    "/{request_id}",
    response_model=AgencyRequestView,
    summary="The request's timeline and answer (the sending agency only; others get 404)",
)
async def get_request(
    request_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_SUBMIT)],
) -> AgencyRequestView:
    return await container.tx.aread(
        lambda session: agency_request_view(session, request_id, principal.owner_id)
    )


@router.post(
    "/{request_id}/supplements",
    status_code=201,
    openapi_extra=_SUPPLEMENT_DOC,
    summary="Add information to a request; after need_more_info the clock restarts",
)
async def add_supplement(
    request_id: uuid.UUID,
    request: Request,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_SUBMIT)],
    idempotency_key: Annotated[str | None, Header(include_in_schema=False)] = None,
    signature: Annotated[
        str | None, Header(alias=SIGNATURE_HEADER, include_in_schema=False)
    ] = None,
) -> JSONResponse:
    sender = await _sender(container, principal, request, signature)
    body = await read_json(request)
    config = container.gateway

    def work() -> tuple[dict[str, Any], bool]:
        supplement = parse_supplement(body)
        result = container.tx.write(
            lambda unit: do_add_supplement(
                unit,
                request_id,
                supplement,
                agency_id=sender.agency_id,
                verification=sender.verification,
                body_sha256=digest_of(body),
                idempotency_key=idempotency_key,
                cipher=container.keys.cipher,
                actor=principal.actor,
                attachment_limits=config.attachment_limits,
                url_patterns=config.url_patterns,
                notice_filing=NoticeFiling(container.nta.notices, container.nta.review),
            )
        )
        return result.as_json(), result.replayed

    payload, replayed = await container.tx.call(work)
    return _created(payload, replayed, config.request_url(request_id))


@router.get(
    "/{request_id}/disclosures/{package_id}",
    summary="Download a released, sealed disclosure package (the requesting agency only, "
    "until it expires; every download is audited)",
)
async def download_disclosure(
    request_id: uuid.UUID,
    package_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_SUBMIT)],
) -> JSONResponse:
    payload = await container.tx.awrite(
        lambda unit: do_download_disclosure(
            unit,
            package_id,
            agency_id=principal.owner_id,
            request_id=request_id,
            cipher=container.keys.cipher,
            signer=container.keys.signer,
            actor=principal.actor,
        )
    )
    return JSONResponse(payload, headers={"Cache-Control": "no-store"})


@router.get(
    "/{request_id}/status",
    response_model=StatusView,
    openapi_extra=PUBLIC,
    summary="The receipt's status URL: states and times, for whoever holds its token",
)
async def get_status(
    request_id: uuid.UUID,
    container: ContainerDep,
    token: Annotated[str, Query(max_length=200)] = "",
) -> StatusView:
    return await container.tx.aread(lambda session: status_view(session, request_id, token))
