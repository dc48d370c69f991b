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
from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse, Response

from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession
from safeharbour.consoles.forms import (
    form_values,
    only_known_fields,
    plain_errors,
    see_other,
    submit_once,
)
from safeharbour.consoles.guard import signed_in
from safeharbour.consoles.humanize import label
from safeharbour.consoles.legal_answer import (
    ANSWER_ERROR_FIELDS,
    ANSWER_FORM_FIELDS,
    answer_form,
    answer_from_form,
    proposal_of,
)
from safeharbour.consoles.pages import base_path, render
from safeharbour.consoles.paging import DEFAULT_LIMIT, Filter, ListRequest, list_request, pager
from safeharbour.intake.queries import ContentAudience
from safeharbour.kit.db import UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput
from safeharbour.legal.agencies import list_agencies
from safeharbour.legal.assessment.schemas import RequestType
from safeharbour.legal.gateway import (
    OFFICER_QUEUE_KEYS,
    after_review_due,
    do_answer_legal_request,
    do_approve_disclosure,
    do_extend_preservation,
    do_mark_outbound_acknowledged,
    do_mark_outbound_failed,
    do_prepare_disclosure,
    do_record_after_review,
    do_record_callback,
    do_release_legal_request,
    do_release_user_notice,
    do_review_user_notice,
    do_take_preservation_snapshot,
    list_disclosures,
    list_outbound_reports,
    list_snapshots,
    officer_queue_page,
    officer_request_view,
    outbound_view,
    targets_context,
    waiting_user_notices,
)
from safeharbour.legal.gateway.schemas import RequestStatus
from safeharbour.legal.models import Agency
from safeharbour.web.deps import permission_doc

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


QUEUE_STATUSES = (
    ("open", "Open (not answered)"),
    ("all", "All, answered included"),
    *((status.value, label(status.value)) for status in RequestStatus),
)
QUEUE_TYPES = tuple((kind.value, label(kind.value)) for kind in RequestType)


def queue_filters(agencies: list[Agency]) -> tuple[Filter, ...]:
    """The queue's filters; agencies and their countries are those onboarded."""
    countries = sorted({a.country for a in agencies if a.country})
    return (
        Filter("status", "Status", choices=QUEUE_STATUSES, default="open"),
        Filter("type", "Request type", choices=QUEUE_TYPES),
        Filter(
            "agency",
            "Agency",
            choices=tuple((str(a.id), f"{a.name} ({a.country})") for a in agencies),
        ),
        Filter("country", "Country", choices=tuple((c, c) for c in countries)),
    )


@router.get("/", openapi_extra=READ)
async def queue(request: Request, identity: Identity) -> Response:
    """Requests by deadline, soonest first, a page at a time, narrowed by status, request
    type, agency or country."""
    container = request.app.state.container
    agencies = await container.tx.aread(lambda session: list_agencies(session))
    filters = queue_filters(agencies)
    errors: dict[str, str] = {}
    try:
        listing = list_request(request, filters, keys=OFFICER_QUEUE_KEYS)
    except InvalidInput as exc:
        errors = plain_errors(exc)
        listing = ListRequest(
            filters={f.name: f.default for f in filters}, limit=DEFAULT_LIMIT, cursor=None
        )
    chosen = listing.filters
    status = chosen["status"]

    def read(session: Session) -> tuple[Any, list[Any]]:
        now = container.clock.now()
        page = officer_queue_page(
            session,
            now=now,
            limit=listing.limit,
            cursor=listing.cursor,
            open_only=status == "open",
            status="" if status in ("open", "all") else status,
            type=chosen["type"],
            agency=chosen["agency"],
            country=chosen["country"],
        )
        return page, after_review_due(session, now=now)

    page, review_due = await container.tx.aread(read)
    return render(
        request,
        "legal_queue.html",
        {
            "items": page.rows,
            "pager": pager(request, listing, page, filters),
            "errors": errors,
            "review_due": review_due,
            "time_left": time_left,
        },
        status_code=422 if errors else 200,
    )


@router.get("/requests/{request_id}", openapi_extra=READ)
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
    """The request's page; with `values` and `errors`, the answer form as it was sent."""
    container = request.app.state.container

    def read(session: Session) -> tuple[Any, list[Any], list[Any], list[Any]]:
        view = officer_request_view(
            session, request_id, cipher=container.keys.cipher, now=container.clock.now()
        )
        return (
            view,
            list_disclosures(session, request_id),
            list_snapshots(session, request_id),
            targets_context(session, view.targets, ContentAudience.of(identity.principal)),
        )

    view, packages, snapshots, context = await container.tx.aread(read)
    proposal = proposal_of(view)
    return render(
        request,
        "legal_request.html",
        {
            "r": view,
            "time_left": time_left,
            "packages": packages,
            "snapshots": snapshots,
            "context": context,
            "me": identity.principal,
            "answer_form": answer_form(proposal, values, errors),
        },
        status_code=status_code,
    )


def _back(request: Request, request_id: uuid.UUID) -> Response:
    return RedirectResponse(f"{base_path(request)}/legal/requests/{request_id}", status_code=303)


