"""The legal officer console (`/console/legal`): the queue, the proposal, the answer.

The queue is ordered by deadline with the time left (red once overdue). A request's page shows
the statement, targets (what links resolved to), verification and anti-fraud flags, the
engine's proposal (disposition, rules that fired with their sentences), the timeline, and the
forms: the answer (follow the proposal, or override it with a reason), the call-back record for
emergencies, the release of a held request, and the review after the fact of an order the
policy executed automatically. Every form posts to the same actions as the API.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from safeharbour.api.deps import permission_doc
from safeharbour.api.units import run_in_unit
from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession
from safeharbour.consoles.guard import signed_in
from safeharbour.consoles.pages import base_path, render
from safeharbour.legal.gateway import (
    do_answer_legal_request,
    do_approve_disclosure,
    do_prepare_disclosure,
    do_record_after_review,
    do_record_callback,
    do_release_legal_request,
    list_disclosures,
    officer_queue,
    officer_request_view,
)

TITLE = "Legal requests"
PERMISSION = Permission.LEGAL_REQUESTS_READ
router = APIRouter()
READ = permission_doc(Permission.LEGAL_REQUESTS_READ)
ANSWER = permission_doc(Permission.LEGAL_REQUESTS_ANSWER)
VERIFY = permission_doc(Permission.LEGAL_REQUESTS_VERIFY)
Identity = Annotated[ActiveSession, Depends(signed_in)]


def time_left(seconds: int) -> str:
    sign = "overdue by " if seconds < 0 else ""
    left = abs(seconds)
    days, rest = divmod(left, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    text = f"{days}d {hours}h" if days else f"{hours}h {minutes:02d}m"
    return sign + text


@router.get("/", openapi_extra=READ)
async def queue(request: Request, identity: Identity, all: bool = False) -> Response:
    container = request.app.state.container

    def read() -> list[Any]:
        with container.database.reader() as session:
            return officer_queue(session, now=container.clock.now(), include_answered=all)

    items = await run_in_threadpool(read)
    return render(request, "legal_queue.html", {"items": items, "time_left": time_left, "all": all})


@router.get("/requests/{request_id}", openapi_extra=READ)
async def request_page(request: Request, identity: Identity, request_id: uuid.UUID) -> Response:
    container = request.app.state.container

    def read() -> tuple[Any, list[Any]]:
        with container.database.reader() as session:
            view = officer_request_view(
                session, request_id, cipher=container.keys.cipher, now=container.clock.now()
            )
            return view, list_disclosures(session, request_id)

    view, packages = await run_in_threadpool(read)
    return render(
        request,
        "legal_request.html",
        {"r": view, "time_left": time_left, "packages": packages, "me": identity.principal},
    )


def _back(request: Request, request_id: uuid.UUID) -> Response:
    return RedirectResponse(f"{base_path(request)}/legal/requests/{request_id}", status_code=303)


@router.post("/requests/{request_id}/answer", openapi_extra=ANSWER)
async def answer(
    request: Request,
    identity: Identity,
    request_id: uuid.UUID,
    answer: Annotated[str, Form(max_length=30)],
    follow: Annotated[bool, Form()] = False,
    scope: Annotated[str, Form(max_length=30)] = "",
    override_reason: Annotated[str, Form(max_length=4000)] = "",
    what_and_why: Annotated[str, Form(max_length=4000)] = "",
    missing_field: Annotated[str, Form(max_length=200)] = "",
    missing_need: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    container = request.app.state.container

    def work() -> None:
        missing = (
            [{"field": missing_field, "need": missing_need}]
            if missing_field.strip() or missing_need.strip()
            else None
        )
        run_in_unit(
            container.database,
            lambda unit: do_answer_legal_request(
                unit,
                request_id,
                answer=answer,
                scope=scope or None,
                what_and_why=what_and_why or None,
                missing=missing,
                followed_proposal=follow,
                override_reason=None if follow else override_reason,
                actor=identity.principal.actor,
            ),
        )
        container.nta.give_legal_effect([request_id])

    await run_in_threadpool(work)
    return _back(request, request_id)


@router.post("/requests/{request_id}/callback", openapi_extra=VERIFY)
async def callback(
    request: Request,
    identity: Identity,
    request_id: uuid.UUID,
    outcome: Annotated[str, Form(max_length=20)],
    note: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    container = request.app.state.container
    await run_in_threadpool(
        run_in_unit,
        container.database,
        lambda unit: do_record_callback(
            unit,
            request_id,
            outcome=outcome,
            note=note or None,
            cipher=container.keys.cipher,
            actor=identity.principal.actor,
        ),
    )
    return _back(request, request_id)


@router.post("/requests/{request_id}/release", openapi_extra=VERIFY)
async def release(
    request: Request,
    identity: Identity,
    request_id: uuid.UUID,
    method: Annotated[str, Form(max_length=40)],
    note: Annotated[str, Form(max_length=4000)],
) -> Response:
    container = request.app.state.container
    await run_in_threadpool(
        run_in_unit,
        container.database,
        lambda unit: do_release_legal_request(
            unit,
            request_id,
            method=method,
            note=note,
            cipher=container.keys.cipher,
            actor=identity.principal.actor,
        ),
    )
    return _back(request, request_id)


@router.post("/requests/{request_id}/after-review", openapi_extra=ANSWER)
async def after_review(
    request: Request,
    identity: Identity,
    request_id: uuid.UUID,
    note: Annotated[str, Form(max_length=4000)],
) -> Response:
    container = request.app.state.container
    await run_in_threadpool(
        run_in_unit,
        container.database,
        lambda unit: do_record_after_review(
            unit, request_id, note=note, actor=identity.principal.actor
        ),
    )
    return _back(request, request_id)


@router.post("/requests/{request_id}/disclosures", openapi_extra=ANSWER)
async def prepare_disclosure(
    request: Request,
    identity: Identity,
    request_id: uuid.UUID,
    fields: Annotated[list[str], Form(max_length=10)],
) -> Response:
    """Build a package of the fields the legal basis allows; another officer approves it."""
    container = request.app.state.container
    await run_in_threadpool(
        run_in_unit,
        container.database,
        lambda unit: do_prepare_disclosure(
            unit,
            request_id,
            fields=fields,
            cipher=container.keys.cipher,
            actor=identity.principal.actor,
        ),
    )
    return _back(request, request_id)


@router.post("/requests/{request_id}/disclosures/{disclosure_id}/approve", openapi_extra=ANSWER)
async def approve_disclosure(
    request: Request, identity: Identity, request_id: uuid.UUID, disclosure_id: uuid.UUID
) -> Response:
    """The second pair of eyes: seals, signs and releases the package to the agency."""
    container = request.app.state.container
    await run_in_threadpool(
        run_in_unit,
        container.database,
        lambda unit: do_approve_disclosure(
            unit, disclosure_id, signer=container.keys.signer, actor=identity.principal.actor
        ),
    )
    return _back(request, request_id)
