"""The public page "For authorities" (`/for-authorities`): the discovery document, for people.

Plain HTML, no script needed; it renders the same document as
`/.well-known/legal-requests.json`, so the two can never disagree. Mounted on the main app
(not under `/console`: it needs no session) with the consoles' security headers.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from safeharbour.consoles import CONSOLE_PATH, CONTENT_SECURITY_POLICY
from safeharbour.consoles.pages import render
from safeharbour.web.deps import PUBLIC

router = APIRouter(tags=["legal requests (authorities)"])


@router.get(
    "/for-authorities",
    response_class=HTMLResponse,
    openapi_extra=PUBLIC,
    summary="Public page for authorities: contact, request types, deadlines, policy",
)
async def for_authorities(request: Request) -> HTMLResponse:
    document = request.app.state.container.discovery
    response = render(
        request,
        "for_authorities.html",
        {"base": CONSOLE_PATH, "doc": document, "identity": None, "csrf_token": None, "nav": []},
    )
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    return response
