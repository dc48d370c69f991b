"""The public console section (`/console/public/...`): no account needed.

- `notices/new`: the notice form (DSA Art. 16) and its receipt;
- `notices/status?token=`: a notice's status and outcome, for whoever holds its status link;
- `statements/{id}?token=`: a statement of reasons (Art. 17) with every element;
- `appeals/new?token=`: the internal complaint form (Art. 20) and its confirmation.

These are the pages the receipts, e-mails and statements link to (`kit/links.py`). Forms work
without JavaScript; every POST carries the double-submit CSRF token (`nta_common`). The routes
are thin: they build the same inputs as the API routes and call the same actions and queries.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from safeharbour.consoles.forms import (
    FORM_ERROR,
    form_values,
    only_known_fields,
    plain_errors,
    submit_form,
)
from safeharbour.consoles.nta_common import (
    CATEGORIES,
    KEYWORDS,
    render_public_form,
)
from safeharbour.consoles.pages import render
from safeharbour.intake.notice_queries import status_by_token
from safeharbour.intake.notice_schemas import parse_notice
from safeharbour.intake.notices import PUBLIC_NOTIFIER, NoticeSource, do_submit_notice
from safeharbour.kit.db import UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound, RateLimited
from safeharbour.review import appeals_by_link, do_submit_appeal
from safeharbour.transparency import statement_view
from safeharbour.web.deps import PUBLIC

router = APIRouter()

DISPUTE_BODIES_URL = (
    "https://digital-strategy.ec.europa.eu/en/policies/dsa-out-court-dispute-settlement"
)
"""The European Commission's list of certified out-of-court dispute settlement bodies."""
NOTICE_FIELDS = ("location", "category", "keywords", "explanation", "name", "email", "good_faith")
LOCATION_KINDS = [
    ("url", "A link (URL) to it"),
    ("post", "A post id"),
    ("channel", "A channel or group id"),
    ("account", "An account id"),
]


def _container(request: Request) -> Any:
    return request.app.state.container


def _token_of(url: str) -> str:
    return parse_qs(urlsplit(url).query).get("token", [""])[0]


def _notice_body(values: dict[str, Any]) -> dict[str, Any]:
    kind = str(values.get("location_kind") or "url")
    where = str(values.get("location") or "").strip()
    location: dict[str, Any] = {"url": where} if kind == "url" else {"kind": kind, "id": where}
    body: dict[str, Any] = {
        "location": location,
        "category": values.get("category") or None,
        "category_specification": list(values.get("keywords") or []),
        "explanation": str(values.get("explanation") or "").strip(),
        "good_faith": values.get("good_faith") == "yes",
    }
    name = str(values.get("name") or "").strip()
    email = str(values.get("email") or "").strip()
    if name or email:
        body["notifier"] = {"name": name, "email": email}
    return body


