"""The authority console (`/console/authority`): an agency's officers, signed in with TOTP.

Their agency's requests, the submission form (parsed by the same `parse_submission` and stored
by the same `do_submit_legal_request` as the API; verification `console_totp` when the officer
signs in with TOTP, otherwise the request is held as from an unverified sender), the receipt,
each request's timeline, final answer and the time the order was carried out, and supplements.
Every page is scoped to the officer's own agency: another agency's request is a 404, as in the
API.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import JSONResponse, Response

from safeharbour.authz.models import User
from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession
from safeharbour.consoles.authority_form import (
    REQUEST_FIELDS,
    SUPPLEMENT_FIELDS,
    field_of,
    options,
    request_body,
    supplement_body,
)
from safeharbour.consoles.forms import (
    form_values,
    only_known_fields,
    plain_errors,
    see_other,
    submit_once,
)
from safeharbour.consoles.guard import signed_in
from safeharbour.consoles.pages import render
from safeharbour.kit.canonical import digest_of
from safeharbour.kit.db import UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.legal.gateway import (
    GatewayConfig,
    NoticeFiling,
    Verification,
    agency_request_view,
    do_add_supplement,
    do_download_disclosure,
    do_submit_legal_request,
    list_agency_requests,
    list_disclosures,
    parse_submission,
    parse_supplement,
)
from safeharbour.web.deps import permission_doc
from safeharbour.web.downloads import content_disposition

TITLE = "Authority requests"
PERMISSION = Permission.LEGAL_REQUESTS_SUBMIT
router = APIRouter()
DOC = permission_doc(Permission.LEGAL_REQUESTS_SUBMIT)
Identity = Annotated[ActiveSession, Depends(signed_in)]


def _agency(identity: ActiveSession) -> uuid.UUID:
    agency = identity.principal.owner_id
    if agency is None:  # an authority user always has one; anyone else sees nothing here
        raise NotFound("no agency is linked to this account", field="agency")
    return agency


@router.get("/", openapi_extra=DOC)
async def requests_list(request: Request, identity: Identity) -> Response:
    container = request.app.state.container
    agency = _agency(identity)

    rows = await container.tx.aread(lambda session: list_agency_requests(session, agency))
    return render(request, "authority_list.html", {"requests": rows})


def _form_page(
    request: Request,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "authority_new.html",
        {
            **options(),
            "values": values or {"legal_instrument": "national", "urgency": "normal"},
            "errors": errors or {},
        },
        status_code=status_code,
    )


def _officer_has_totp(container: Any, identity: ActiveSession) -> bool:
    with container.database.reader() as session:
        user = session.get(User, identity.principal.user_id)
        return bool(user and user.totp_required and user.totp_secret_encrypted)


@router.get("/new", openapi_extra=DOC)
async def new_request(request: Request, identity: Identity) -> Response:
    return _form_page(request)


@router.post("/new", openapi_extra=DOC)
async def submit_request(request: Request, identity: Identity) -> Response:
    container = request.app.state.container
    agency = _agency(identity)
    config: GatewayConfig = container.gateway
    values = await form_values(request, lists=("data_requested", "offence_keywords"))
    answered: list[uuid.UUID] = []

    def act(unit: UnitOfWork) -> str:
        body = request_body(values)
        submission = parse_submission(body)
        totp = _officer_has_totp(container, identity)
        receipt = do_submit_legal_request(
            unit,
            submission,
            agency_id=agency,
            verification=Verification.CONSOLE_TOTP if totp else Verification.NONE,
            body_sha256=digest_of(body),
            idempotency_key=None,
            cipher=container.keys.cipher,
            status_secret=container.keys.secret_key,
            actor=identity.principal.actor,
            attachment_limits=config.attachment_limits,
            platform_hosts=config.platform_hosts,
            url_patterns=config.url_patterns,
            notice_filing=NoticeFiling(container.nta.notices, container.nta.review),
        )
        if receipt.status == "answered":
            answered.append(receipt.request_id)
        return f"/authority/requests/{receipt.request_id}/receipt"

    try:
        target = await run_in_threadpool(
            submit_once, container.tx, values, "authority.request", act
        )
    except InvalidInput as exc:
        errors = {field_of(k): v for k, v in plain_errors(exc).items()}
        return _form_page(
            request,
            values=values,
            errors=only_known_fields(errors, REQUEST_FIELDS),
            status_code=422,
        )
    if answered:
        await run_in_threadpool(container.nta.give_legal_effect, answered)
    return see_other(request, target)


def _view(request: Request, identity: ActiveSession, request_id: uuid.UUID) -> Any:
    container = request.app.state.container
    with container.database.reader() as session:
        return agency_request_view(session, request_id, _agency(identity))


def _released(request: Request, request_id: uuid.UUID) -> list[Any]:
    container = request.app.state.container
    with container.database.reader() as session:
        return [p for p in list_disclosures(session, request_id) if p.state == "released"]


@router.get("/requests/{request_id}/receipt", openapi_extra=DOC)
async def receipt(request: Request, identity: Identity, request_id: uuid.UUID) -> Response:
    view = await run_in_threadpool(_view, request, identity, request_id)
    return render(request, "authority_receipt.html", {"r": view, **options()})


@router.get("/requests/{request_id}", openapi_extra=DOC)
async def request_page(request: Request, identity: Identity, request_id: uuid.UUID) -> Response:
    return await _request_page(request, identity, request_id)


async def _request_page(
    request: Request,
    identity: ActiveSession,
    request_id: uuid.UUID,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    view = await run_in_threadpool(_view, request, identity, request_id)  # 404 for others
    packages = await run_in_threadpool(_released, request, request_id)
    return render(
        request,
        "authority_request.html",
        {
            "r": view,
            "packages": packages,
            **options(),
            "values": values or {},
            "errors": errors or {},
        },
        status_code=status_code,
    )


@router.post("/requests/{request_id}/supplements", openapi_extra=DOC)
async def supplement(request: Request, identity: Identity, request_id: uuid.UUID) -> Response:
    container = request.app.state.container
    agency = _agency(identity)
    config: GatewayConfig = container.gateway
    await run_in_threadpool(_view, request, identity, request_id)  # 404 for other agencies
    values = await form_values(request, lists=("data_requested",))

    def act(unit: UnitOfWork) -> str:
        body = supplement_body(values)
        parsed = parse_supplement(body)
        totp = _officer_has_totp(container, identity)
        do_add_supplement(
            unit,
            request_id,
            parsed,
            agency_id=agency,
            verification=Verification.CONSOLE_TOTP if totp else Verification.NONE,
            body_sha256=digest_of(body),
            idempotency_key=None,
            cipher=container.keys.cipher,
            actor=identity.principal.actor,
            attachment_limits=config.attachment_limits,
            url_patterns=config.url_patterns,
        )
        return f"/authority/requests/{request_id}"

    try:
        target = await run_in_threadpool(
            submit_once, container.tx, values, "authority.supplement", act
        )
    except (InvalidInput, Conflict) as exc:
        errors = {field_of(k): v for k, v in plain_errors(exc).items()}
        return await _request_page(
            request,
            identity,
            request_id,
            values=values,
            errors=only_known_fields(errors, SUPPLEMENT_FIELDS),
            status_code=409 if isinstance(exc, Conflict) else 422,
        )
    return see_other(request, target)


@router.get("/requests/{request_id}/disclosures/{disclosure_id}", openapi_extra=DOC)
async def download_disclosure(
    request: Request, identity: Identity, request_id: uuid.UUID, disclosure_id: uuid.UUID
) -> Response:
    """The sealed package (JSON with its SHA-256, signature and the platform's public key),
    for the requesting agency only, until it expires; each download is audited."""
    container = request.app.state.container
    agency = _agency(identity)
    await run_in_threadpool(_view, request, identity, request_id)  # 404 for other agencies

    payload = await container.tx.awrite(
        lambda unit: do_download_disclosure(
            unit,
            disclosure_id,
            agency_id=agency,
            request_id=request_id,
            cipher=container.keys.cipher,
            signer=container.keys.signer,
            actor=identity.principal.actor,
        )
    )
    return JSONResponse(
        payload,
        headers={
            "Content-Disposition": content_disposition(f"disclosure-{disclosure_id}.json"),
            "Cache-Control": "no-store",
        },
    )
