"""The trusted flagger's console section (`/console/flagger/...`).

A trusted flagger's staff file notices for their organisation and follow them: the list of
their organisation's notices with status, outcome and deadline, how many were upheld
(accuracy) and the deadlines that apply to them. Filing goes through the same parser and the
same `do_submit_notice` as `POST /api/v1/notices` with the organisation's key, so a notice
filed here gets exactly the priority and deadline it would get through the API. Every page is
scoped to the signed-in user's own organisation (`intake/access.py`).
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession
from safeharbour.consoles.forms import (
    FORM_ERROR,
    form_values,
    only_known_fields,
    plain_errors,
    submit_form,
)
from safeharbour.consoles.guard import signed_in
from safeharbour.consoles.nta_common import CATEGORIES, KEYWORDS
from safeharbour.consoles.pages import render
from safeharbour.consoles.paging import Filter, ListRequest, list_request, pager
from safeharbour.consoles.public import LOCATION_KINDS, NOTICE_ERROR_FIELDS
from safeharbour.intake.access import notice_scope
from safeharbour.intake.models import TrustedFlagger
from safeharbour.intake.notice_queries import (
    NOTICE_KEYS,
    flagger_accuracy,
    get_notice,
    list_notices_page,
)
from safeharbour.intake.notice_schemas import parse_notice
from safeharbour.intake.notices import NoticeSource, do_submit_notice
from safeharbour.kit.errors import DomainError, InvalidInput, NotFound, RateLimited
from safeharbour.web.deps import permission_doc

router = APIRouter()

TITLE = "Our notices"
PERMISSION = Permission.NOTICES_SUBMIT
Identity = Annotated[ActiveSession, Depends(signed_in)]
DOC = permission_doc(Permission.NOTICES_SUBMIT)
PAGE_SIZE = 25
FIELDS = ("location", "category", "keywords", "explanation", "good_faith")


def _flagger_id(identity: ActiveSession) -> uuid.UUID:
    owner = identity.principal.owner_id
    if owner is None:  # a trusted-flagger user always acts for one (authz/users.py)
        raise NotFound("no trusted flagger is linked to this account", field="flagger")
    return owner


async def _read(request: Request, fn: Any) -> Any:
    return await request.app.state.container.tx.aread(fn)


def _sla_words(flagger: TrustedFlagger, policy: Any) -> dict[str, Any]:
    """The deadlines a new notice of this organisation gets, as durations."""
    from datetime import timedelta

    critical = (
        timedelta(minutes=flagger.sla_critical_minutes)
        if flagger.sla_critical_minutes
        else policy.flagger_sla_critical
    )
    default = (
        timedelta(minutes=flagger.sla_default_minutes)
        if flagger.sla_default_minutes
        else policy.flagger_sla_default
    )
    return {"critical": critical, "default": default}


FILTERS = (Filter("category", "Kind of content", choices=tuple(CATEGORIES)),)


@router.get("/", openapi_extra=DOC)
async def notices_page(request: Request, identity: Identity) -> Response:
    """The organisation's notices, newest first, a page at a time (the shared pager)."""
    container = request.app.state.container
    flagger_id = _flagger_id(identity)
    scope = notice_scope(identity.principal)
    now = container.clock.now()
    errors: dict[str, str] = {}
    try:
        listing = list_request(request, FILTERS, keys=NOTICE_KEYS, default_limit=PAGE_SIZE)
    except InvalidInput as exc:
        errors = plain_errors(exc)
        listing = ListRequest(filters={f.name: "" for f in FILTERS}, limit=PAGE_SIZE, cursor=None)

    def read(session: Any) -> Any:
        flagger = session.get(TrustedFlagger, flagger_id)
        if flagger is None:
            raise NotFound("no trusted flagger is linked to this account", field="flagger")
        page = list_notices_page(
            session,
            scope,
            now=now,
            policy=container.nta.review,
            limit=listing.limit,
            cursor=listing.cursor,
            category=listing.filters["category"],
        )
        accuracy = flagger_accuracy(session, scope)
        return flagger, page, accuracy

    flagger, page, accuracy = await _read(request, read)
    return render(
        request,
        "flagger/notices.html",
        {
            "flagger": flagger,
            "notices": page.rows,
            "pager": pager(request, listing, page, FILTERS, default_limit=PAGE_SIZE),
            "errors": errors,
            "accuracy": accuracy[0] if accuracy else None,
            "sla": _sla_words(flagger, container.nta.notices),
            "first_page": listing.cursor is None,
            "now": now,
        },
        status_code=422 if errors else 200,
    )


def _form(
    request: Request,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "flagger/notice_form.html",
        {
            "values": values or {"location_kind": "url", "keywords": []},
            "errors": errors or {},
            "categories": CATEGORIES,
            "keywords": KEYWORDS,
            "location_kinds": LOCATION_KINDS,
        },
        status_code=status_code,
    )


@router.get("/notices/new", openapi_extra=DOC)
async def notice_form(request: Request, identity: Identity) -> Response:
    _flagger_id(identity)
    return _form(request)


def _body(values: dict[str, Any]) -> dict[str, Any]:
    kind = str(values.get("location_kind") or "url")
    where = str(values.get("location") or "").strip()
    location: dict[str, Any] = {"url": where} if kind == "url" else {"kind": kind, "id": where}
    return {
        "location": location,
        "category": values.get("category") or None,
        "category_specification": list(values.get("keywords") or []),
        "explanation": str(values.get("explanation") or "").strip(),
        "good_faith": values.get("good_faith") == "yes",
    }


@router.post("/notices/new", openapi_extra=DOC)
async def notice_submit(request: Request, identity: Identity) -> Response:
    container = request.app.state.container
    flagger_id = _flagger_id(identity)
    values = await form_values(request, lists=("keywords",))
    source = NoticeSource(
        flagger_id=flagger_id,
        caller=identity.principal.actor.ref,
        client_address=request.client.host if request.client else None,
    )

    def act(unit: Any) -> str:
        submission = parse_notice(_body(values))
        receipt = do_submit_notice(
            unit,
            submission,
            source=source,
            policy=container.nta.notices,
            review=container.nta.review,
            actor=identity.principal.actor,
        )
        return f"/flagger/notices/{receipt.id}?filed=1"

    async def refused(exc: DomainError) -> Response:
        if isinstance(exc, RateLimited):
            return _form(request, values, {FORM_ERROR: exc.message}, status_code=429)
        errors = only_known_fields(plain_errors(exc, rename=NOTICE_ERROR_FIELDS), FIELDS)
        return _form(request, values, errors, status_code=_status(exc))

    return await submit_form(request, values, "flagger.notice", act, refused=refused)


def _status(exc: DomainError) -> int:
    from safeharbour.kit.errors import Forbidden

    return 403 if isinstance(exc, Forbidden) else 422


@router.get("/notices/{notice_id}", openapi_extra=DOC)
async def notice_page(
    request: Request,
    notice_id: uuid.UUID,
    identity: Identity,
    filed: Annotated[int, Query(ge=0, le=1)] = 0,
) -> Response:
    container = request.app.state.container
    _flagger_id(identity)
    scope = notice_scope(identity.principal)
    now = container.clock.now()
    notice = await _read(
        request,
        lambda session: get_notice(session, notice_id, scope, now=now, policy=container.nta.review),
    )
    return render(
        request, "flagger/notice.html", {"notice": notice, "filed": bool(filed), "now": now}
    )
