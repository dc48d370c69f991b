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

from fastapi import APIRouter, Depends, Form, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import JSONResponse, RedirectResponse, Response

from safeharbour.authz.models import User
from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession
from safeharbour.consoles.guard import signed_in
from safeharbour.consoles.pages import base_path, render
from safeharbour.kit.canonical import digest_of
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.assessment import LegalInstrument, RequestType
from safeharbour.legal.assessment.schemas import Urgency
from safeharbour.legal.gateway import (
    GatewayConfig,
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


def parse_targets(text: str) -> list[dict[str, str]]:
    """One target a line: a link, or `kind:id` (post, channel, group, account)."""
    targets: list[dict[str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("http://", "https://")):
            targets.append({"url": line})
            continue
        kind, sep, ident = line.partition(":")
        if not sep or not ident.strip():
            raise InvalidInput(
                f"line {number}: write a link or kind:id (post:123, channel:abc)", field="targets"
            )
        targets.append({"kind": kind.strip().lower(), "id": ident.strip()})
    return targets


def _body(form: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": form["type"],
        "statement": form["statement"],
        "targets": parse_targets(form["targets"]),
        "legal_instrument": form["legal_instrument"],
        "urgency": form["urgency"],
        "judicial_authorisation": form["judicial_authorisation"],
        "threat_to_life": form["threat_to_life"],
        "gag_order": form["gag_order"],
    }
    for key in ("reference", "legal_basis", "gag_order_until"):
        if form.get(key):
            body[key] = form[key]
    return body


@router.get("/", openapi_extra=DOC)
async def requests_list(request: Request, identity: Identity) -> Response:
    container = request.app.state.container
    agency = _agency(identity)

    def read() -> list[Any]:
        with container.database.reader() as session:
            return list_agency_requests(session, agency)

    rows = await run_in_threadpool(read)
    return render(request, "authority_list.html", {"requests": rows})


def _form_page(
    request: Request, *, values: dict[str, Any] | None = None, message: str | None = None
) -> Response:
    return render(
        request,
        "authority_new.html",
        {
            "types": [t.value for t in RequestType],
            "instruments": [i.value for i in LegalInstrument],
            "urgencies": [u.value for u in Urgency],
            "values": values or {},
            "message": message,
        },
        status_code=422 if message else 200,
    )


@router.get("/new", openapi_extra=DOC)
async def new_request(request: Request, identity: Identity) -> Response:
    return _form_page(request)


@router.post("/new", openapi_extra=DOC)
async def submit_request(
    request: Request,
    identity: Identity,
    type: Annotated[str, Form(max_length=40)],
    statement: Annotated[str, Form(max_length=20000)],
    targets: Annotated[str, Form(max_length=20000)] = "",
    reference: Annotated[str, Form(max_length=200)] = "",
    legal_instrument: Annotated[str, Form(max_length=20)] = "national",
    legal_basis: Annotated[str, Form(max_length=4000)] = "",
    urgency: Annotated[str, Form(max_length=20)] = "normal",
    judicial_authorisation: Annotated[bool, Form()] = False,
    threat_to_life: Annotated[bool, Form()] = False,
    gag_order: Annotated[bool, Form()] = False,
    gag_order_until: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    container = request.app.state.container
    agency = _agency(identity)
    config: GatewayConfig = request.app.state.container.gateway
    values = {
        "type": type,
        "statement": statement,
        "targets": targets,
        "reference": reference,
        "legal_instrument": legal_instrument,
        "legal_basis": legal_basis,
        "urgency": urgency,
        "judicial_authorisation": judicial_authorisation,
        "threat_to_life": threat_to_life,
        "gag_order": gag_order,
        "gag_order_until": gag_order_until,
    }

    def work() -> tuple[uuid.UUID, str]:
        body = _body(values)
        submission = parse_submission(body)
        with container.database.reader() as session:
            user = session.get(User, identity.principal.user_id)
            totp = bool(user and user.totp_required and user.totp_secret_encrypted)
        receipt = run_in_unit(
            container.database,
            lambda unit: do_submit_legal_request(
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
            ),
        )
        if receipt.status == "answered":
            container.nta.give_legal_effect([receipt.request_id])
        return receipt.request_id, receipt.status_token

    try:
        request_id, _token = await run_in_threadpool(work)
    except InvalidInput as exc:
        problems = "; ".join(f"{e.field}: {e.message}" for e in exc.errors) or exc.message
        return _form_page(request, values=values, message=problems)
    return RedirectResponse(
        f"{base_path(request)}/authority/requests/{request_id}/receipt", status_code=303
    )


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
    return render(request, "authority_receipt.html", {"r": view})


@router.get("/requests/{request_id}", openapi_extra=DOC)
async def request_page(request: Request, identity: Identity, request_id: uuid.UUID) -> Response:
    view = await run_in_threadpool(_view, request, identity, request_id)  # 404 for others
    packages = await run_in_threadpool(_released, request, request_id)
    return render(request, "authority_request.html", {"r": view, "packages": packages})


@router.post("/requests/{request_id}/supplements", openapi_extra=DOC)
async def supplement(
    request: Request,
    identity: Identity,
    request_id: uuid.UUID,
    statement: Annotated[str, Form(max_length=20000)],
    legal_basis: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    container = request.app.state.container
    agency = _agency(identity)
    config: GatewayConfig = request.app.state.container.gateway

    def work() -> None:
        body: dict[str, Any] = {"statement": statement}
        if legal_basis.strip():
            body["legal_basis"] = legal_basis.strip()
        parsed = parse_supplement(body)
        with container.database.reader() as session:
            user = session.get(User, identity.principal.user_id)
            totp = bool(user and user.totp_required and user.totp_secret_encrypted)
        run_in_unit(
            container.database,
            lambda unit: do_add_supplement(
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
            ),
        )

    await run_in_threadpool(work)
    return RedirectResponse(
        f"{base_path(request)}/authority/requests/{request_id}", status_code=303
    )


@router.get("/requests/{request_id}/disclosures/{disclosure_id}", openapi_extra=DOC)
async def download_disclosure(
    request: Request, identity: Identity, request_id: uuid.UUID, disclosure_id: uuid.UUID
) -> Response:
    """The sealed package (JSON with its SHA-256, signature and the platform's public key),
    for the requesting agency only, until it expires; each download is audited."""
    container = request.app.state.container
    agency = _agency(identity)
    await run_in_threadpool(_view, request, identity, request_id)  # 404 for other agencies

    def work() -> dict[str, Any]:
        return run_in_unit(
            container.database,
            lambda unit: do_download_disclosure(
                unit,
                disclosure_id,
                agency_id=agency,
                request_id=request_id,
                cipher=container.keys.cipher,
                signer=container.keys.signer,
                actor=identity.principal.actor,
            ),
        )

    payload = await run_in_threadpool(work)
    return JSONResponse(
        payload,
        headers={
            "Content-Disposition": content_disposition(f"disclosure-{disclosure_id}.json"),
            "Cache-Control": "no-store",
        },
    )