def _notice_form(
    request: Request,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    return render_public_form(
        request,
        "public/notice_form.html",
        {
            "values": values or {"location_kind": "url", "keywords": []},
            "errors": errors or {},
            "categories": CATEGORIES,
            "keywords": KEYWORDS,
            "location_kinds": LOCATION_KINDS,
        },
        status_code=status_code,
    )


NOTICE_ERROR_FIELDS = {
    # The parser's field names (dotted) -> the form's fields; the more precise prefix first.
    "location": "location",
    "category_specification": "keywords",
    "notifier.name": "name",
    "notifier": "email",
}


@router.get("/notices/new", openapi_extra=PUBLIC)
async def notice_form(request: Request) -> Response:
    return _notice_form(request)


@router.post("/notices/new", openapi_extra=PUBLIC)
async def notice_submit(request: Request) -> Response:
    container = _container(request)
    values = await form_values(request, lists=("keywords",))
    body = _notice_body(values)
    client = request.client.host if request.client else None
    nta = container.nta

    def act(unit: UnitOfWork) -> str:
        receipt = do_submit_notice(
            unit,
            parse_notice(body),
            source=NoticeSource(client_address=client),
            policy=nta.notices,
            review=nta.review,
            idempotency_key=None,
            actor=PUBLIC_NOTIFIER,
        )
        token = _token_of(receipt.status_page_url)
        return f"/public/notices/receipt?{urlencode({'token': token})}"

    async def refused(exc: InvalidInput | RateLimited) -> Response:
        if isinstance(exc, InvalidInput):
            errors = plain_errors(exc, rename=NOTICE_ERROR_FIELDS)
            errors = only_known_fields(errors, NOTICE_FIELDS)
            return _notice_form(request, values, errors, status_code=422)
        return _notice_form(request, values, {FORM_ERROR: exc.message}, status_code=429)

    return await submit_form(
        request, values, "public.notice", act, refused=refused, catch=(InvalidInput, RateLimited)
    )


@router.get("/notices/receipt", openapi_extra=PUBLIC)
async def notice_receipt(
    request: Request, token: Annotated[str, Query(min_length=1, max_length=200)]
) -> Response:
    """The receipt after sending the form: a page of its own, so reloading it files nothing."""
    container = _container(request)

    status = await container.tx.aread(
        lambda session: status_by_token(
            session, token, now=container.clock.now(), policy=container.nta.review
        )
    )
    return render(request, "public/notice_receipt.html", {"notice": status, "token": token})


@router.get("/notices/status", openapi_extra=PUBLIC)
async def notice_status(
    request: Request, token: Annotated[str, Query(min_length=1, max_length=200)]
) -> Response:
    container = _container(request)

    def read(session: Session) -> tuple[Any, list[dict[str, Any]]]:
        found = status_by_token(
            session, token, now=container.clock.now(), policy=container.nta.review
        )
        return found, appeals_by_link(session, token)

    status, appeals = await container.tx.aread(read)
    return render(
        request,
        "public/notice_status.html",
        {
            "notice": status,
            "token": token,
            "appeals": appeals,
            "dispute_bodies_url": DISPUTE_BODIES_URL,
        },
    )


@router.get("/statements/{statement_id}", openapi_extra=PUBLIC)
async def statement_page(
    request: Request,
    statement_id: uuid.UUID,
    token: Annotated[str, Query(min_length=1, max_length=200)],
) -> Response:
    container = _container(request)

    def read(session: Session) -> tuple[Any, list[dict[str, Any]]]:
        found = statement_view(
            session,
            statement_id,
            token,
            links=container.nta.review.links,
            now=container.clock.now(),
        )
        return found, appeals_by_link(session, token)

    statement, appeals = await container.tx.aread(read)
    return render(
        request,
        "public/statement.html",
        {
            "s": statement,
            "token": token,
            "appeals": appeals,
            "dispute_bodies_url": DISPUTE_BODIES_URL,
        },
    )


def _appeal_form(
    request: Request,
    token: str,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    return render_public_form(
        request,
        "public/appeal_form.html",
        {"token": token, "values": values or {}, "errors": errors or {}},
        status_code=status_code,
    )


@router.get("/appeals/new", openapi_extra=PUBLIC)
async def appeal_form(
    request: Request, token: Annotated[str, Query(min_length=1, max_length=200)]
) -> Response:
    return _appeal_form(request, token)


APPEAL_FIELDS = ("explanation", "email")


@router.post("/appeals/new", openapi_extra=PUBLIC)
async def appeal_submit(request: Request) -> Response:
    container = _container(request)
    values = await form_values(request)
    token = str(values.get("token") or "")[:200]
    explanation = str(values.get("explanation") or "").strip()
    email = str(values.get("email") or "").strip() or None
    errors: dict[str, str] = {}
    if not explanation:
        errors["explanation"] = "Say why the decision is wrong."
    elif len(explanation) > 10_000:
        errors["explanation"] = "This is too long (at most 10,000 characters)."
    if email is not None and (len(email) > 320 or "@" not in email):
        errors["email"] = "Enter an e-mail address, such as name@example.org."
    if not token:
        errors[FORM_ERROR] = "This form needs the link from your statement or status page."
    if errors:
        return _appeal_form(request, token, values, errors, status_code=422)

    def act(unit: UnitOfWork) -> str:
        do_submit_appeal(
            unit,
            token=token,
            explanation=explanation,
            contact_email=email,
            policy=container.nta.review,
            actor=PUBLIC_NOTIFIER,
        )
        return f"/public/appeals/received?{urlencode({'token': token})}"

    async def refused(exc: InvalidInput | Conflict) -> Response:
        found = plain_errors(exc, rename={"contact_email": "email"})
        status = 409 if isinstance(exc, Conflict) else 422
        return _appeal_form(
            request, token, values, only_known_fields(found, APPEAL_FIELDS), status_code=status
        )

    return await submit_form(
        request, values, "public.appeal", act, refused=refused, catch=(InvalidInput, Conflict)
    )


@router.get("/appeals/received", openapi_extra=PUBLIC)
async def appeal_received(
    request: Request, token: Annotated[str, Query(min_length=1, max_length=200)]
) -> Response:
    """The complaint's receipt, a page of its own (post/redirect/get)."""
    container = _container(request)

    appeals = await container.tx.aread(lambda session: appeals_by_link(session, token))
    if not appeals:
        raise NotFound("no complaint was made with this link", field="token")
    return render(request, "public/appeal_done.html", {"appeal": appeals[-1], "token": token})