@router.post("/requests/{request_id}/answer", openapi_extra=ANSWER)
async def answer(request: Request, identity: Identity, request_id: uuid.UUID) -> Response:
    container = request.app.state.container
    values = await form_values(request, lists=("rules",))

    def read_proposal(session: Session) -> dict[str, Any] | None:
        view = officer_request_view(
            session, request_id, cipher=container.keys.cipher, now=container.clock.now()
        )
        return proposal_of(view)

    proposal = await container.tx.aread(read_proposal)

    def act(unit: UnitOfWork) -> str:
        given = answer_from_form(values, proposal)
        do_answer_legal_request(
            unit,
            request_id,
            **given,
            actor=identity.principal.actor,
            cipher=container.keys.cipher,
        )
        return f"/legal/requests/{request_id}"

    try:
        target = await run_in_threadpool(submit_once, container.tx, values, "legal.answer", act)
    except (InvalidInput, Conflict) as exc:
        errors = only_known_fields(
            plain_errors(exc, rename=ANSWER_ERROR_FIELDS), ANSWER_FORM_FIELDS
        )
        status = 409 if isinstance(exc, Conflict) else 422
        return await _request_page(
            request, identity, request_id, values=values, errors=errors, status_code=status
        )
    await run_in_threadpool(container.nta.give_legal_effect, [request_id])
    return see_other(request, target)


@router.post("/requests/{request_id}/callback", openapi_extra=VERIFY)
async def callback(
    request: Request,
    identity: Identity,
    request_id: uuid.UUID,
    outcome: Annotated[str, Form(max_length=20)],
    note: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    container = request.app.state.container
    await container.tx.awrite(
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
    await container.tx.awrite(
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
    await container.tx.awrite(
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
    await container.tx.awrite(
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
    await container.tx.awrite(
        lambda unit: do_approve_disclosure(
            unit, disclosure_id, signer=container.keys.signer, actor=identity.principal.actor
        ),
    )
    return _back(request, request_id)


# -- outbound reports ------------------------------------------------------------------------
@router.get("/outbound", openapi_extra=READ)
async def outbound_reports(request: Request, identity: Identity) -> Response:
    """Reports the platform made itself (DSA Art. 18, TCO Art. 14(5), NCMEC), with timelines."""
    container = request.app.state.container

    reports = await container.tx.aread(
        lambda session: [outbound_view(r) for r in list_outbound_reports(session)]
    )
    can_update = identity.principal.can(Permission.LEGAL_REQUESTS_ANSWER)
    return render(request, "legal_outbound.html", {"reports": reports, "can_update": can_update})


def _to_outbound(request: Request) -> Response:
    return RedirectResponse(f"{base_path(request)}/legal/outbound", status_code=303)


@router.post("/outbound/{report_id}/acknowledged", openapi_extra=ANSWER)
async def outbound_acknowledged(
    request: Request,
    identity: Identity,
    report_id: uuid.UUID,
    reference: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    container = request.app.state.container
    await container.tx.awrite(
        lambda unit: do_mark_outbound_acknowledged(
            unit, report_id, reference=reference, actor=identity.principal.actor
        ),
    )
    return _to_outbound(request)


@router.post("/outbound/{report_id}/failed", openapi_extra=ANSWER)
async def outbound_failed(
    request: Request,
    identity: Identity,
    report_id: uuid.UUID,
    note: Annotated[str, Form(min_length=1, max_length=500)],
) -> Response:
    container = request.app.state.container
    await container.tx.awrite(
        lambda unit: do_mark_outbound_failed(
            unit, report_id, note=note, actor=identity.principal.actor
        ),
    )
    return _to_outbound(request)


# -- preservation snapshots ------------------------------------------------------------------
@router.post("/requests/{request_id}/preservation", openapi_extra=ANSWER)
async def take_snapshot(request: Request, identity: Identity, request_id: uuid.UUID) -> Response:
    """Freeze the targets' stored data now (sealed, held for the legal period)."""
    container = request.app.state.container
    await container.tx.awrite(
        lambda unit: do_take_preservation_snapshot(
            unit, request_id, cipher=container.keys.cipher, actor=identity.principal.actor
        ),
    )
    return _back(request, request_id)


@router.post("/requests/{request_id}/preservation/{snapshot_id}/extend", openapi_extra=ANSWER)
async def extend_snapshot(
    request: Request, identity: Identity, request_id: uuid.UUID, snapshot_id: uuid.UUID
) -> Response:
    container = request.app.state.container
    await container.tx.awrite(
        lambda unit: do_extend_preservation(unit, snapshot_id, actor=identity.principal.actor),
    )
    return _back(request, request_id)


# -- user notification after a gag order -----------------------------------------------------
@router.get("/user-notices", openapi_extra=READ)
async def user_notices(request: Request, identity: Identity) -> Response:
    """Users to tell once an authority's confidentiality ends: dated ones are sent by the
    scheduler on the day; those without a date wait here for periodic review."""
    container = request.app.state.container

    notices = await container.tx.aread(lambda session: waiting_user_notices(session))
    can_update = identity.principal.can(Permission.LEGAL_REQUESTS_ANSWER)
    return render(
        request, "legal_user_notices.html", {"notices": notices, "can_update": can_update}
    )


def _to_notices(request: Request) -> Response:
    return RedirectResponse(f"{base_path(request)}/legal/user-notices", status_code=303)


@router.post("/user-notices/{notice_id}/release", openapi_extra=ANSWER)
async def user_notice_release(
    request: Request, identity: Identity, notice_id: uuid.UUID
) -> Response:
    container = request.app.state.container
    notice = await container.tx.awrite(
        lambda unit: do_release_user_notice(unit, notice_id, actor=identity.principal.actor),
    )
    await run_in_threadpool(container.nta.give_legal_effect, [notice.request_id])
    return _to_notices(request)


@router.post("/user-notices/{notice_id}/reviewed", openapi_extra=ANSWER)
async def user_notice_reviewed(
    request: Request, identity: Identity, notice_id: uuid.UUID
) -> Response:
    container = request.app.state.container
    await container.tx.awrite(
        lambda unit: do_review_user_notice(unit, notice_id, actor=identity.principal.actor),
    )
    return _to_notices(request)
