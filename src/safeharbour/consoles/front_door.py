"""The front door (`/`): where a visitor finds the report form, transparency, the page for
authorities and the staff sign-in.

Mounted on the main app (not under `/console`: it needs no session), with the consoles'
security headers, like the page for authorities.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from safeharbour.consoles import CONSOLE_PATH, CONTENT_SECURITY_POLICY
from safeharbour.consoles.pages import render
from safeharbour.web.deps import PUBLIC

router = APIRouter(tags=["public pages"])


def public_page(
    request: Request, name: str, context: Mapping[str, Any] | None = None
) -> HTMLResponse:
    """A page of the main app rendered with the consoles' layout and security headers."""
    response = render(
        request,
        name,
        {"base": CONSOLE_PATH, "identity": None, "csrf_token": None, "nav": [], **(context or {})},
    )
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    return response


@router.get(
    "/",
    response_class=HTMLResponse,
    openapi_extra=PUBLIC,
    summary="The front door: report content, transparency, authorities, staff sign-in",
)
async def front_door(request: Request) -> HTMLResponse:
    container = request.app.state.container
    platform = container.discovery.get("platform") or "this platform"
    return public_page(request, "front_door.html", {"platform": platform})
